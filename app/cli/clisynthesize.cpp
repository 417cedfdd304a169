// synthreg-cli synthesize: import → train → sample → CSV in one shot, for scripts. The
// option helpers here are shared with `train` and `sample` (cliruns.cpp).
#include "clisynthesize.h"

#include "clicommands.h"
#include "clicommon.h"

#include "core/data/schemafile.h"
#include "core/data/typeinference.h"
#include "core/io/csvstreamwriter.h"
#include "core/models/computedevice.h"

#include <QElapsedTimer>

#include <cmath>

namespace synthreg::cli {

namespace {

constexpr int64_t kMaxRows = 1'000'000'000;

QString duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("?");
    const qint64 whole = qint64(std::llround(seconds));
    return whole >= 60 ? QStringLiteral("%1m %2s").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'))
                       : QStringLiteral("%1s").arg(whole);
}

QString generatorList()
{
    QStringList lines;
    for (const core::GeneratorInfo &info : core::availableGenerators())
        lines << QStringLiteral("  %1 (%2): %3").arg(QString::fromStdString(info.family), QString::fromStdString(info.displayName),
                                                    QString::fromStdString(info.summary));
    return lines.join(QLatin1Char('\n'));
}

void printEpoch(const core::EpochReport &report)
{
    // At most ~20 lines per run, one per quality check, and always the last epoch.
    const int every = std::max(1, report.epochs / 20);
    const bool checked = std::isfinite(report.quality);
    if (report.epoch % every != 0 && report.epoch != report.epochs && !checked)
        return;
    QTextStream &e = err();
    e << "epoch " << report.epoch << '/' << report.epochs;
    for (const auto &[name, value] : report.losses)
        e << "  " << QString::fromStdString(name) << ' ' << QString::number(value, 'g', 4);
    e << "  " << qint64(report.rowsPerSecond) << " rows/s  ETA " << duration(report.etaSeconds);
    if (checked)
        e << "  quality " << QString::number(report.quality, 'f', 3) << " (best: epoch " << report.bestEpoch << ')';
    e << '\n';
    e.flush();
}

QString keptEpochText(const std::vector<core::EpochReport> &history)
{
    if (history.empty() || history.back().bestEpoch <= 0)
        return {};
    const core::EpochReport &last = history.back();
    return QStringLiteral(", kept epoch %1 of %2 (quality %3)")
        .arg(last.bestEpoch)
        .arg(last.epoch)
        .arg(last.bestQuality, 0, 'f', 3);
}

} // namespace

void addTrainingOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("generator"), QStringLiteral("copula, ctabgan or medvae (default ctabgan)."), QStringLiteral("NAME")},
        {QStringLiteral("param"), QStringLiteral("A generator setting, repeatable: --param batch_size=1000 (see --list-params)."), QStringLiteral("NAME=VALUE")},
        {QStringLiteral("list-params"), QStringLiteral("Print the settings of --generator with their ranges and defaults, then exit.")},
        {QStringLiteral("epochs"), QStringLiteral("Training epochs (overrides the generator's default)."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Seed of training and sampling (default 1): the same seed gives the same output."), QStringLiteral("N")},
        {QStringLiteral("device"), QStringLiteral("cpu or cuda (default cpu)."), QStringLiteral("DEVICE")},
        {QStringLiteral("threads"), QStringLiteral("CPU threads (default: all cores)."), QStringLiteral("N")},
        {QStringLiteral("target"), QStringLiteral("Column CTAB-GAN+'s auxiliary classifier learns to predict."), QStringLiteral("COL")},
    });
}

