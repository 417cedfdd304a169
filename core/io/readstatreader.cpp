#include "readstatreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <readstat.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <memory>

namespace synthreg::core {

namespace {

enum class Family { Sas, Stata, Spss };

constexpr double kSecondsPerDay = 86400.0;
constexpr double kSeconds1960To1970 = 3653 * kSecondsPerDay;   // SAS and Stata epoch
constexpr double kSeconds1582To1970 = 141428 * kSecondsPerDay; // SPSS epoch: 1582-10-14
constexpr double kLatestSecond = 253402300799.0;               // 9999-12-31T23:59:59Z

// How a numeric variable's format encodes time: value * unitSeconds - epochShift = Unix seconds.
struct DateEncoding
{
    double unitSeconds = 0; // 0: not a date
    double epochShift = 0;
    TimestampPrecision precision = TimestampPrecision::Date;
    bool isDate() const { return unitSeconds > 0; }
};

QString familyName(Family family)
{
    static const char *const names[] = {"SAS", "Stata", "SPSS"};
    return QLatin1String(names[int(family)]);
}

// "DATE9.", "MMDDYY10", "DATETIME20.3" -> the format's name without width and decimals.
QString formatStem(const char *rawFormat)
{
    QString format = QString::fromUtf8(rawFormat ? rawFormat : "").trimmed().toUpper();
    while (!format.isEmpty() && (format.back().isDigit() || format.back() == QLatin1Char('.')))
        format.chop(1);
    return format;
}

bool matchesAny(const QString &text, std::initializer_list<const char *> names, bool asPrefix = false)
{
    return std::any_of(names.begin(), names.end(), [&](const char *name) {
        return asPrefix ? text.startsWith(QLatin1String(name)) : text == QLatin1String(name);
    });
}

DateEncoding dateEncodingFor(Family family, const char *rawFormat)
{
    const DateEncoding sasDays{kSecondsPerDay, kSeconds1960To1970, TimestampPrecision::Date};
    const DateEncoding sasSeconds{1.0, kSeconds1960To1970, TimestampPrecision::DateTime};
    switch (family) {
    case Family::Sas: {
        const QString stem = formatStem(rawFormat);
        if (matchesAny(stem, {"DATETIME", "E8601DT", "B8601DT", "E8601DZ", "B8601DZ", "DATEAMPM", "MDYAMPM", "NLDATM"})
            || stem.startsWith(QLatin1String("DT")))
            return sasSeconds;
        if (matchesAny(stem, {"DATE", "E8601DA", "B8601DA", "NLDATE", "JULIAN", "YEAR", "DAY", "DOWNAME", "MONNAME"})
            || matchesAny(stem, {"DDMMYY", "MMDDYY", "YYMMDD", "YYMM", "MMYY", "YYQ", "YYMON", "MONYY", "WORDDAT",
                                 "WEEKDAT", "EURDF"}, /*asPrefix=*/true))
            return sasDays;
        return {};
    }
    case Family::Stata: {
        // "%td", "%-tdCCYY-NN-DD", the pre-Stata-10 "%d"; "%tc"/"%tC" count milliseconds.
        QString format = QString::fromUtf8(rawFormat ? rawFormat : "").trimmed().toLower();
        format.remove(QLatin1Char('%')).remove(QLatin1Char('-'));
        if (format.startsWith(QLatin1String("tc")))
            return {0.001, kSeconds1960To1970, TimestampPrecision::DateTime};
        if (format.startsWith(QLatin1String("td")) || format.startsWith(QLatin1Char('d')))
            return sasDays;
        return {};
    }
    case Family::Spss: {
        // SPSS stores every date as seconds since 1582-10-14, whatever the display format.
        const QString stem = formatStem(rawFormat);
        if (stem == QLatin1String("DATETIME") || stem == QLatin1String("YMDHMS"))
            return {1.0, kSeconds1582To1970, TimestampPrecision::DateTime};
        if (matchesAny(stem, {"DATE", "ADATE", "EDATE", "SDATE", "JDATE", "MOYR", "QYR", "WKYR"}))
            return {1.0, kSeconds1582To1970, TimestampPrecision::Date};
        return {};
    }
    }
    return {};
}

double numericValue(readstat_value_t value)
{
    if (readstat_value_type(value) == READSTAT_TYPE_FLOAT) {
        // Stata floats: 1.1f reads as 1.1, as Stata shows it, not as 1.100000023841858.
        char buffer[32];
        const auto printed = std::to_chars(buffer, buffer + sizeof buffer, readstat_float_value(value));
        double widened = std::numeric_limits<double>::quiet_NaN();
        std::from_chars(buffer, printed.ptr, widened);
        return widened;
    }
    return readstat_double_value(value);
}

// Labels in first-use order with a reverse index; one code per distinct text.
struct LabelIndex
{
    QStringList labels;
    QHash<QString, int32_t> codes;

