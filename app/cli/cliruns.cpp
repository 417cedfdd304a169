// synthreg-cli train / sample / runs: generators trained and sampled against a project, so
// every run, model and synthetic table is kept with an audit entry.
#include "clicommands.h"
#include "clicommon.h"
#include "clisynthesize.h"

#include "core/data/schemafile.h"
#include "core/project/project.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace synthreg::cli {

namespace {

// Synthetic tables larger than this are written to the CSV but not copied into the project.
constexpr int64_t kMaxStoredRows = 1'000'000;

std::unique_ptr<core::Project> openOrReport(const QString &path)
{
    QString error;
    auto project = core::Project::open(path, &error);
    if (!project)
        err() << "error: " << error << '\n';
    return project;
}

/** The run --run names, else the latest; 0 (and a message) when the project has none. */
qint64 chosenRun(const core::Project &project, const QCommandLineParser &parser)
{
    const QList<core::StoredRun> runs = project.runs();
    if (runs.isEmpty()) {
        err() << "error: the project has no training run yet; run `synthreg-cli train` first\n";
        return 0;
    }
    return parser.isSet(QStringLiteral("run")) ? parser.value(QStringLiteral("run")).toLongLong() : runs.last().id;
}

QString hyperparametersJson(const core::Hyperparameters &values)
{
    QJsonObject object;
    for (const auto &[name, value] : values)
        object.insert(QString::fromStdString(name), value);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

int runTrain(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trains a generator on a project's training rows (its stored train/holdout split, made on first use, so the "
        "holdout stays unseen for evaluation) and keeps the run and its model in the project."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The .synthreg project file."));
    addTrainingOptions(parser);
    if (const int code = parseOrExit(parser, args, 1); code >= 0)
        return code;
    QString error;
    core::TrainingRequest request;
    if (!trainingRequestFrom(parser, &request, &error)) {
        err() << "error: " << error << '\n';
        return UsageError;
    }
    auto project = openOrReport(parser.positionalArguments().constFirst());
    if (!project)
        return BadInput;
    const auto data = project->data();
    const auto schema = data ? project->schema() : std::nullopt;
    const auto split = schema ? projectSplitOrCreate(*project, *data, *schema) : std::nullopt;
    if (!split) {
        err() << "error: " << project->errorString() << '\n';
        return BadInput;
    }
    request.table = data->selectRows(split->trainRowList());
    request.schema = core::orderedLike(*schema, request.table.columnNames());
    const auto model = trainOrReport(request);
    if (!model)
        return BadInput;
    core::StoredRun run;
    run.generator = QString::fromStdString(model->family);
    run.hyperparametersJson = hyperparametersJson(model->hyperparameters);
    run.seed = model->seed;
    run.device = QString::fromStdString(model->device);
    run.trainingSeconds = model->trainingSeconds;
    run.historyJson = QString::fromUtf8(QJsonDocument(core::historyJson(model->history)).toJson(QJsonDocument::Compact));
    if (!project->saveRun(run, model->save())) {
        err() << "error: " << project->errorString() << '\n';
        return BadInput;
    }
    out() << "run " << run.id << '\n';
    return Ok;
}

int runSample(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Samples synthetic rows from a run kept in a project and writes them as CSV. Tables of up to 1,000,000 rows "
        "are also stored in the project."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The .synthreg project file."));
    parser.addOptions({
        {QStringLiteral("run"), QStringLiteral("The run to sample from (default: the latest)."), QStringLiteral("ID")},
        {QStringLiteral("seed"), QStringLiteral("Sampling seed (default 1)."), QStringLiteral("N")},
    });
    addSamplingOptions(parser);
    if (const int code = parseOrExit(parser, args, 1); code >= 0)
        return code;
    const QString output = parser.value(QStringLiteral("out"));
    if (output.isEmpty()) {
        err() << "error: give --out OUT.csv\n";
        return UsageError;
    }
    auto project = openOrReport(parser.positionalArguments().constFirst());
    if (!project)
        return BadInput;
    const qint64 runId = chosenRun(*project, parser);
    if (runId == 0)
        return BadInput;
    const auto bytes = project->runModel(runId);
    const auto data = bytes ? project->data() : std::nullopt;
    if (!data) {
        err() << "error: " << project->errorString() << '\n';
        return BadInput;
    }
    QString error;
    const auto model = core::TrainedModel::load(*bytes, &error);
    if (!model) {
        err() << "error: " << error << '\n';
        return BadInput;
    }
    core::SamplingRequest request;
    const uint64_t seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toULongLong() : 1;
    if (!samplingRequestFrom(parser, int64_t(data->rowCount()), seed, &request, &error)) {
        err() << "error: " << error << '\n';
        return UsageError;
    }
    const bool store = request.rows <= kMaxStoredRows;
    std::vector<core::Table> chunks;
    if (const int code = writeSampleCsv(*model, request, output, data->provenance(), store ? &chunks : nullptr); code != Ok)
        return code;
    if (!store) {
        err() << "note: " << request.rows << " rows are more than a project keeps (" << kMaxStoredRows << "); only the CSV was written\n";
        return Ok;
    }
    core::StoredSyntheticTable record{0, {}, runId, request.seed, request.conditions, 0};
    if (!project->saveSyntheticTable(record, core::concatenateRows(chunks))) {
        err() << "error: " << project->errorString() << '\n';
        return BadInput;
    }
    out() << "synthetic table " << record.id << '\n';
    return Ok;
}

int runExportModel(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a run's trained model (encoder + generator weights) to a file, e.g. to sample on another machine. "
        "WARNING: model weights can memorise patients. They are not synthetic data, never go into a release bundle, "
        "and must be handled like the real data."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The .synthreg project file."));
    parser.addOptions({
        {QStringLiteral("run"), QStringLiteral("The run (default: the latest)."), QStringLiteral("ID")},
        {QStringLiteral("out"), QStringLiteral("The model file to write (required)."), QStringLiteral("MODEL.srmodel")},
    });
    if (const int code = parseOrExit(parser, args, 1); code >= 0)
        return code;
    const QString output = parser.value(QStringLiteral("out"));
    if (output.isEmpty()) {
        err() << "error: give --out MODEL.srmodel\n";
        return UsageError;
    }
    if (isSameFile(output, parser.positionalArguments().constFirst())) {
        err() << "error: --out names the project; SynthReg never writes over a source\n";
        return UsageError;
    }
    auto project = openOrReport(parser.positionalArguments().constFirst());
    if (!project)
        return BadInput;
    const qint64 runId = chosenRun(*project, parser);
    if (runId == 0)
        return BadInput;
    const auto bytes = project->runModel(runId);
    QString error;
    if (!bytes || !writeAtomically(output, *bytes, &error)) {
        err() << "error: " << (bytes ? error : project->errorString()) << '\n';
        return BadInput;
    }
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    project->appendAudit(QStringLiteral("model.export"), QStringLiteral("{\"run\": %1}").arg(runId), {}, sha);
    err() << "WARNING: " << output << " holds model weights, which can memorise patients. Keep it with the real data; "
             "never share it as if it were synthetic data.\n";
    out() << "wrote the model of run " << runId << " to " << output << '\n';
    return Ok;
}

} // namespace synthreg::cli
