#pragma once

#include <QAbstractTableModel>

namespace synthreg::gui {

class DatasetSession;

/**
 * One row per column of the session's schema: name, role, missing-value handling,
 * missing share and the reason (and warnings) behind the proposal. Role cells are tinted
 * by role family (rolefamily.h).
 *
 * The session is the single source of truth: the model never caches specs, it follows
 * DatasetSession::datasetChanged() and columnSpecChanged(). Role and missing-value cells
 * are editable: setData() (Qt::EditRole, the core::ColumnRole or core::MissingPolicy as int)
 * pushes a SetColumnSpecCommand on the session's undo stack instead of changing anything
 * itself; the resulting columnSpecChanged() refreshes the row, whether the change came from
 * the view, from undo or from another mode.
 */
class SchemaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RoleColumn,
        MissingPolicyColumn,
        MissingShareColumn,
        ReasonColumn,
        ColumnCount
    };

    enum DataRole {
        /** The core::ColumnRole of the row, as int (for delegates and editors). */
        ColumnRoleRole = Qt::UserRole + 1,
        /** The core::MissingPolicy of the row, as int. */
        MissingPolicyRole,
        /** The missing share in [0, 1], as double (for sorting). */
        MissingShareRole,
        /** The spec's warnings, as QStringList. */
        WarningsRole,
    };

    explicit SchemaModel(DatasetSession *session, QObject *parent = nullptr);

    /** Re-announces headers and cells after a language change. */
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /** Returns false for other cells or roles, out-of-range values and values already set. */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void refreshRow(int row);

    DatasetSession *m_session;
};

} // namespace synthreg::gui
