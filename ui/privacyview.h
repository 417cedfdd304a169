#pragma once

#include "chartpanel.h"

#include "core/privacy/privacychecks.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;

namespace synthreg::gui {

class CheckGrid;

/**
 * The distances from each synthetic row, and from each holdout row, to the closest training
 * row, as two histograms over the same bins: if the synthetic curve sits left of the holdout
 * one, synthetic rows hug training patients more closely than new patients do. The caller
 * owns the chart; screen and report share it.
 */
QChart *createDcrChart(const core::DcrResult &dcr, const QPalette &palette);
/** The bins of that chart: distance range and the share of each side's rows in it. */
ChartData dcrData(const core::DcrResult &dcr);

/**
 * The Privacy view: a verdict in plain language with a traffic light, each check with its
 * figure, limit and explanation, the DCR distributions and the small cells.
 */
class PrivacyView : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacyView(QWidget *parent = nullptr);

    /** Without a privacy report (no holdout) the view says why there is nothing to show. */
    void setReport(const std::optional<core::PrivacyReport> &report);
    void clear() { setReport(std::nullopt); }
    QString verdict() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QLabel *m_light;
    QLabel *m_verdict;
    CheckGrid *m_checks;
    QChartView *m_chartView;
    ChartPanel *m_panel;
    QTableWidget *m_smallCells;
    QLabel *m_smallCellsTitle;
    std::optional<core::PrivacyReport> m_report;
};

} // namespace synthreg::gui
