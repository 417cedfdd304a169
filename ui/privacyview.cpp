#include "privacyview.h"

#include "checkgrid.h"

#include "chartstyle.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace synthreg::gui {

namespace {

constexpr int kDistanceBins = 30;

struct DistanceHistogram
{
    double binWidth = 0;
    std::vector<double> syntheticShare;   ///< percent of synthetic rows per bin
    std::vector<double> holdoutShare;
};

/** Equal bins from 0 to the 99th percentile of both sides (a few far outliers would squash the rest). */
DistanceHistogram histogramOf(const core::DcrResult &dcr)
{
    DistanceHistogram histogram;
    std::vector<double> pooled = dcr.syntheticToTrain;
    pooled.insert(pooled.end(), dcr.holdoutToTrain.begin(), dcr.holdoutToTrain.end());
    std::erase_if(pooled, [](double d) { return !std::isfinite(d); });
    if (pooled.empty())
        return histogram;
    const size_t at = std::min(pooled.size() - 1, size_t(0.99 * double(pooled.size())));
    std::nth_element(pooled.begin(), pooled.begin() + std::ptrdiff_t(at), pooled.end());
    const double upper = std::max(pooled[at], 1e-9);
    histogram.binWidth = upper / kDistanceBins;
    const auto fill = [&](const std::vector<double> &distances, std::vector<double> *shares) {
        shares->assign(kDistanceBins, 0.0);
        size_t counted = 0;
        for (double d : distances) {
            if (!std::isfinite(d))
                continue;
            (*shares)[size_t(std::min(kDistanceBins - 1, int(d / histogram.binWidth)))] += 1;
            ++counted;
        }
        for (double &share : *shares)
            share = counted ? 100.0 * share / double(counted) : 0.0;
    };
    fill(dcr.syntheticToTrain, &histogram.syntheticShare);
    fill(dcr.holdoutToTrain, &histogram.holdoutShare);
    return histogram;
}

} // namespace