bool trainingRequestFrom(const QCommandLineParser &parser, core::TrainingRequest *request, QString *error)
{
    request->family = parser.isSet(QStringLiteral("generator")) ? parser.value(QStringLiteral("generator")).toStdString()
                                                                 : std::string("ctabgan");
    if (!core::findGenerator(request->family)) {
        *error = QStringLiteral("unknown generator '%1'; choose one of:\n%2").arg(QString::fromStdString(request->family), generatorList());
        return false;
    }
    for (const QString &pair : parser.values(QStringLiteral("param"))) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = QStringLiteral("--param needs NAME=VALUE, not '%1'").arg(pair);
            return false;
        }
        request->parameters[pair.left(equals).trimmed().toStdString()] = pair.mid(equals + 1).trimmed().toStdString();
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("epochs"))) {
        const int epochs = parser.value(QStringLiteral("epochs")).toInt(&ok);
        if (!ok || epochs < 1) {
            *error = QStringLiteral("--epochs must be a whole number of at least 1");
            return false;
        }
        request->epochs = epochs;
    }
    request->seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toULongLong(&ok) : 1;
    if (!ok) {
        *error = QStringLiteral("--seed must be a whole number of 0 or more");
        return false;
    }
    request->device = parser.isSet(QStringLiteral("device")) ? parser.value(QStringLiteral("device")).toStdString() : std::string("cpu");
    if (request->device != "cpu" && request->device != "cuda") {
        *error = QStringLiteral("--device must be cpu or cuda");
        return false;
    }
    if (request->device == "cuda" && !core::isCudaAvailable()) {
        *error = QStringLiteral("--device cuda: no CUDA GPU is available to this build; use --device cpu");
        return false;
    }
    if (parser.isSet(QStringLiteral("threads"))) {
        request->threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || request->threads < 1) {
            *error = QStringLiteral("--threads must be a whole number of at least 1");
            return false;
        }
    }
    request->targetColumn = parser.value(QStringLiteral("target"));
    return true;
}

std::optional<core::TrainedModel> trainOrReport(const core::TrainingRequest &request)
{
    const core::TrainingOutcome outcome = core::trainModel(request, printEpoch, nullptr);
    if (!outcome.model) {
        err() << "error: " << outcome.error << '\n';
        return std::nullopt;
    }
    for (const QString &warning : outcome.model->warnings)
        err() << "warning: " << warning << '\n';
    err() << "trained " << QString::fromStdString(request.family) << " in " << duration(outcome.model->trainingSeconds)
          << keptEpochText(outcome.model->history) << '\n';
    return outcome.model;
}

void addSamplingOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("rows"), QStringLiteral("Rows to generate (default: as many as the real data)."), QStringLiteral("N")},
        {QStringLiteral("condition"), QStringLiteral("Only rows meeting it, repeatable: --condition sex=f."), QStringLiteral("COL=VALUE")},
        {QStringLiteral("out"), QStringLiteral("The synthetic CSV to write (required)."), QStringLiteral("OUT.csv")},
    });
}

bool samplingRequestFrom(const QCommandLineParser &parser, int64_t defaultRows, uint64_t defaultSeed,
                         core::SamplingRequest *request, QString *error)
{
    bool ok = true;
    request->rows = parser.isSet(QStringLiteral("rows")) ? parser.value(QStringLiteral("rows")).toLongLong(&ok) : defaultRows;
    if (!ok || request->rows < 1 || request->rows > kMaxRows) {
        *error = QStringLiteral("--rows must be a whole number from 1 to %1, not '%2'").arg(kMaxRows).arg(parser.value(QStringLiteral("rows")));
        return false;
    }
    request->conditions = parser.values(QStringLiteral("condition"));
    request->seed = defaultSeed;
    return true;
}

int writeSampleCsv(const core::TrainedModel &model, const core::SamplingRequest &request, const QString &path,
                   const core::TableProvenance &source, std::vector<core::Table> *keptChunks)
{
    core::CsvStreamWriter writer(path, {source.missingText, /*useSourceDateFormat=*/true});
    bool opened = false;
    std::optional<core::Diagnostic> failure;
    QElapsedTimer clock;
    clock.start();
    QString error;
    const bool sampled = core::sampleRows(model, request, [&](const core::Table &chunk) {
        if (!opened) {
            opened = true;
            failure = writer.open(chunk);
        }
        if (!failure)
            failure = writer.append(chunk);
        if (keptChunks)
            keptChunks->push_back(chunk);
        return !failure;
    }, nullptr, &error);
    if (!failure && sampled)
        failure = writer.commit();
    if (failure) {
        err() << failure->toString() << '\n';
        return BadInput;
    }
    if (!sampled) {
        err() << "error: " << error << '\n';
        return BadInput;
    }
    err() << "wrote " << request.rows << " rows to " << path << " in " << duration(double(clock.elapsed()) / 1000.0) << '\n';
    return Ok;
}

