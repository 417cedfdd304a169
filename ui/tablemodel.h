#pragma once

#include "core/data/table.h"

#include <QAbstractTableModel>

namespace synthreg::gui {

/**
 * Read-only view of a Table for QTableView. Cells are formatted on request from the
 * columnar storage (Column::displayText), so the model holds no copies and a table of
 * millions of rows costs nothing beyond the Table itself.
 *
 * Missing cells read "—" in the palette's placeholder colour, with "Missing value" as
 * their tooltip and accessible text, so the distinction does not rely on colour alone.
 */
class TableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TableModel(QObject *parent = nullptr);

    /** Shares the table's columns (a Table copy is cheap) and resets the model. */
    void setTable(const core::Table &table);
    const core::Table &table() const { return m_table; }

    /** Re-announces headers and cells after a language change. */
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::Table m_table;
};

/** Translated name of a storage kind ("Number", "Category", "Date"). */
QString storageKindDisplayName(core::StorageKind kind);

} // namespace synthreg::gui
