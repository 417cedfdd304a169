#include "readstatreader.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <readstat.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace synthreg::core {

namespace {

enum class Target { Sav, Dta };

constexpr int64_t kSecondsPerDay = 86400;
constexpr int64_t kDays1960To1970 = 3653;                        // Stata epoch: 1960-01-01
constexpr int64_t kSeconds1582To1970 = 141428 * kSecondsPerDay;  // SPSS epoch: 1582-10-14
constexpr int kSavMaxNameBytes = 64;
constexpr int kDtaMaxNameChars = 32;
constexpr int kSavMaxValueLabelBytes = 120;  // ReadStat mangles longer ones (its length is a signed char)
constexpr int kSavMaxVariableLabelBytes = 256;
constexpr int kDtaMaxValueLabelBytes = 32000;
constexpr int kDtaMaxVariableLabelBytes = 320; // 80 characters of up to 4 UTF-8 bytes

QString targetName(Target target)
{
    return target == Target::Sav ? QStringLiteral("SPSS") : QStringLiteral("Stata");
}

int64_t floorDiv(int64_t value, int64_t divisor)
{
    const int64_t quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

// The UTF-8 bytes of `text`, cut to at most `maxBytes` without splitting a character.
QByteArray utf8Prefix(const QString &text, int maxBytes)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.size() <= maxBytes)
        return bytes;
    qsizetype cut = maxBytes;
    while (cut > 0 && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
        --cut;
    bytes.truncate(cut);
    return bytes;
}

bool isReserved(const QString &name, Target target)
{
    static const QSet<QString> spss{QStringLiteral("ALL"), QStringLiteral("AND"), QStringLiteral("BY"),
                                    QStringLiteral("EQ"),  QStringLiteral("GE"),  QStringLiteral("GT"),
                                    QStringLiteral("LE"),  QStringLiteral("LT"),  QStringLiteral("NE"),
                                    QStringLiteral("NOT"), QStringLiteral("OR"),  QStringLiteral("TO"),
                                    QStringLiteral("WITH")};
    static const QSet<QString> stata{QStringLiteral("byte"), QStringLiteral("double"), QStringLiteral("float"),
                                     QStringLiteral("if"),   QStringLiteral("in"),     QStringLiteral("int"),
                                     QStringLiteral("long"), QStringLiteral("strL"),   QStringLiteral("using"),
                                     QStringLiteral("with")};
    if (target == Target::Sav)
        return spss.contains(name.toUpper());
    // Stata also reserves str1, str2, ... (ReadStat rejects any name that reads as "str<number>").
    const bool strN = name.size() > 3 && name.startsWith(QLatin1String("str")) && name.at(3).isDigit();
    return stata.contains(name) || strN;
}

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

// One rule for both formats: ASCII letters, digits and '_', starting with a letter, not reserved.
bool isValidName(const QString &name, Target target)
{
    const int maxLength = target == Target::Sav ? kSavMaxNameBytes : kDtaMaxNameChars;
    return !name.isEmpty() && name.size() <= maxLength && name.at(0).isLetter() && isNameChar(name.at(0))
        && std::all_of(name.begin(), name.end(), isNameChar) && !isReserved(name, target);
}

QString sanitizedName(const QString &name, Target target)
{
    QString out;
    for (QChar c : name)
        out += isNameChar(c) ? c : QLatin1Char('_');
    if (out.isEmpty() || !(out.at(0).isLetter() && isNameChar(out.at(0))))
        out.prepend(QLatin1Char('v'));
    // A suffix would not help "str5" (ReadStat reads "str5_" as str<number>), a prefix always does.
    if (isReserved(out, target))
        out.prepend(QLatin1Char('v'));
    out.truncate(target == Target::Sav ? kSavMaxNameBytes : kDtaMaxNameChars);
    return out;
}

// SPSS names ignore case: "Age" and "age" are the same variable there.
QString nameKey(const QString &name, Target target)
{
    return target == Target::Sav ? name.toLower() : name;
}

// Valid names are kept first, so a sanitized name never takes a name that was already valid.
QStringList variableNames(const Table &table, Target target)
{
    const int maxLength = target == Target::Sav ? kSavMaxNameBytes : kDtaMaxNameChars;
    QStringList names;
    QSet<QString> taken;
    for (int i = 0; i < table.columnCount(); ++i) {
        const QString &name = table.column(i).name();
        const bool keep = isValidName(name, target) && !taken.contains(nameKey(name, target));
        names << (keep ? name : QString());
        if (keep)
            taken.insert(nameKey(name, target));
    }
    for (int i = 0; i < table.columnCount(); ++i) {
        if (!names[i].isEmpty())
            continue;
        const QString base = sanitizedName(table.column(i).name(), target);
        QString candidate = base;
        for (int n = 2; taken.contains(nameKey(candidate, target)); ++n) {
            const QString suffix = QStringLiteral("_%1").arg(n);
            candidate = base.left(maxLength - suffix.size()) + suffix;
        }
        names[i] = candidate;
        taken.insert(nameKey(candidate, target));
    }
    return names;
}

ssize_t writeToFile(const void *data, size_t length, void *ctx)
{
    const qint64 written = static_cast<QSaveFile *>(ctx)->write(static_cast<const char *>(data), qint64(length));
    // ReadStat stores this in a size_t: -1 would read as success, 0 reads as a short write.
    return written < 0 ? 0 : ssize_t(written);
}

double encodeTimestamp(int64_t seconds, TimestampPrecision precision, Target target)
{
    const bool isDate = precision == TimestampPrecision::Date;
    if (target == Target::Sav) // seconds since 1582-10-14
        return double((isDate ? floorDiv(seconds, kSecondsPerDay) * kSecondsPerDay : seconds) + kSeconds1582To1970);
    if (isDate)                // Stata %td: days since 1960-01-01
        return double(floorDiv(seconds, kSecondsPerDay) + kDays1960To1970);
    return (double(seconds) + double(kDays1960To1970 * kSecondsPerDay)) * 1000.0; // %tc: milliseconds
}

Diagnostic writeError(const QString &path, Target target, const QString &message)
{
    return Diagnostic::error(path, message,
                             QStringLiteral("Check the folder and the free disk space, or export CSV instead of %1.")
                                 .arg(targetName(target)));
}

QString readstatText(readstat_error_t error)
{
    return QStringLiteral("ReadStat: %1").arg(QString::fromUtf8(readstat_error_message(error)));
}

using WriterPtr = std::unique_ptr<readstat_writer_t, decltype(&readstat_writer_free)>;

// Declares one variable (and its value labels) per column, in column order.
std::vector<readstat_variable_t *> declareVariables(readstat_writer_t *writer, const Table &table, Target target)
{
    const bool sav = target == Target::Sav;
    const QStringList names = variableNames(table, target);
    std::vector<readstat_variable_t *> variables;
    for (int i = 0; i < table.columnCount(); ++i) {
        const Column &column = table.column(i);
        const QByteArray name = names[i].toUtf8();
        readstat_variable_t *variable = nullptr;
        switch (column.kind()) {
        case StorageKind::Numeric:
            variable = readstat_add_variable(writer, name.constData(), READSTAT_TYPE_DOUBLE, 0);
            readstat_variable_set_measure(variable, READSTAT_MEASURE_SCALE);
            break;
        case StorageKind::Categorical: {
            // Stata value labels are keyed by integers and need a name; SPSS keys them by doubles.
            readstat_label_set_t *labels =
                readstat_add_label_set(writer, sav ? READSTAT_TYPE_DOUBLE : READSTAT_TYPE_INT32, name.constData());
            for (qsizetype code = 0; code < column.labels().size(); ++code) {
                const QByteArray text = utf8Prefix(column.labels().at(code), sav ? kSavMaxValueLabelBytes : kDtaMaxValueLabelBytes);
                if (sav)
                    readstat_label_double_value(labels, double(code + 1), text.constData());
                else
                    readstat_label_int32_value(labels, int32_t(code + 1), text.constData());
            }
            variable = readstat_add_variable(writer, name.constData(), sav ? READSTAT_TYPE_DOUBLE : READSTAT_TYPE_INT32, 0);
            readstat_variable_set_label_set(variable, labels);
            readstat_variable_set_measure(variable, READSTAT_MEASURE_NOMINAL);
            if (sav)
                readstat_variable_set_format(variable, "F8.0");
            break;
        }
        case StorageKind::Timestamp: {
            const bool isDate = column.precision() == TimestampPrecision::Date;
            variable = readstat_add_variable(writer, name.constData(), READSTAT_TYPE_DOUBLE, 0);
            readstat_variable_set_format(variable, sav ? (isDate ? "DATE11" : "DATETIME20") : (isDate ? "%td" : "%tc"));
            readstat_variable_set_measure(variable, READSTAT_MEASURE_SCALE);
            break;
        }
        }
        if (names[i] != column.name()) {
            const QByteArray label = utf8Prefix(column.name(), sav ? kSavMaxVariableLabelBytes : kDtaMaxVariableLabelBytes);
            readstat_variable_set_label(variable, label.constData());
        }
        variables.push_back(variable);
    }
    return variables;
}

readstat_error_t insertValue(readstat_writer_t *writer, const readstat_variable_t *variable, const Column &column,
                             size_t row, Target target)
{
    if (column.isMissing(row))
        return readstat_insert_missing_value(writer, variable);
    switch (column.kind()) {
    case StorageKind::Numeric:
        // Neither format has infinities; ReadStat would write Stata's -inf as raw bits.
        if (!std::isfinite(column.numbers()[row]))
            return READSTAT_ERROR_NUMERIC_VALUE_IS_OUT_OF_RANGE;
        return readstat_insert_double_value(writer, variable, column.numbers()[row]);
    case StorageKind::Categorical:
        if (target == Target::Sav)
            return readstat_insert_double_value(writer, variable, double(column.codes()[row]) + 1);
        return readstat_insert_int32_value(writer, variable, column.codes()[row] + 1);
    case StorageKind::Timestamp:
        return readstat_insert_double_value(writer, variable,
                                            encodeTimestamp(column.seconds()[row], column.precision(), target));
    }
    return READSTAT_OK;
}

std::optional<Diagnostic> writeTable(const Table &table, const QString &path, Target target)
{
    // QSaveFile writes beside the target and renames on commit: a failed export leaves no partial file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, target, QStringLiteral("the file cannot be created: %1").arg(file.errorString()));

    WriterPtr writer(readstat_writer_init(), &readstat_writer_free);
    if (!writer)
        throw std::bad_alloc();
    readstat_set_data_writer(writer.get(), &writeToFile);
    const std::vector<readstat_variable_t *> variables = declareVariables(writer.get(), table, target);

    const long rows = long(table.rowCount());
    readstat_error_t error = target == Target::Sav ? readstat_begin_writing_sav(writer.get(), &file, rows)
                                                   : readstat_begin_writing_dta(writer.get(), &file, rows);
    if (error != READSTAT_OK) {
        return writeError(path, target, QStringLiteral("the table cannot be stored as a %1 file (%2)")
                                            .arg(targetName(target), readstatText(error)));
    }
    for (size_t row = 0; row < table.rowCount(); ++row) {
        if ((error = readstat_begin_row(writer.get())) != READSTAT_OK)
            return writeError(path, target, QStringLiteral("writing row %1 failed (%2)").arg(row + 1).arg(readstatText(error)));
        for (int i = 0; i < table.columnCount(); ++i) {
            error = insertValue(writer.get(), variables[size_t(i)], table.column(i), row, target);
            if (error != READSTAT_OK) {
                Diagnostic diagnostic = writeError(
                    path, target, QStringLiteral("row %1 holds a value that a %2 file cannot store (%3)")
                                      .arg(row + 1).arg(targetName(target), readstatText(error)));
                diagnostic.fix = QStringLiteral("Clear or correct that value, or export CSV instead.");
                diagnostic.column = i + 1;
                diagnostic.columnName = table.column(i).name();
                return diagnostic;
            }
        }
        if ((error = readstat_end_row(writer.get())) != READSTAT_OK)
            return writeError(path, target, QStringLiteral("writing row %1 failed (%2)").arg(row + 1).arg(readstatText(error)));
    }
    if ((error = readstat_end_writing(writer.get())) != READSTAT_OK)
        return writeError(path, target, QStringLiteral("finishing the file failed (%1)").arg(readstatText(error)));
    if (!file.commit())
        return writeError(path, target, QStringLiteral("the file cannot be saved: %1").arg(file.errorString()));
    return std::nullopt;
}

std::optional<Diagnostic> guardedWrite(const Table &table, const QString &path, Target target)
{
    try {
        return writeTable(table, path, target);
    } catch (const std::exception &error) {
        return writeError(path, target, QStringLiteral("writing stopped: %1").arg(QString::fromLocal8Bit(error.what())));
    }
}

} // namespace

std::optional<Diagnostic> ReadStatWriter::writeSav(const Table &table, const QString &path)
{
    return guardedWrite(table, path, Target::Sav);
}

std::optional<Diagnostic> ReadStatWriter::writeDta(const Table &table, const QString &path)
{
    return guardedWrite(table, path, Target::Dta);
}

} // namespace synthreg::core
