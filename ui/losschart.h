#pragma once

#include "core/models/generator.h"

#include <QWidget>

#include <map>
#include <string>

class QChart;
class QChartView;
class QLineSeries;
class QTableWidget;
class QValueAxis;

namespace synthreg::gui {

class ChartPanel;

/**
 * The live loss chart of a training run: one line per loss the generator reports (generator,
 * discriminator, reconstruction, KL …) against the epoch, and a "Show data" table with the
 * same numbers for readers who cannot use the chart.
 */
class LossChart : public QWidget
{
    Q_OBJECT

public:
    explicit LossChart(QWidget *parent = nullptr);

    void clear();
    void addEpoch(const core::EpochReport &report);
    /** Points drawn so far, over all lines (tests and the accessibility table). */
    int pointCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyPalette();
    QLineSeries *seriesFor(const std::string &loss);

    QChart *m_chart;
    QChartView *m_view;
    QValueAxis *m_epochAxis;
    QValueAxis *m_lossAxis;
    ChartPanel *m_panel;
    QTableWidget *m_table;   ///< the panel's "Show data" table
    std::map<std::string, QLineSeries *> m_series;
    double m_lowest = 0;
    double m_highest = 0;
};

} // namespace synthreg::gui
