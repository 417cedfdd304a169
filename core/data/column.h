#pragma once

#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <vector>

namespace synthreg::core {

/** How a column's values are stored. The role a column plays lives in the Schema, not here. */
enum class StorageKind {
    Numeric,      ///< double, NaN = missing
    Categorical,  ///< int32 code into labels(), -1 = missing
    Timestamp,    ///< int64 seconds since 1970-01-01 UTC plus a missing mask
};

/** Whether a Timestamp column holds calendar dates or full date-times. */
enum class TimestampPrecision { Date, DateTime };

/**
 * One typed, missing-aware column of a Table. Exactly one of the three storages is used,
 * chosen by kind(); the others stay empty. Value type: cheap to move, copied deliberately.
 */
class Column
{
public:
    static constexpr int32_t kMissingCode = -1;

    static Column numeric(QString name, std::vector<double> values);
    static Column categorical(QString name, std::vector<int32_t> codes, QStringList labels);
    static Column timestamp(QString name, std::vector<int64_t> seconds, std::vector<uint8_t> missing,
                            TimestampPrecision precision);

    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    StorageKind kind() const { return m_kind; }
    size_t size() const;

    bool isMissing(size_t row) const;
    size_t missingCount() const;

    const std::vector<double> &numbers() const { return m_numbers; }
    const std::vector<int32_t> &codes() const { return m_codes; }
    const QStringList &labels() const { return m_labels; }
    const std::vector<int64_t> &seconds() const { return m_seconds; }
    const std::vector<uint8_t> &missingMask() const { return m_missing; }
    TimestampPrecision precision() const { return m_precision; }
    /** How the source wrote the values, e.g. "dd.MM.yyyy" for dates; empty when not known. */
    const QString &sourceFormat() const { return m_sourceFormat; }
    void setSourceFormat(const QString &format) { m_sourceFormat = format; }

    /** The value as a user would read it: shortest round-trip number, label, ISO date; empty if missing. */
    QString displayText(size_t row) const;

    /** A new column holding the given rows, in that order. */
    Column selectRows(const std::vector<size_t> &rows) const;

    /** Bytes the stored values occupy (the budget reference for memory benchmarks). */
    size_t storageBytes() const;

private:
    QString m_name;
    StorageKind m_kind = StorageKind::Numeric;
    std::vector<double> m_numbers;
    std::vector<int32_t> m_codes;
    QStringList m_labels;
    std::vector<int64_t> m_seconds;
    std::vector<uint8_t> m_missing;
    TimestampPrecision m_precision = TimestampPrecision::Date;
    QString m_sourceFormat;
};

/** Formats a double the way a user typed it: shortest representation that reads back exactly. */
QString formatNumber(double value);

} // namespace synthreg::core
