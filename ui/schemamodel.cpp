#include "schemamodel.h"

#include "datasetsession.h"
#include "rolefamily.h"
#include "setcolumnspeccommand.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <QUndoStack>

namespace synthreg::gui {

namespace {

QString formatShare(double share)
{
    if (share <= 0)
        return QLocale().toString(0) + QStringLiteral("\u00a0%");
    // Never round a few missing values down to "0 %": that reads as "none".
    const double percent = std::max(share * 100, 0.1);
    return QLocale().toString(percent, 'f', 1) + QStringLiteral("\u00a0%");
}

} // namespace

SchemaModel::SchemaModel(DatasetSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &DatasetSession::datasetAboutToChange, this, &SchemaModel::beginResetModel);
    connect(session, &DatasetSession::datasetChanged, this, &SchemaModel::endResetModel);
    connect(session, &DatasetSession::columnSpecChanged, this, &SchemaModel::refreshRow);
}

void SchemaModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SchemaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_session->schema().columns.size());
}

int SchemaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchemaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const core::ColumnSpec *spec = m_session->columnSpec(index.row());
    if (!spec)
        return {};
    const core::ColumnProfile *profile = m_session->profile(index.row());
    const double share = profile ? profile->missingShare() : 0.0;

    switch (role) {
    case ColumnRoleRole: return int(spec->role);
    case MissingPolicyRole: return int(spec->missing);
    case MissingShareRole: return share;
    case WarningsRole: return spec->warnings;
    default: break;
    }

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return spec->name;
        break;
    case RoleColumn:
        if (role == Qt::DisplayRole)
            return core::roleDisplayName(spec->role);
        if (role == Qt::EditRole)
            return int(spec->role);
        if (role == Qt::BackgroundRole)
            return roleFamilyBackground(roleFamily(spec->role), QApplication::palette());
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2 role)").arg(core::roleDisplayName(spec->role),
                                          roleFamilyDisplayName(roleFamily(spec->role)));
        break;
    case MissingPolicyColumn:
        if (role == Qt::DisplayRole)
            return core::missingPolicyDisplayName(spec->missing);
        if (role == Qt::EditRole)
            return int(spec->missing);
        break;
    case MissingShareColumn:
        if (role == Qt::DisplayRole)
            return formatShare(share);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && profile)
            return tr("%1 of %2 values missing")
                .arg(QLocale().toString(profile->missingCount), QLocale().toString(profile->rowCount));
        break;
    case ReasonColumn:
        if (role == Qt::DisplayRole) {
            if (spec->warnings.isEmpty())
                return spec->reason;
            return QStringList(spec->warnings).join(QStringLiteral(" ")) + QStringLiteral(" \u2014 ") + spec->reason;
        }
        if (role == Qt::DecorationRole && !spec->warnings.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole) {
            QStringList lines = spec->warnings;
            if (!spec->reason.isEmpty())
                lines.append(spec->reason);
            return lines.join(QLatin1Char('\n'));
        }
        if (role == Qt::AccessibleDescriptionRole && !spec->warnings.isEmpty())
            return tr("Warning: %1").arg(spec->warnings.join(QStringLiteral(" ")));
        break;
    default:
        break;
    }
    return {};
}

QVariant SchemaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Column");
    case RoleColumn: return tr("Role");
    case MissingPolicyColumn: return tr("Missing values");
    case MissingShareColumn: return tr("Missing %");
    case ReasonColumn: return tr("Reason / warnings");
    default: return {};
    }
}

Qt::ItemFlags SchemaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == RoleColumn || index.column() == MissingPolicyColumn)
        return flags | Qt::ItemIsEditable;
    return flags;
}

bool SchemaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.model() != this || role != Qt::EditRole)
        return false;
    const core::ColumnSpec *current = m_session->columnSpec(index.row());
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!current || !ok)
        return false;
    core::ColumnSpec spec = *current;
    if (index.column() == RoleColumn) {
        if (number < 0 || number > int(core::ColumnRole::Excluded))
            return false;
        spec.role = core::ColumnRole(number);
    } else if (index.column() == MissingPolicyColumn) {
        if (number < 0 || number > int(core::MissingPolicy::DropRows))
            return false;
        spec.missing = core::MissingPolicy(number);
    } else {
        return false;
    }
    if (spec == *current)
        return false;
    // The command changes the session; columnSpecChanged() then emits dataChanged() for the row.
    m_session->undoStack()->push(new SetColumnSpecCommand(m_session, index.row(), spec));
    return true;
}

void SchemaModel::refreshRow(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace synthreg::gui
