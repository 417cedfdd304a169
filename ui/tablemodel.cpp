#include "tablemodel.h"

#include <QGuiApplication>
#include <QPalette>

#include <limits>

namespace synthreg::gui {

QString storageKindDisplayName(core::StorageKind kind)
{
    switch (kind) {
    case core::StorageKind::Numeric: return TableModel::tr("Number");
    case core::StorageKind::Categorical: return TableModel::tr("Category");
    case core::StorageKind::Timestamp: return TableModel::tr("Date");
    }
    return {};
}

TableModel::TableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TableModel::setTable(const core::Table &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

void TableModel::retranslate()
{
    if (columnCount() == 0)
        return;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // Views address rows with int; larger tables show their first INT_MAX rows.
    return int(std::min<size_t>(m_table.rowCount(), size_t(std::numeric_limits<int>::max())));
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.columnCount();
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const core::Column &column = m_table.column(index.column());
    const auto row = size_t(index.row());

    switch (role) {
    case Qt::DisplayRole:
        return column.isMissing(row) ? QStringLiteral("\u2014") : column.displayText(row);
    case Qt::AccessibleTextRole:
        return column.isMissing(row) ? tr("Missing value") : column.displayText(row);
    case Qt::ToolTipRole:
        return column.isMissing(row) ? tr("Missing value") : QVariant();
    case Qt::ForegroundRole:
        if (column.isMissing(row))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (column.isMissing(row))
            return int(Qt::AlignCenter);
        if (column.kind() == core::StorageKind::Numeric)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= columnCount())
        return {};
    const core::Column &column = m_table.column(section);
    switch (role) {
    case Qt::DisplayRole:
        return column.name();
    case Qt::ToolTipRole:
        return tr("%1 (%2)").arg(column.name(), storageKindDisplayName(column.kind()));
    case Qt::TextAlignmentRole:
        // Over the values they label: numbers are right-aligned.
        return int((column.kind() == core::StorageKind::Numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace synthreg::gui
