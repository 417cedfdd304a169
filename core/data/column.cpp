#include "column.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace synthreg::core {

QString formatNumber(double value)
{
    if (std::isnan(value))
        return {};
    char buffer[32];
    // std::to_chars without a format gives the shortest text that reads back to the same double.
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

Column Column::numeric(QString name, std::vector<double> values)
{
    Column column;
    column.m_name = std::move(name);
    column.m_kind = StorageKind::Numeric;
    column.m_numbers = std::move(values);
    return column;
}

Column Column::categorical(QString name, std::vector<int32_t> codes, QStringList labels)
{
    Column column;
    column.m_name = std::move(name);
    column.m_kind = StorageKind::Categorical;
    column.m_codes = std::move(codes);
    column.m_labels = std::move(labels);
    return column;
}

Column Column::timestamp(QString name, std::vector<int64_t> seconds, std::vector<uint8_t> missing,
                         TimestampPrecision precision)
{
    if (missing.size() != seconds.size())
        throw std::invalid_argument("Column::timestamp: mask and values differ in length");
    Column column;
    column.m_name = std::move(name);
    column.m_kind = StorageKind::Timestamp;
    column.m_seconds = std::move(seconds);
    column.m_missing = std::move(missing);
    column.m_precision = precision;
    return column;
}

size_t Column::size() const
{
    switch (m_kind) {
    case StorageKind::Numeric: return m_numbers.size();
    case StorageKind::Categorical: return m_codes.size();
    case StorageKind::Timestamp: return m_seconds.size();
    }
    return 0;
}

bool Column::isMissing(size_t row) const
{
    switch (m_kind) {
    case StorageKind::Numeric: return std::isnan(m_numbers[row]);
    case StorageKind::Categorical: return m_codes[row] < 0;
    case StorageKind::Timestamp: return m_missing[row] != 0;
    }
    return true;
}

size_t Column::missingCount() const
{
    switch (m_kind) {
    case StorageKind::Numeric:
        return size_t(std::count_if(m_numbers.begin(), m_numbers.end(), [](double v) { return std::isnan(v); }));
    case StorageKind::Categorical:
        return size_t(std::count_if(m_codes.begin(), m_codes.end(), [](int32_t c) { return c < 0; }));
    case StorageKind::Timestamp:
        return size_t(std::count(m_missing.begin(), m_missing.end(), uint8_t(1)));
    }
    return 0;
}

QString Column::displayText(size_t row) const
{
    if (isMissing(row))
        return {};
    switch (m_kind) {
    case StorageKind::Numeric:
        return formatNumber(m_numbers[row]);
    case StorageKind::Categorical:
        return m_labels.value(m_codes[row]);
    case StorageKind::Timestamp: {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(m_seconds[row], QTimeZone::utc());
        return m_precision == TimestampPrecision::Date ? when.date().toString(Qt::ISODate)
                                                       : when.toString(Qt::ISODate);
    }
    }
    return {};
}

template <typename T>
static std::vector<T> gather(const std::vector<T> &values, const std::vector<size_t> &rows)
{
    std::vector<T> out;
    out.reserve(rows.size());
    for (size_t row : rows)
        out.push_back(values.at(row));
    return out;
}

Column Column::selectRows(const std::vector<size_t> &rows) const
{
    Column out;
    out.m_name = m_name;
    out.m_kind = m_kind;
    out.m_labels = m_labels;
    out.m_precision = m_precision;
    out.m_sourceFormat = m_sourceFormat;
    switch (m_kind) {
    case StorageKind::Numeric: out.m_numbers = gather(m_numbers, rows); break;
    case StorageKind::Categorical: out.m_codes = gather(m_codes, rows); break;
    case StorageKind::Timestamp:
        out.m_seconds = gather(m_seconds, rows);
        out.m_missing = gather(m_missing, rows);
        break;
    }
    return out;
}

size_t Column::storageBytes() const
{
    size_t labelBytes = 0;
    for (const QString &label : m_labels)
        labelBytes += sizeof(QString) + size_t(label.size()) * sizeof(QChar);
    return m_numbers.size() * sizeof(double) + m_codes.size() * sizeof(int32_t)
         + m_seconds.size() * sizeof(int64_t) + m_missing.size() + labelBytes;
}

} // namespace synthreg::core
