#include "clicommands.h"

#include "clicommon.h"
#include "core/data/schemafile.h"
#include "core/data/typeinference.h"
#include "core/io/csvreader.h"
#include "core/project/project.h"
#include "resources/demodata.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace synthreg::cli {

namespace {
QString percent(qint64 part, qint64 whole)
{
    return whole ? QString::number(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

void printInspection(const core::Table &table, const core::InferenceResult &inference)
{
    QTextStream &o = out();
    o << table.provenance().sourcePath << ": " << table.rowCount() << " rows, " << table.columnCount() << " columns\n\n";
    o << qSetFieldWidth(18) << Qt::left << "column" << qSetFieldWidth(16) << "role" << qSetFieldWidth(18) << "missing"
      << qSetFieldWidth(10) << "distinct" << qSetFieldWidth(0) << "reason\n";
    for (int c = 0; c < table.columnCount(); ++c) {
        const core::ColumnProfile &p = inference.profiles[c];
        const core::ColumnSpec &spec = inference.schema.columns[c];
        o << qSetFieldWidth(18) << p.name << qSetFieldWidth(16) << core::roleKey(spec.role)
          << qSetFieldWidth(18) << QStringLiteral("%1 (%2)").arg(p.missingCount).arg(percent(p.missingCount, p.rowCount))
          << qSetFieldWidth(10) << p.distinctCount << qSetFieldWidth(0) << spec.reason << '\n';
    }
    for (const core::SurvivalLink &link : inference.schema.survival)
        o << "\nsurvival endpoint " << link.name << ": time '" << link.timeColumn << "', event '" << link.eventColumn << "'";
    if (inference.schema.longitudinal) {
        o << "\nlongitudinal: patient id '" << inference.schema.longitudinal->patientIdColumn << "', visit time '"
          << inference.schema.longitudinal->visitTimeColumn << "'";
    }
    o << '\n';
    for (const QString &warning : inference.warnings)
        o << "warning: " << warning << '\n';
}

QJsonObject inspectionJson(const core::Table &table, const core::InferenceResult &inference, const core::ImportResult &import)
{
    QJsonArray columns;
    for (int c = 0; c < table.columnCount(); ++c) {
        QJsonObject column = inference.profiles[c].toJson();
        column.insert(QStringLiteral("role"), core::roleKey(inference.schema.columns[c].role));
        column.insert(QStringLiteral("reason"), inference.schema.columns[c].reason);
        columns.append(column);
    }
    QJsonArray warnings;
    for (const core::Diagnostic &d : import.warnings)
        warnings.append(d.toString());
    for (const QString &w : inference.warnings)
        warnings.append(w);
    return {{QStringLiteral("file"), table.provenance().sourcePath},
            {QStringLiteral("format"), table.provenance().format},
            {QStringLiteral("sha256"), table.provenance().sha256},
            {QStringLiteral("rows"), qint64(table.rowCount())},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("schema"), inference.schema.toJson()},
            {QStringLiteral("warnings"), warnings}};
}

} // namespace

int runInspect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Profiles every column of FILE and proposes a schema (role and missing-value handling per column)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV/TSV, SQLite, SAS (.sas7bdat, .xpt), Stata (.dta) or SPSS (.sav, .zsav) file."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the profile and proposed schema as JSON.")});
    addImportOptions(parser);
    if (const int code = parseOrExit(parser, args, 1); code >= 0)
        return code;
    core::ImportRequest request;
    QString error;
    if (!importRequestFrom(parser, parser.positionalArguments().first(), &request, &error)) {
        err() << "error: " << error << '\n';
        return UsageError;
    }
    const auto imported = importOrReport(request);
    if (!imported)
        return BadInput;
    const core::InferenceResult inference = core::inferSchema(imported->table);
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(inspectionJson(imported->table, inference, *imported)).toJson(QJsonDocument::Indented);
    else
        printInspection(imported->table, inference);
    return Ok;
}

int runSchema(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the schema proposed for FILE to a JSON file that you can edit and pass back with --schema."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The data file."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where to write the schema JSON (required)."), QStringLiteral("schema.json")});
    parser.addOption({QStringLiteral("sdv"), QStringLiteral("Write SDV single-table metadata instead of SynthReg's schema.")});
    addImportOptions(parser);
    if (const int code = parseOrExit(parser, args, 1); code >= 0)
        return code;
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        err() << "error: --out is required\n";
        return UsageError;
    }
    const QString input = parser.positionalArguments().first();
    if (isSameFile(outPath, input)) {
        err() << "error: --out names the data file itself; SynthReg never writes to a source file\n";
        return UsageError;
    }
    core::ImportRequest request;
    QString error;
    if (!importRequestFrom(parser, input, &request, &error)) {
        err() << "error: " << error << '\n';
        return UsageError;
    }
    const auto imported = importOrReport(request);
    if (!imported)
        return BadInput;
    const core::Schema schema = core::inferSchema(imported->table).schema;
    const QJsonObject json = parser.isSet(QStringLiteral("sdv")) ? schema.toSdvMetadata() : schema.toJson();
    if (!writeAtomically(outPath, QJsonDocument(json).toJson(QJsonDocument::Indented), &error)) {
        err() << "error: " << error << '\n';
        return BadInput;
    }
    out() << "wrote " << outPath << " (" << schema.columns.size() << " columns)\n";
    return Ok;
}