    int32_t codeFor(const QString &label)
    {
        if (const auto found = codes.constFind(label); found != codes.cend())
            return *found;
        const auto code = int32_t(labels.size());
        labels << label;
        codes.insert(label, code);
        return code;
    }
};

struct LabelSet
{
    std::vector<std::pair<double, QString>> numeric;
    QHash<QString, QString> byString;
};

struct Variable
{
    bool declared = false;
    QString name;
    bool isString = false;
    QByteArray labelSet;
    DateEncoding date;
    std::vector<std::pair<double, double>> missingRanges; // SPSS user-missing codes
    std::vector<double> numbers;                          // numeric variables, NaN = missing
    std::vector<int32_t> codes;                           // string variables
    LabelIndex strings;                                   // string variables

    bool isUserMissing(double value) const
    {
        return std::any_of(missingRanges.begin(), missingRanges.end(),
                           [value](const auto &range) { return value >= range.first && value <= range.second; });
    }
};

struct ParseContext
{
    Family family = Family::Sas;
    int64_t declaredRows = -1;
    size_t rowsSeen = 0;
    std::vector<Variable> variables;
    QHash<QByteArray, LabelSet> labelSets;
    QString readstatDetail; // last message of ReadStat's error handler
    QString failure;        // set when one of our handlers gave up
};

// Exceptions must not unwind through ReadStat's C frames: turn them into an abort.
template <typename Body>
int guarded(void *data, Body &&body)
{
    auto &ctx = *static_cast<ParseContext *>(data);
    try {
        return body(ctx);
    } catch (const std::exception &error) {
        ctx.failure = QString::fromLocal8Bit(error.what());
    } catch (...) {
        ctx.failure = QStringLiteral("unexpected error");
    }
    return READSTAT_HANDLER_ABORT;
}

int onMetadata(readstat_metadata_t *metadata, void *data)
{
    return guarded(data, [&](ParseContext &ctx) {
        ctx.declaredRows = readstat_get_row_count(metadata);
        ctx.variables.reserve(size_t(std::max(0, readstat_get_var_count(metadata))));
        return READSTAT_HANDLER_OK;
    });
}

int onVariable(int, readstat_variable_t *variable, const char *valueLabels, void *data)
{
    return guarded(data, [&](ParseContext &ctx) {
        const int index = readstat_variable_get_index(variable);
        if (index < 0)
            return int(READSTAT_HANDLER_SKIP_VARIABLE);
        if (size_t(index) >= ctx.variables.size())
            ctx.variables.resize(size_t(index) + 1);
        Variable &var = ctx.variables[size_t(index)];
        var.declared = true;
        var.name = QString::fromUtf8(readstat_variable_get_name(variable));
        var.isString = readstat_variable_get_type_class(variable) == READSTAT_TYPE_CLASS_STRING;
        var.labelSet = valueLabels ? QByteArray(valueLabels) : QByteArray();
        if (!var.isString)
            var.date = dateEncodingFor(ctx.family, readstat_variable_get_format(variable));
        for (int i = 0; i < readstat_variable_get_missing_ranges_count(variable); ++i) {
            var.missingRanges.emplace_back(readstat_double_value(readstat_variable_get_missing_range_lo(variable, i)),
                                           readstat_double_value(readstat_variable_get_missing_range_hi(variable, i)));
        }
        // The header's row count may be damaged: reserve a bounded amount, grow as rows arrive.
        const size_t expected = size_t(std::clamp<int64_t>(ctx.declaredRows, 0, 1 << 20));
        if (var.isString)
            var.codes.reserve(expected);
        else
            var.numbers.reserve(expected);
        return int(READSTAT_HANDLER_OK);
    });
}

int onValue(int obsIndex, readstat_variable_t *variable, readstat_value_t value, void *data)
{
    return guarded(data, [&](ParseContext &ctx) {
        const int index = readstat_variable_get_index(variable);
        if (obsIndex < 0 || index < 0 || size_t(index) >= ctx.variables.size())
            return READSTAT_HANDLER_OK;
        Variable &var = ctx.variables[size_t(index)];
        const auto row = size_t(obsIndex);
        ctx.rowsSeen = std::max(ctx.rowsSeen, row + 1);
        const bool missing = readstat_value_is_system_missing(value) || readstat_value_is_tagged_missing(value)
                          || readstat_value_is_defined_missing(value, variable);
        if (var.isString) {
            if (var.codes.size() <= row)
                var.codes.resize(row + 1, Column::kMissingCode);
            const char *text = readstat_string_value(value);
            if (!missing && text && *text)
                var.codes[row] = var.strings.codeFor(QString::fromUtf8(text));
        } else {
            if (var.numbers.size() <= row)
                var.numbers.resize(row + 1, std::numeric_limits<double>::quiet_NaN());
            if (!missing)
                var.numbers[row] = numericValue(value);
        }
        return READSTAT_HANDLER_OK;
    });
}

int onValueLabel(const char *setName, readstat_value_t value, const char *label, void *data)
{
    return guarded(data, [&](ParseContext &ctx) {
        if (!setName)
            return READSTAT_HANDLER_OK;
        LabelSet &set = ctx.labelSets[QByteArray(setName)];
        const QString text = QString::fromUtf8(label ? label : "");
        if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING) {
            const char *key = readstat_string_value(value);
            set.byString.insert(QString::fromUtf8(key ? key : ""), text);
        } else if (!readstat_value_is_system_missing(value) && !readstat_value_is_tagged_missing(value)) {
            set.numeric.emplace_back(numericValue(value), text);
        }
        return READSTAT_HANDLER_OK;
    });
}

void onError(const char *message, void *data)
{
    if (message)
        static_cast<ParseContext *>(data)->readstatDetail = QString::fromUtf8(message).trimmed();
}

Column labelledColumn(const Variable &var, const std::vector<std::pair<double, QString>> &valueLabels)
{
    // Categories in the order of their codes; numbers without a label are labelled by their value.
    std::map<double, QString> texts;
    for (const auto &[key, text] : valueLabels)
        texts.emplace(key, text.isEmpty() ? formatNumber(key) : text);
    for (double value : var.numbers) {
        if (!std::isnan(value))
            texts.emplace(value, formatNumber(value));
    }
    LabelIndex index;
    std::map<double, int32_t> codeOf;
    for (const auto &[key, text] : texts)
        codeOf.emplace(key, index.codeFor(text));
    std::vector<int32_t> codes(var.numbers.size(), Column::kMissingCode);
    for (size_t row = 0; row < codes.size(); ++row) {
        if (!std::isnan(var.numbers[row]))
            codes[row] = codeOf.find(var.numbers[row])->second;
    }
    return Column::categorical(var.name, std::move(codes), std::move(index.labels));
}

Column stringColumn(const Variable &var, const LabelSet *set)
{
    if (!set || set->byString.isEmpty())
        return Column::categorical(var.name, var.codes, var.strings.labels);
    LabelIndex index; // SPSS string value labels replace the stored strings
    std::vector<int32_t> remap;
    for (const QString &stored : var.strings.labels)
        remap.push_back(index.codeFor(set->byString.value(stored, stored)));
    std::vector<int32_t> codes = var.codes;
    for (int32_t &code : codes) {
        if (code >= 0)
            code = remap[size_t(code)];
    }
    return Column::categorical(var.name, std::move(codes), std::move(index.labels));
}

Column dateColumn(const Variable &var, size_t &outOfRange)
{
    std::vector<int64_t> seconds(var.numbers.size(), 0);
    std::vector<uint8_t> missing(var.numbers.size(), 0);
    for (size_t row = 0; row < seconds.size(); ++row) {
        const double value = var.numbers[row];
        const double unixSeconds = value * var.date.unitSeconds - var.date.epochShift;
        if (std::isnan(value) || !std::isfinite(unixSeconds) || std::fabs(unixSeconds) > kLatestSecond) {
            missing[row] = 1;
            outOfRange += std::isnan(value) ? 0 : 1;
        } else if (var.date.precision == TimestampPrecision::Date) {
            seconds[row] = int64_t(std::floor(unixSeconds / kSecondsPerDay)) * int64_t(kSecondsPerDay);
        } else {
            seconds[row] = std::llround(unixSeconds);
        }
    }
    return Column::timestamp(var.name, std::move(seconds), std::move(missing), var.date.precision);
}

Column buildColumn(const QString &path, Variable &var, const ParseContext &ctx, Diagnostics &warnings)
{
    const auto set = ctx.labelSets.constFind(var.labelSet);
    const LabelSet *labels = set == ctx.labelSets.cend() ? nullptr : &*set;
    if (var.isString)
        return stringColumn(var, labels);

    // Labels that only name SPSS user-missing codes do not make a variable categorical.
    std::vector<std::pair<double, QString>> valueLabels;
    if (labels) {
        std::copy_if(labels->numeric.begin(), labels->numeric.end(), std::back_inserter(valueLabels),
                     [&](const auto &entry) { return !var.isUserMissing(entry.first); });
    }
    if (!valueLabels.empty())
        return labelledColumn(var, valueLabels);
    if (var.date.isDate()) {
        size_t outOfRange = 0;
        Column column = dateColumn(var, outOfRange);
        if (outOfRange > 0) {
            Diagnostic warning = Diagnostic::warning(
                path, QStringLiteral("%1 dates lie outside the years 0-9999 and were read as missing").arg(outOfRange),
                QStringLiteral("Check the variable's values and date format in the program that wrote the file."));
            warning.columnName = var.name;
            warnings << warning;
        }
        return column;
    }
    return Column::numeric(var.name, std::move(var.numbers));
}

Diagnostic damagedFile(const QString &path, Family family, const QString &detail)
{
    return Diagnostic::error(path, QStringLiteral("the %1 file is damaged or truncated (%2)").arg(familyName(family), detail),
                             QStringLiteral("Re-export it from %1, or export CSV instead.").arg(familyName(family)));
}

// Checks before parsing: a clear "this is not an SPSS/Stata file" beats ReadStat's generic parse error.
std::optional<Diagnostic> checkBeforeParsing(const QString &path, Family family)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isDir()) {
        return Diagnostic::error(path, info.exists() ? QStringLiteral("this is a folder, not a file") : QStringLiteral("the file does not exist"),
                                 QStringLiteral("Check the path; the file may have been moved or renamed."));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Diagnostic::error(path, QStringLiteral("the file cannot be opened: %1").arg(file.errorString()),
                                 QStringLiteral("Check that you may read it and that no other program locks it."));
    }
    const QByteArray head = file.read(16);
    if (head.isEmpty())
        return damagedFile(path, family, QStringLiteral("the file is empty"));
    bool matches = true;
    if (family == Family::Spss) {
        matches = head.startsWith("$FL2") || head.startsWith("$FL3");
    } else if (family == Family::Stata) {
        // Stata 13+ starts with "<stata_dta>"; older files with a release byte (102-115) and a byte order (1, 2).
        const auto release = uchar(head.at(0));
        matches = head.startsWith("<stata_dta>")
               || (head.size() >= 2 && release >= 102 && release <= 115 && (head.at(1) == 1 || head.at(1) == 2));
    }
    if (matches)
        return std::nullopt;
    return Diagnostic::error(path, QStringLiteral("this is not %1 %2 file (it does not start with the %2 signature)")
                                       .arg(family == Family::Spss ? QStringLiteral("an") : QStringLiteral("a"), familyName(family)),
                             QStringLiteral("Check that the file was saved from %1; if it is a CSV or another format, "
                                            "give it the matching extension.").arg(familyName(family)));
}

