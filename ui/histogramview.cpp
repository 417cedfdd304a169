#include "histogramview.h"

#include "chartstyle.h"
#include "rolefamily.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace synthreg::gui {

namespace {

QAbstractAxis *continuousAxis(const core::ColumnProfile &profile)
{
    const double lower = profile.bins.constFirst().lower;
    const double upper = std::max(profile.bins.constLast().upper, lower + 1e-9);
    if (profile.storage == core::StorageKind::Timestamp) {
        auto *axis = new QDateTimeAxis;
        axis->setRange(QDateTime::fromSecsSinceEpoch(qint64(lower), Qt::UTC),
                       QDateTime::fromSecsSinceEpoch(qint64(std::ceil(upper)), Qt::UTC));
        constexpr double kTwoYears = 2 * 365.25 * 86400;
        axis->setFormat(upper - lower > kTwoYears ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy"));
        axis->setTickCount(5);
        return axis;
    }
    return createNiceAxis(lower, upper);
}

} // namespace

QChart *createProfileChart(const core::ColumnProfile &profile, const QPalette &palette, const QColor &accent)
{
    auto *chart = new QChart;
    styleChart(chart, palette);
    chart->legend()->hide();
    chart->setMargins(QMargins(0, 0, 0, 0));
    const QFont font = axisFont(chart);

    const bool categorical = profile.storage == core::StorageKind::Categorical;
    auto *set = new QBarSet(HistogramView::tr("Rows"));
    set->setColor(accent.isValid() ? accent : palette.color(QPalette::Highlight));
    set->setBorderColor(palette.color(QPalette::Base));
    QStringList labels;
    qint64 maxCount = 0;
    // Horizontal bars list the most frequent category on top; Qt draws the first one at the bottom.
    QList<core::ProfileBin> bins = profile.bins;
    if (categorical)
        std::reverse(bins.begin(), bins.end());
    for (const core::ProfileBin &bin : bins) {
        set->append(double(bin.count));
        labels.append(bin.label);
        maxCount = std::max(maxCount, bin.count);
    }

    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    auto *counts = new QValueAxis;
    counts->setRange(0, std::max<qint64>(maxCount, 1));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->applyNiceNumbers();
    counts->setTitleText(HistogramView::tr("Rows"));

    if (categorical) {
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        series->setBarWidth(0.75);
        chart->addSeries(series);
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(counts, Qt::AlignBottom);
        series->attachAxis(categories);
        series->attachAxis(counts);
        categories->setGridLineVisible(false);
    } else {
        auto *series = new QBarSeries;
        series->append(set);
        series->setBarWidth(1.0);   // touching bars: a histogram, not a bar chart
        chart->addSeries(series);
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(counts, Qt::AlignLeft);
        series->attachAxis(categories);
        series->attachAxis(counts);
        // Bins are of equal width, so a continuous axis spanning them lines up with the
        // bars and reads better than twenty rotated "a – b" labels.
        categories->setVisible(false);
        QAbstractAxis *values = continuousAxis(profile);
        chart->addAxis(values, Qt::AlignBottom);
        styleAxis(values, palette, font);
        values->setGridLineVisible(false);
    }
    styleAxis(categories, palette, font);
    styleAxis(counts, palette, font);
    return chart;
}

HistogramView::HistogramView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Window);
    setFocusPolicy(Qt::TabFocus);
}

void HistogramView::setProfile(const core::ColumnProfile &profile, const QColor &accent)
{
    m_profile = profile;
    m_accent = accent;
    m_hasProfile = true;
    rebuild();
}

void HistogramView::clear()
{
    m_hasProfile = false;
    m_profile = {};
    rebuild();
}

void HistogramView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void HistogramView::rebuild()
{
    QChart *old = chart();
    if (!m_hasProfile || m_profile.bins.isEmpty()) {
        setChart(new QChart);
        chart()->setBackgroundVisible(false);
        setAccessibleName(tr("Distribution"));
        setAccessibleDescription(tr("No values to chart."));
    } else {
        // Bars of a few categories should not balloon to fill the panel.
        const int line = fontMetrics().height();
        if (m_profile.storage == core::StorageKind::Categorical) {
            const int height = int(m_profile.bins.size()) * line * 2 + line * 5;
            setMinimumHeight(std::clamp(height, line * 8, line * 30));
            setMaximumHeight(minimumHeight());
        } else {
            setMinimumHeight(line * 14);
            setMaximumHeight(line * 24);
        }
        setChart(createProfileChart(m_profile, palette(), m_accent));
        setAccessibleName(tr("Distribution of %1").arg(m_profile.name));
        QStringList bars;
        for (const core::ProfileBin &bin : m_profile.bins)
            bars.append(tr("%1: %2 rows").arg(bin.label, QLocale().toString(bin.count)));
        setAccessibleDescription(bars.join(QStringLiteral("; ")));
    }
    // QChartView::setChart does not take ownership of the chart it replaces.
    delete old;
}

} // namespace synthreg::gui
