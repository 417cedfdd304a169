#include "checkgrid.h"

#include "chartpanel.h"

#include <QGridLayout>
#include <QLabel>

namespace synthreg::gui {

QString checkOutcomeName(core::CheckOutcome outcome)
{
    switch (outcome) {
    case core::CheckOutcome::Pass: return CheckGrid::tr("Pass");
    case core::CheckOutcome::Warn: return CheckGrid::tr("Warning");
    case core::CheckOutcome::Fail: return CheckGrid::tr("Fail");
    case core::CheckOutcome::NotComputed: break;
    }
    return CheckGrid::tr("Not computed");
}

QColor checkOutcomeColor(core::CheckOutcome outcome)
{
    switch (outcome) {
    case core::CheckOutcome::Pass: return QColor(0x1b, 0x7a, 0x3a);
    case core::CheckOutcome::Warn: return QColor(0x9a, 0x5b, 0x00);
    case core::CheckOutcome::Fail: return QColor(0xb3, 0x26, 0x1e);
    case core::CheckOutcome::NotComputed: break;
    }
    return QColor(0x5f, 0x63, 0x68);
}

CheckGrid::CheckGrid(QWidget *parent)
    : QWidget(parent)
{
    new QGridLayout(this);
}

void CheckGrid::setChecks(const std::vector<core::PrivacyCheck> &checks)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (checks.empty())
        return;
    const QString headers[] = {tr("Check"), tr("Result"), tr("Value"), tr("Limit"), tr("What it means")};
    for (int column = 0; column < 5; ++column) {
        auto *header = new QLabel(headers[column], this);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, column, column == 2 || column == 3 ? Qt::AlignRight : Qt::AlignLeft);
    }
    for (size_t i = 0; i < checks.size(); ++i) {
        const core::PrivacyCheck &check = checks[i];
        const int row = int(i) + 1;
        const int decimals = check.key == QLatin1String("exact_matches") || check.key == QLatin1String("small_cells") ? 0 : 3;
        auto *chip = new QLabel(checkOutcomeName(check.outcome), this);
        chip->setObjectName(QStringLiteral("check_") + check.key);
        chip->setAlignment(Qt::AlignCenter);
        chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; padding: 1px 8px; }")
                                .arg(checkOutcomeColor(check.outcome).name()));
        auto *explanation = new QLabel(check.explanation, this);
        explanation->setWordWrap(true);
        grid->addWidget(new QLabel(check.name, this), row, 0, Qt::AlignTop);
        grid->addWidget(chip, row, 1, Qt::AlignTop);
        grid->addWidget(new QLabel(displayNumber(check.value, decimals), this), row, 2, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(new QLabel(displayNumber(check.limit, decimals), this), row, 3, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(explanation, row, 4);
    }
    for (QLabel *label : findChildren<QLabel *>())
        label->setAccessibleName(label->text());
    grid->setColumnStretch(4, 1);
    grid->setHorizontalSpacing(14);
}

} // namespace synthreg::gui
