#pragma once

#include "column.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace synthreg::core {

/** Where a Table came from: kept with it so every derived artefact can name its source. */
struct TableProvenance
{
    QString sourcePath;   ///< file the data was read from, or a resource path for the demo
    QString format;       ///< "csv", "sqlite", "sav", "dta", "sas7bdat", "xpt", "project"
    QString tableOrQuery; ///< SQLite table name or SELECT, empty otherwise
    QString sha256;       ///< hex SHA-256 of the source bytes, empty when not computed
    QString missingText;  ///< how the source wrote a missing value ("NA", "."); empty = an empty cell
};

/**
 * A columnar, typed, missing-aware table. Columns are shared immutably between copies, so
 * copying a Table or selecting columns is cheap; selecting rows copies the values.
 */
class Table
{
public:
    Table() = default;

    size_t rowCount() const { return m_columns.empty() ? 0 : m_columns.front()->size(); }
    int columnCount() const { return int(m_columns.size()); }
    const Column &column(int index) const { return *m_columns.at(size_t(index)); }
    /** Index of the column named `name`, or -1. */
    int indexOf(const QString &name) const;
    QStringList columnNames() const;

    /** Appends a column; it must have rowCount() rows unless the table is empty. */
    void addColumn(Column column);
    void replaceColumn(int index, Column column);

    Table selectRows(const std::vector<size_t> &rows) const;
    /** The columns named in `names`, in that order, sharing their values (cheap); unknown names are skipped. */
    Table selectColumns(const QStringList &names) const;
    Table head(size_t n) const;

    const TableProvenance &provenance() const { return m_provenance; }
    void setProvenance(TableProvenance provenance) { m_provenance = std::move(provenance); }

    size_t storageBytes() const;

private:
    std::vector<std::shared_ptr<const Column>> m_columns;
    TableProvenance m_provenance;
};

/**
 * The rows of `parts` one after another. Every part must have the same columns (names and
 * storage kinds) as the first; categories are matched by label. The provenance is the first part's.
 */
Table concatenateRows(const std::vector<Table> &parts);

} // namespace synthreg::core