// ReadStat quirks: files cut short can parse without an error, with rows or value labels missing.
std::optional<QString> truncationSign(const QString &path, const QString &suffix, const ParseContext &ctx)
{
    const bool hasVariables = std::any_of(ctx.variables.begin(), ctx.variables.end(), [](const Variable &v) { return v.declared; });
    if (hasVariables && ctx.declaredRows > 0 && int64_t(ctx.rowsSeen) < ctx.declaredRows)
        return QStringLiteral("its header announces %1 rows but only %2 could be read").arg(ctx.declaredRows).arg(ctx.rowsSeen);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // XPORT has no row count, but SAS pads it to whole 80-byte records.
    if (suffix == QLatin1String("xpt") && file.size() % 80 != 0)
        return QStringLiteral("its size is not a whole number of 80-byte XPORT records");
    // Stata 13+ keeps value labels after the data and closes the file with a tag.
    if (suffix == QLatin1String("dta") && file.read(11) == "<stata_dta>" && file.seek(std::max<qint64>(0, file.size() - 64))
        && !file.read(64).contains("</stata_dta>"))
        return QStringLiteral("its closing </stata_dta> tag is missing");
    return std::nullopt;
}

readstat_error_t runParser(const QString &path, const QString &suffix, ParseContext &ctx)
{
    using ParserPtr = std::unique_ptr<readstat_parser_t, decltype(&readstat_parser_free)>;
    ParserPtr parser(readstat_parser_init(), &readstat_parser_free);
    if (!parser)
        throw std::bad_alloc();
    readstat_set_metadata_handler(parser.get(), &onMetadata);
    readstat_set_variable_handler(parser.get(), &onVariable);
    readstat_set_value_handler(parser.get(), &onValue);
    readstat_set_value_label_handler(parser.get(), &onValueLabel);
    readstat_set_error_handler(parser.get(), &onError);

    // ReadStat's default I/O opens the file read-only.
    const QByteArray native = QFile::encodeName(path);
    if (suffix == QLatin1String("sas7bdat"))
        return readstat_parse_sas7bdat(parser.get(), native.constData(), &ctx);
    if (suffix == QLatin1String("xpt"))
        return readstat_parse_xport(parser.get(), native.constData(), &ctx);
    if (suffix == QLatin1String("dta"))
        return readstat_parse_dta(parser.get(), native.constData(), &ctx);
    return readstat_parse_sav(parser.get(), native.constData(), &ctx); // also reads zlib-compressed .zsav
}

