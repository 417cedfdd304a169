// The real side of evaluate and release: a project's data and split, or --real/--holdout files.
#include "clicomparison.h"

#include "core/data/schemafile.h"
#include "core/data/typeinference.h"

#include <QFileInfo>

namespace synthreg::cli {

void addRealSideOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("real"), QStringLiteral("The real rows the generator was trained on."), QStringLiteral("TRAIN.csv")},
        {QStringLiteral("holdout"), QStringLiteral("Real rows the generator never saw (enables privacy and utility)."), QStringLiteral("HOLDOUT.csv")},
        {QStringLiteral("schema"), QStringLiteral("Schema JSON (SynthReg or SDV); default: the project's, or the one proposed for the real data."), QStringLiteral("S.json")},
        {QStringLiteral("target"), QStringLiteral("Column to predict for utility (train on synthetic, test on real)."), QStringLiteral("COL")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the split and of the randomised metrics (default 42)."), QStringLiteral("N")},
    });
}

std::optional<core::Table> importTable(const QString &path)
{
    core::ImportRequest request;
    request.path = path;
    request.csv.computeSha256 = true;
    auto imported = importOrReport(request);
    return imported ? std::optional(imported->table) : std::nullopt;
}

std::optional<RealSide> loadRealSide(const QCommandLineParser &parser, const QString &projectPath, int *exitCode)
{
    *exitCode = BadInput;
    RealSide side;
    core::EvaluationRequest &request = side.request;
    request.settings.target = parser.value(QStringLiteral("target"));
    request.settings.seed = parser.value(QStringLiteral("seed")).isEmpty() ? kDefaultSplitSeed : parser.value(QStringLiteral("seed")).toULongLong();
    QString error;
    core::Table source;
    if (!projectPath.isEmpty()) {
        side.project = core::Project::open(projectPath, &error);
        const auto data = side.project ? side.project->data() : std::nullopt;
        const auto schema = side.project ? side.project->schema() : std::nullopt;
        if (!side.project || !data || !schema) {
            err() << "error: " << (side.project ? side.project->errorString() : error) << '\n';
            return std::nullopt;
        }
        const auto split = projectSplitOrCreate(*side.project, *data, *schema, request.settings.seed);
        if (!split) {
            err() << "error: " << side.project->errorString() << '\n';
            return std::nullopt;
        }
        request.train = data->selectRows(split->trainRowList());
        request.holdout = data->selectRows(split->holdoutRowList());
        request.schema = core::orderedLike(*schema, request.train.columnNames());
        source = *data;
        side.sourceName = QFileInfo(side.project->importRequest().path).fileName();
    } else {
        const auto train = importTable(parser.value(QStringLiteral("real")));
        if (!train)
            return std::nullopt;
        request.train = *train;
        if (parser.isSet(QStringLiteral("holdout"))) {
            const auto holdout = importTable(parser.value(QStringLiteral("holdout")));
            if (!holdout)
                return std::nullopt;
            request.holdout = *holdout;
        }
        request.schema = core::inferSchema(request.train).schema;
        source = *train;
        side.sourceName = QFileInfo(parser.value(QStringLiteral("real"))).fileName();
    }
    if (parser.isSet(QStringLiteral("schema"))) {
        const auto schema = core::readSchemaFile(parser.value(QStringLiteral("schema")), &error);
        if (!schema) {
            err() << "error: " << error << '\n';
            return std::nullopt;
        }
        request.schema = core::orderedLike(*schema, request.train.columnNames());
    }
    side.sourceSha256 = source.provenance().sha256;
    side.sourceRows = qint64(source.rowCount() + (projectPath.isEmpty() ? request.holdout.rowCount() : 0));
    side.sourceColumns = source.columnCount();
    *exitCode = Ok;
    return side;
}

} // namespace synthreg::cli
