#pragma once

#include <QStyledItemDelegate>

namespace synthreg::gui {

/**
 * Editors for the Schema mode: a combo box listing every role (with its role-family
 * swatch) in the role column and every missing-value policy in the missing-values column.
 * Choosing an item commits at once and closes the editor, so one click on an item is one
 * undoable change. Other columns get the default behaviour (and are not editable).
 */
class SchemaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SchemaDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace synthreg::gui
