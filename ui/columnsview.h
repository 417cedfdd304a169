#pragma once

#include "core/data/table.h"
#include "core/stats/fidelity.h"

#include <QWidget>

#include <vector>

class QChartView;
class QListWidget;

namespace synthreg::gui {

class ChartPanel;

/**
 * The Columns view of an evaluation: every scored column with its shape score, worst first,
 * and for the selected one the real and synthetic distributions overlaid (densities or level
 * shares, missing shares in the legend), with its "Show data" table.
 */
class ColumnsView : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnsView(QWidget *parent = nullptr);

    /**
     * `real` restricted to `realRows` (all rows when empty) is what the generator was trained
     * on; the tables are shared, not copied, and a column is selected only when it is shown.
     */
    void setData(const core::FidelityReport &fidelity, core::Table real, std::vector<size_t> realRows, core::Table synthetic);
    void clear();
    /** Shows the column named `column` (tests, and the scorecard's weakest columns). */
    void showColumn(const QString &column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();

    QListWidget *m_list;
    QChartView *m_chartView;
    ChartPanel *m_panel;
    core::Table m_real;
    std::vector<size_t> m_realRows;
    core::Table m_synthetic;
};

} // namespace synthreg::gui
