#pragma once

#include "core/stats/survivalmetrics.h"

#include <QWidget>

#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace synthreg::gui {

class ChartPanel;

/**
 * The Survival view: per endpoint the Kaplan-Meier curves of real and synthetic data with
 * confidence bands, the numbers at risk under the plot, medians and the log-rank test.
 */
class SurvivalView : public QWidget
{
    Q_OBJECT

public:
    explicit SurvivalView(QWidget *parent = nullptr);

    void setEndpoints(const std::vector<core::SurvivalEndpointEvaluation> &endpoints);
    void clear() { setEndpoints({}); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSelected();

    QComboBox *m_endpoint;
    QLabel *m_summary;
    QChartView *m_chartView;
    ChartPanel *m_panel;
    QLabel *m_atRiskTitle;
    QTableWidget *m_atRisk;
    std::vector<core::SurvivalEndpointEvaluation> m_endpoints;
};

} // namespace synthreg::gui