ImportResult parseFile(const QString &path, const QString &suffix)
{
    ParseContext ctx;
    ctx.family = suffix == QLatin1String("dta") ? Family::Stata
               : suffix.endsWith(QLatin1String("sav")) ? Family::Spss : Family::Sas;
    if (auto problem = checkBeforeParsing(path, ctx.family))
        return ImportResult::failure(*problem);

    const readstat_error_t error = runParser(path, suffix, ctx);
    if (!ctx.failure.isEmpty()) {
        return ImportResult::failure(Diagnostic::error(path, QStringLiteral("reading stopped: %1").arg(ctx.failure),
                                                       QStringLiteral("Free some memory, or export a smaller extract.")));
    }
    if (error != READSTAT_OK) {
        const QString message = QString::fromUtf8(readstat_error_message(error));
        QString detail = QStringLiteral("ReadStat: %1").arg(message);
        // The error handler often repeats the code's message with errno noise; keep it only when it adds something.
        if (!ctx.readstatDetail.isEmpty() && !ctx.readstatDetail.contains(message))
            detail += QStringLiteral("; ") + ctx.readstatDetail;
        return ImportResult::failure(damagedFile(path, ctx.family, detail));
    }
    if (const auto sign = truncationSign(path, suffix, ctx))
        return ImportResult::failure(damagedFile(path, ctx.family, *sign));

    ImportResult result;
    for (Variable &var : ctx.variables) {
        if (!var.declared)
            continue;
        var.numbers.resize(var.isString ? 0 : ctx.rowsSeen, std::numeric_limits<double>::quiet_NaN());
        var.codes.resize(var.isString ? ctx.rowsSeen : 0, Column::kMissingCode);
        result.table.addColumn(buildColumn(path, var, ctx, result.warnings));
    }
    result.table.setProvenance(TableProvenance{path, suffix, {}, {}});
    return result;
}

} // namespace

bool ReadStatReader::handlesSuffix(const QString &suffix)
{
    static const QStringList suffixes{QStringLiteral("sas7bdat"), QStringLiteral("xpt"), QStringLiteral("dta"),
                                      QStringLiteral("sav"), QStringLiteral("zsav")};
    return suffixes.contains(suffix.toLower());
}

ImportResult ReadStatReader::readFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!handlesSuffix(suffix)) {
        return ImportResult::failure(Diagnostic::error(path, QStringLiteral("\"%1\" files are not SAS, Stata or SPSS files").arg(suffix),
                                                       QStringLiteral("Use a .sas7bdat, .xpt, .dta, .sav or .zsav file.")));
    }
    try {
        return parseFile(path, suffix);
    } catch (const std::exception &error) {
        return ImportResult::failure(Diagnostic::error(path, QStringLiteral("reading stopped: %1").arg(QString::fromLocal8Bit(error.what())),
                                                       QStringLiteral("Free some memory, or export a smaller extract.")));
    }
}

} // namespace synthreg::core
