#pragma once

#include "core/stats/correlation.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace synthreg::gui {

class ChartPanel;

/** The colour scale of the difference heatmap (screen and report): differences beyond ±0.5 are
 *  already alarming, and a narrower scale than the matrices' ±1 shows the small ones too. */
inline constexpr double kCorrelationDifferenceScale = 0.5;
class HeatmapWidget;

/**
 * The Correlations view: association heatmaps of the real data, the synthetic data and their
 * difference side by side (Pearson- or Spearman-based; categorical cells use Cramér's V or the
 * correlation ratio), with a legend, tooltips and a "Show data" table of every pair.
 */
class CorrelationsView : public QWidget
{
    Q_OBJECT

public:
    explicit CorrelationsView(QWidget *parent = nullptr);

    void setReport(const core::CorrelationReport &report);
    void clear();
    HeatmapWidget *heatmap(int index) const { return m_heatmaps[index]; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    QLabel *m_coefficientLabel;
    QComboBox *m_coefficient;
    QLabel *m_note;
    HeatmapWidget *m_heatmaps[3];
    ChartPanel *m_panel;
    std::optional<core::CorrelationReport> m_report;
};

} // namespace synthreg::gui
