#pragma once

#include "core/data/columnprofile.h"

#include <QChartView>

namespace synthreg::gui {

/**
 * The distribution of one column from its ColumnProfile::bins: a histogram (touching
 * vertical bars) for numbers and dates, a horizontal bar chart of the most frequent values
 * for categories. Colours come from the widget palette, so it follows dark themes.
 * The accessible description lists every bar, for screen readers.
 */
class HistogramView : public QChartView
{
    Q_OBJECT

public:
    explicit HistogramView(QWidget *parent = nullptr);

    /** `accent` fills the bars; an invalid colour means the palette's highlight. */
    void setProfile(const core::ColumnProfile &profile, const QColor &accent = QColor());
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    core::ColumnProfile m_profile;
    QColor m_accent;
    bool m_hasProfile = false;
};

/**
 * Builds the chart HistogramView shows, for the screen or for the report (one code path).
 * The caller owns the returned chart.
 */
QChart *createProfileChart(const core::ColumnProfile &profile, const QPalette &palette, const QColor &accent);

} // namespace synthreg::gui