QChart *createDcrChart(const core::DcrResult &dcr, const QPalette &palette)
{
    auto *chart = new QChart;
    styleChart(chart, palette);
    chart->setTitle(PrivacyView::tr("Distance to the closest training row"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const DistanceHistogram histogram = histogramOf(dcr);
    if (histogram.binWidth <= 0)
        return chart;
    QValueAxis *x = createNiceAxis(0, histogram.binWidth * kDistanceBins);
    x->setTitleText(PrivacyView::tr("Distance (standardised units)"));
    double highest = 1;
    for (int side = 0; side < 2; ++side)
        for (double share : side == 0 ? histogram.holdoutShare : histogram.syntheticShare)
            highest = std::max(highest, share);
    QValueAxis *y = createNiceAxis(0, highest * 1.1, 5);
    y->setTitleText(PrivacyView::tr("Share of rows (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const struct
    {
        const std::vector<double> *shares;
        QString name;
        QColor colour;
        Qt::PenStyle style;
    } sides[] = {{&histogram.holdoutShare, PrivacyView::tr("Real holdout rows (new patients)"), realColor(palette), Qt::SolidLine},
                 {&histogram.syntheticShare, PrivacyView::tr("Synthetic rows"), syntheticColor(palette), Qt::DashLine}};
    for (const auto &side : sides) {
        auto *series = new QLineSeries;
        series->setName(side.name);
        // A step outline of the histogram: both sides stay visible where they overlap.
        for (int bin = 0; bin < kDistanceBins; ++bin) {
            series->append(bin * histogram.binWidth, (*side.shares)[size_t(bin)]);
            series->append((bin + 1) * histogram.binWidth, (*side.shares)[size_t(bin)]);
        }
        QPen pen(side.colour, 2.2);
        pen.setStyle(side.style);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    styleAxis(x, palette, axisFont(chart));
    styleAxis(y, palette, axisFont(chart));
    return chart;
}

ChartData dcrData(const core::DcrResult &dcr)
{
    const DistanceHistogram histogram = histogramOf(dcr);
    ChartData data;
    data.headers = {PrivacyView::tr("Distance"), PrivacyView::tr("Holdout rows (%)"), PrivacyView::tr("Synthetic rows (%)")};
    for (int bin = 0; bin < int(histogram.syntheticShare.size()); ++bin)
        data.rows.append({PrivacyView::tr("%1 – %2").arg(displayNumber(bin * histogram.binWidth, 3),
                                                          displayNumber((bin + 1) * histogram.binWidth, 3)),
                          displayNumber(histogram.holdoutShare[size_t(bin)], 1),
                          displayNumber(histogram.syntheticShare[size_t(bin)], 1)});
    return data;
}

PrivacyView::PrivacyView(QWidget *parent)
    : QWidget(parent)
    , m_light(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_checks(new CheckGrid(this))
    , m_chartView(new QChartView(new QChart))
    , m_panel(new ChartPanel(m_chartView, QStringLiteral("dcr"), this))
    , m_smallCells(new QTableWidget(this))
    , m_smallCellsTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("privacyView"));
    m_light->setObjectName(QStringLiteral("privacyLight"));
    m_verdict->setObjectName(QStringLiteral("privacyVerdict"));
    m_checks->setObjectName(QStringLiteral("privacyChecks"));
    m_smallCells->setObjectName(QStringLiteral("smallCells"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont strong = m_verdict->font();
    strong.setPointSizeF(strong.pointSizeF() * 1.1);
    strong.setBold(true);
    m_verdict->setFont(strong);
    m_smallCells->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_smallCells->verticalHeader()->setVisible(false);
    m_smallCells->setMaximumHeight(160);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(300);

    auto *top = new QHBoxLayout;
    top->addWidget(m_light, 0, Qt::AlignTop);
    top->addWidget(m_verdict, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_checks);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_smallCellsTitle);
    layout->addWidget(m_smallCells);
    refresh();
}

void PrivacyView::setReport(const std::optional<core::PrivacyReport> &report)
{
    m_report = report;
    refresh();
}

QString PrivacyView::verdict() const
{
    return m_verdict->text();
}

void PrivacyView::refresh()
{
    QChart *old = m_chartView->chart();
    const QLocale locale;
    if (!m_report) {
        m_light->clear();
        m_light->setStyleSheet({});
        m_verdict->setText(tr("Privacy needs real rows the generator never saw; this evaluation had no holdout."));
        m_checks->setChecks({});
        fillTableWidget(m_smallCells, {});
        m_chartView->setChart(new QChart);
        m_panel->setData({});
    } else {
        const std::vector<core::PrivacyCheck> checks = core::privacyChecks(*m_report);
        const core::CheckOutcome overall = core::overallOutcome(checks);
        m_light->setText(checkOutcomeName(overall));
        m_light->setAccessibleName(tr("Privacy verdict: %1").arg(checkOutcomeName(overall)));
        m_light->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 6px 14px; "
                                              "font-weight: bold; }").arg(checkOutcomeColor(overall).name()));
        m_verdict->setText(core::privacyVerdict(checks));

        m_checks->setChecks(checks);
        ChartData cells;
        cells.headers = {tr("Column"), tr("Category"), tr("Real rows"), tr("Synthetic rows")};
        for (const core::SmallCell &cell : m_report->smallCells.cells)
            cells.rows.append({cell.column, cell.label, locale.toString(qulonglong(cell.realCount)),
                               locale.toString(qulonglong(cell.syntheticCount))});
        fillTableWidget(m_smallCells, cells);
        m_chartView->setChart(createDcrChart(m_report->dcr, palette()));
        m_panel->setData(dcrData(m_report->dcr));
    }
    m_smallCellsTitle->setText(tr("Categories with fewer than %1 rows (small cells)")
                                   .arg(m_report ? m_report->smallCells.threshold : 10));
    m_smallCells->setVisible(m_report && !m_report->smallCells.cells.empty());
    m_smallCellsTitle->setVisible(m_smallCells->isVisibleTo(this));
    m_checks->setVisible(m_report.has_value());
    m_panel->setVisible(m_report.has_value());
    m_panel->setDescription(tr("Distances to the closest training row, synthetic and holdout"));
    m_checks->setAccessibleName(tr("Privacy checks"));
    m_smallCells->setAccessibleName(m_smallCellsTitle->text());
    delete old;
}

void PrivacyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace synthreg::gui