int runProject(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("project create P.synthreg --import FILE [--schema S.json]: creates a project from a data file."));
    parser.addPositionalArgument(QStringLiteral("create"), QStringLiteral("The action (only 'create' for now)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The .synthreg file to create; it must not exist."));
    parser.addOption({QStringLiteral("import"), QStringLiteral("The data file to import (required)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("schema"), QStringLiteral("A schema JSON (SynthReg or SDV metadata) instead of the proposed one."), QStringLiteral("S.json")});
    addImportOptions(parser);
    if (const int code = parseOrExit(parser, args, 2); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional[0] != QLatin1String("create") || !parser.isSet(QStringLiteral("import"))) {
        err() << "error: usage is: project create P.synthreg --import FILE [--schema S.json]\n";
        return UsageError;
    }
    core::ImportRequest request;
    QString error;
    if (!importRequestFrom(parser, parser.value(QStringLiteral("import")), &request, &error)) {
        err() << "error: " << error << '\n';
        return UsageError;
    }
    const auto imported = importOrReport(request);
    if (!imported)
        return BadInput;
    core::Schema schema;
    if (parser.isSet(QStringLiteral("schema"))) {
        auto loaded = core::readSchemaFile(parser.value(QStringLiteral("schema")), &error);
        if (!loaded) {
            err() << "error: " << error << '\n';
            return BadInput;
        }
        schema = core::orderedLike(*loaded, imported->table.columnNames());
    } else {
        schema = core::inferSchema(imported->table).schema;
    }
    const QStringList problems = schema.validate(imported->table);
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            err() << "error: " << problem << '\n';
        return BadInput;
    }
    auto project = core::Project::create(positional[1], request, imported->table, schema, &error);
    if (!project) {
        err() << "error: " << error << '\n';
        return BadInput;
    }
    out() << "created " << positional[1] << ": " << imported->table.rowCount() << " rows, " << imported->table.columnCount() << " columns\n";
    return Ok;
}

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the whole pipeline on the embedded demo (the Mayo Clinic PBC trial, R survival::pbc, 418 patients): "
        "import and profile, propose the schema, save a project, train a generator, sample, evaluate, write the release "
        "bundle and verify it. With --json: print the profile and proposed schema as JSON and stop."));
    parser.addOptions({
        {QStringLiteral("out"), QStringLiteral("The release bundle to write (default: synthreg-demo-release.zip here)."), QStringLiteral("BUNDLE.zip")},
        {QStringLiteral("project"), QStringLiteral("Keep the demo project in this file (default: a temporary one)."), QStringLiteral("P.synthreg")},
        {QStringLiteral("generator"), QStringLiteral("copula (default, seconds), ctabgan or medvae."), QStringLiteral("NAME")},
        {QStringLiteral("epochs"), QStringLiteral("Training epochs (default: the generator's)."), QStringLiteral("N")},
        {QStringLiteral("override"), QStringLiteral("Release even if a check fails, for this written reason."), QStringLiteral("JUSTIFICATION")},
        {QStringLiteral("json"), QStringLiteral("Print the profile and proposed schema as JSON, and stop.")},
    });
    if (const int code = parseOrExit(parser, args, 0); code >= 0)
        return code;
    QFile demo(resources::demoBaselinePath());
    if (!demo.open(QIODevice::ReadOnly)) {
        err() << "error: the embedded demo data is missing from this build\n";
        return InternalError;
    }
    const QByteArray demoBytes = demo.readAll();
    QBuffer demoBuffer;
    demoBuffer.setData(demoBytes);
    demoBuffer.open(QIODevice::ReadOnly);
    core::ImportResult imported = core::CsvReader().read(demoBuffer, resources::demoBaselinePath());
    if (!imported.ok()) {
        err() << "error: " << imported.error->toString() << '\n';
        return InternalError;
    }
    core::TableProvenance provenance = imported.table.provenance();   // the release records the source's hash
    provenance.sha256 = QString::fromLatin1(QCryptographicHash::hash(demoBytes, QCryptographicHash::Sha256).toHex());
    imported.table.setProvenance(provenance);
    const core::InferenceResult inference = core::inferSchema(imported.table);
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(inspectionJson(imported.table, inference, imported)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    printInspection(imported.table, inference);
    QTemporaryDir scratch;
    const QString projectPath = parser.isSet(QStringLiteral("project")) ? parser.value(QStringLiteral("project"))
                                                                        : scratch.filePath(QStringLiteral("pbc-demo.synthreg"));
    core::ImportRequest request;
    request.path = resources::demoBaselinePath();
    QString error;
    if (!scratch.isValid() || !core::Project::create(projectPath, request, imported.table, inference.schema, &error)) {
        err() << "error: " << (scratch.isValid() ? error : scratch.errorString()) << '\n';
        return BadInput;
    }
    out() << "\ncreated the project " << projectPath << '\n';
    DemoPipelineOptions options;
    options.bundlePath = parser.value(QStringLiteral("out")).isEmpty() ? QStringLiteral("synthreg-demo-release.zip") : parser.value(QStringLiteral("out"));
    if (parser.isSet(QStringLiteral("generator")))
        options.generator = parser.value(QStringLiteral("generator"));
    options.epochs = parser.value(QStringLiteral("epochs")).toInt();
    options.overrideJustification = parser.value(QStringLiteral("override"));
    return runDemoPipeline(projectPath, options);
}

} // namespace synthreg::cli
