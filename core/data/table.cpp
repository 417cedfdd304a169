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

} // namespace synthreg::core