int runSynthesize(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trains a generator on INPUT and writes synthetic rows to --out, in one shot (for scripts).\n"
        "The CSV keeps the source's column names, category labels and missing-value text.\n\nGenerators:\n") + generatorList());
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("CSV, SQLite, SAS, Stata or SPSS file."));
    parser.addOption({QStringLiteral("schema"), QStringLiteral("Schema JSON (SynthReg or SDV); default: the proposed one."), QStringLiteral("S.json")});
    addImportOptions(parser);
    addTrainingOptions(parser);
    addSamplingOptions(parser);
    if (const int code = parseOrExit(parser, args, kAnyPositionals); code >= 0)
        return code;
    QString error;
    core::TrainingRequest training;
    if (!trainingRequestFrom(parser, &training, &error)) {
        err() << "error: " << error << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("list-params"))) {
        printParameters(*core::findGenerator(training.family));
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << "error: give one INPUT file\n\n" << parser.helpText();
        return UsageError;
    }
    const QString input = parser.positionalArguments().constFirst();
    const QString output = parser.value(QStringLiteral("out"));
    if (output.isEmpty()) {
        err() << "error: give --out OUT.csv\n";
        return UsageError;
    }
    if (isSameFile(output, input)) {
        err() << "error: --out names the input file; SynthReg never writes over a source\n";
        return UsageError;
    }
    core::ImportRequest importRequest;
    if (!importRequestFrom(parser, input, &importRequest, &error)) {
        err() << "error: " << error << '\n';
        return UsageError;
    }
    const auto imported = importOrReport(importRequest);
    if (!imported)
        return BadInput;
    training.table = imported->table;
    training.schema = core::inferSchema(training.table).schema;
    if (parser.isSet(QStringLiteral("schema"))) {
        const auto schema = core::readSchemaFile(parser.value(QStringLiteral("schema")), &error);
        if (!schema) {
            err() << "error: " << error << '\n';
            return BadInput;
        }
        training.schema = core::orderedLike(*schema, training.table.columnNames());
    }
    core::SamplingRequest sampling;
    if (!samplingRequestFrom(parser, int64_t(training.table.rowCount()), training.seed, &sampling, &error)) {
        err() << "error: " << error << '\n';
        return UsageError;
    }
    const auto model = trainOrReport(training);
    if (!model)
        return BadInput;
    return writeSampleCsv(*model, sampling, output, imported->table.provenance());
}

void printParameters(const core::GeneratorInfo &info)
{
    QTextStream &o = out();
    o << QString::fromStdString(info.displayName) << " — " << QString::fromStdString(info.summary) << "\n\n";
    for (const core::HyperparameterSpec &spec : info.hyperparameters) {
        o << "  " << qSetFieldWidth(22) << Qt::left << QString::fromStdString(spec.name) << qSetFieldWidth(0);
        switch (spec.type) {
        case core::HyperparameterSpec::Type::Boolean: o << "true|false"; break;
        case core::HyperparameterSpec::Type::Choice: {
            QStringList choices;
            for (const std::string &choice : spec.choices)
                choices << QString::fromStdString(choice);
            o << choices.join(QLatin1Char('|'));
            break;
        }
        default: o << spec.minimum << " to " << spec.maximum; break;
        }
        const QString defaultText = spec.type == core::HyperparameterSpec::Type::Choice
            ? QString::fromStdString(core::choiceText(spec, spec.defaultValue)) : QString::number(spec.defaultValue);
        o << " (default " << defaultText << ")\n      " << QString::fromStdString(spec.help) << '\n';
    }
}

} // namespace synthreg::cli
