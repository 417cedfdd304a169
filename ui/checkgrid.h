#pragma once

#include "core/privacy/privacychecks.h"

#include <QColor>
#include <QWidget>

namespace synthreg::gui {

/** "Pass", "Warning", "Fail", "Not computed", translated. */
QString checkOutcomeName(core::CheckOutcome outcome);
/** The chip colour of an outcome: green, amber, red, grey (white text reads on each). */
QColor checkOutcomeColor(core::CheckOutcome outcome);

/**
 * Checks as a grid of labels: name, a coloured result chip, value, limit and the explanation,
 * which wraps so the rows grow with it. The privacy panel and the release gate show their
 * checks with it. Counts (copies, small cells) show without decimals.
 */
class CheckGrid : public QWidget
{
    Q_OBJECT

public:
    explicit CheckGrid(QWidget *parent = nullptr);
    void setChecks(const std::vector<core::PrivacyCheck> &checks);
};

} // namespace synthreg::gui
