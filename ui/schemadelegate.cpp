#include "schemadelegate.h"

#include "core/data/columnspec.h"
#include "rolefamily.h"
#include "schemamodel.h"

#include <QComboBox>
#include <QPainter>
#include <QPixmap>

namespace synthreg::gui {

namespace {

QIcon familySwatch(RoleFamily family, const QPalette &palette, int side)
{
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(roleFamilyAccent(family, palette));
    painter.setBrush(roleFamilyBackground(family, palette));
    painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 3, 3);
    return QIcon(pixmap);
}

} // namespace

SchemaDelegate::SchemaDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *SchemaDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    if (index.column() == SchemaModel::RoleColumn) {
        combo->setAccessibleName(tr("Role of %1").arg(index.siblingAtColumn(SchemaModel::NameColumn).data().toString()));
        const int side = combo->fontMetrics().height() - 2;
        for (int i = 0; i <= int(core::ColumnRole::Excluded); ++i) {
            const auto role = core::ColumnRole(i);
            combo->addItem(familySwatch(roleFamily(role), option.palette, side), core::roleDisplayName(role), i);
        }
    } else if (index.column() == SchemaModel::MissingPolicyColumn) {
        combo->setAccessibleName(
            tr("Missing values of %1").arg(index.siblingAtColumn(SchemaModel::NameColumn).data().toString()));
        for (int i = 0; i <= int(core::MissingPolicy::DropRows); ++i)
            combo->addItem(core::missingPolicyDisplayName(core::MissingPolicy(i)), i);
    } else {
        delete combo;
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    combo->setMaxVisibleItems(combo->count());
    // One choice is one edit: commit on activation instead of waiting for focus to leave.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<SchemaDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void SchemaDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SchemaDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void SchemaDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    Q_UNUSED(index);
    editor->setGeometry(option.rect);
}

} // namespace synthreg::gui
