#include "clicommon.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace synthreg::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/** Parses `args`; prints help or the usage error itself. Returns -1 to go on, else the exit code. */
int parseOrExit(QCommandLineParser &parser, const QStringList &args, int positionals)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << "error: " << parser.errorText() << "\n\n" << parser.helpText();
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    if (positionals != kAnyPositionals && parser.positionalArguments().size() != positionals) {
        err() << "error: expected " << positionals << " argument(s)\n\n" << parser.helpText();
        return UsageError;
    }
    return -1;
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot be written (%2). Choose a folder you can write to.").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool isSameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a), fb(b);
    return fa.exists() && fb.exists() && fa.canonicalFilePath() == fb.canonicalFilePath();
}


void addImportOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("table"), QStringLiteral("SQLite: the table or view to import."), QStringLiteral("name")},
        {QStringLiteral("query"), QStringLiteral("SQLite: a read-only SELECT to import instead of a table."), QStringLiteral("sql")},
        {QStringLiteral("delimiter"), QStringLiteral("Text files: the field separator (',' ';' 'tab' '|'); detected by default."), QStringLiteral("char")},
        {QStringLiteral("encoding"), QStringLiteral("Text files: auto, utf-8, latin-1 or windows-1252 (default auto)."), QStringLiteral("name")},
        {QStringLiteral("decimal-comma"), QStringLiteral("Text files: numbers are written 1,5 (detected by default).")},
        {QStringLiteral("decimal-point"), QStringLiteral("Text files: numbers are written 1.5.")},
        {QStringLiteral("header"), QStringLiteral("Text files: yes, no or auto (default auto)."), QStringLiteral("mode")},
        {QStringLiteral("na"), QStringLiteral("A further missing-value code, e.g. -99 (repeatable); empty, NA, N/A, NaN, ., NULL are always missing."), QStringLiteral("code")},
    });
}

bool importRequestFrom(const QCommandLineParser &parser, const QString &path, core::ImportRequest *request, QString *error)
{
    request->path = path;
    request->table = parser.value(QStringLiteral("table"));
    request->query = parser.value(QStringLiteral("query"));
    core::CsvOptions &csv = request->csv;
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString d = parser.value(QStringLiteral("delimiter"));
        if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
            csv.delimiter = '\t';
        else if (d.size() == 1 && QStringLiteral(",;|\t").contains(d))
            csv.delimiter = char(d.at(0).toLatin1());
        else {
            *error = QStringLiteral("--delimiter must be one of , ; | tab");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("encoding"))) {
        const auto encoding = core::encodingFromKey(parser.value(QStringLiteral("encoding")));
        if (!encoding) {
            *error = QStringLiteral("--encoding must be auto, utf-8, latin-1 or windows-1252");
            return false;
        }
        csv.encoding = *encoding;
    }
    if (parser.isSet(QStringLiteral("decimal-comma")) && parser.isSet(QStringLiteral("decimal-point"))) {
        *error = QStringLiteral("give either --decimal-comma or --decimal-point, not both");
        return false;
    }
    if (parser.isSet(QStringLiteral("decimal-comma")))
        csv.decimalComma = true;
    if (parser.isSet(QStringLiteral("decimal-point")))
        csv.decimalComma = false;
    const QString header = parser.value(QStringLiteral("header"));
    if (header == QLatin1String("yes"))
        csv.header = core::HeaderMode::Present;
    else if (header == QLatin1String("no"))
        csv.header = core::HeaderMode::Absent;
    else if (!header.isEmpty() && header != QLatin1String("auto")) {
        *error = QStringLiteral("--header must be yes, no or auto");
        return false;
    }
    csv.naTokens << parser.values(QStringLiteral("na"));
    csv.computeSha256 = true;
    return true;
}

std::optional<core::ImportResult> importOrReport(const core::ImportRequest &request)
{
    core::ImportResult result = core::importData(request);
    for (const core::Diagnostic &warning : result.warnings)
        err() << "warning: " << warning.toString() << '\n';
    if (!result.ok()) {
        err() << "error: " << result.error->toString() << '\n';
        return std::nullopt;
    }
    return result;
}

/** Reads a schema file: SynthReg's own JSON or SDV single-table metadata. */
std::optional<core::DataSplit> projectSplitOrCreate(core::Project &project, const core::Table &data, const core::Schema &schema,
                                                    uint64_t seed)
{
    if (auto split = project.split())
        return split;
    const QString group = schema.longitudinal ? schema.longitudinal->patientIdColumn : QString();
    core::DataSplit split = core::makeHoldoutSplit(data, 0.2, seed, group);
    if (!project.saveSplit(split))
        return std::nullopt;
    return split;
}

} // namespace synthreg::cli
