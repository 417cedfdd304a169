#include "table.h"

#include <stdexcept>

namespace synthreg::core {

int Table::indexOf(const QString &name) const
{
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i]->name() == name)
            return int(i);
    }
    return -1;
}

QStringList Table::columnNames() const
{
    QStringList names;
    names.reserve(qsizetype(m_columns.size()));
    for (const auto &column : m_columns)
        names << column->name();
    return names;
}

void Table::addColumn(Column column)
{
    if (!m_columns.empty() && column.size() != rowCount())
        throw std::invalid_argument("Table::addColumn: column length differs from the table's row count");
    m_columns.push_back(std::make_shared<const Column>(std::move(column)));
}

void Table::replaceColumn(int index, Column column)
{
    if (column.size() != rowCount())
        throw std::invalid_argument("Table::replaceColumn: column length differs from the table's row count");
    m_columns.at(size_t(index)) = std::make_shared<const Column>(std::move(column));
}

Table Table::selectRows(const std::vector<size_t> &rows) const
{
    Table out;
    out.m_provenance = m_provenance;
    for (const auto &column : m_columns)
        out.m_columns.push_back(std::make_shared<const Column>(column->selectRows(rows)));
    return out;
}

Table Table::selectColumns(const QStringList &names) const
{
    Table out;
    out.m_provenance = m_provenance;
    for (const QString &name : names)
        if (const int index = indexOf(name); index >= 0)
            out.m_columns.push_back(m_columns[size_t(index)]);
    return out;
}

Table Table::head(size_t n) const
{
    std::vector<size_t> rows(std::min(n, rowCount()));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = i;
    return selectRows(rows);
}

size_t Table::storageBytes() const
{
    size_t bytes = 0;
    for (const auto &column : m_columns)
        bytes += column->storageBytes();
    return bytes;
}

namespace {

Column concatenateColumn(const std::vector<Table> &parts, int index)
{
    const Column &first = parts.front().column(index);
    switch (first.kind()) {
    case StorageKind::Numeric: {
        std::vector<double> values;
        for (const Table &part : parts)
            values.insert(values.end(), part.column(index).numbers().begin(), part.column(index).numbers().end());
        return Column::numeric(first.name(), std::move(values));
    }
    case StorageKind::Categorical: {
        QStringList labels = first.labels();
        std::vector<int32_t> codes;
        for (const Table &part : parts) {
            const Column &column = part.column(index);
            std::vector<int32_t> remap;
            for (const QString &label : column.labels()) {
                qsizetype code = labels.indexOf(label);
                if (code < 0) {
                    labels << label;
                    code = labels.size() - 1;
                }
                remap.push_back(int32_t(code));
            }
            for (const int32_t code : column.codes())
                codes.push_back(code < 0 ? Column::kMissingCode : remap[size_t(code)]);
        }
        return Column::categorical(first.name(), std::move(codes), labels);
    }
    case StorageKind::Timestamp: {
        std::vector<int64_t> seconds;
        std::vector<uint8_t> missing;
        for (const Table &part : parts) {
            const Column &column = part.column(index);
            seconds.insert(seconds.end(), column.seconds().begin(), column.seconds().end());
            missing.insert(missing.end(), column.missingMask().begin(), column.missingMask().end());
        }
        Column out = Column::timestamp(first.name(), std::move(seconds), std::move(missing), first.precision());
        out.setSourceFormat(first.sourceFormat());
        return out;
    }
    }
    return first;
}

} // namespace

Table concatenateRows(const std::vector<Table> &parts)
{
    if (parts.empty())
        return {};
    Table out;
    out.setProvenance(parts.front().provenance());
    for (int c = 0; c < parts.front().columnCount(); ++c)
        out.addColumn(concatenateColumn(parts, c));
    return out;
}

} // namespace synthreg::core
