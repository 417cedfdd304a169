#include "losschart.h"

#include "chartpanel.h"
#include "rolefamily.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace synthreg::gui {

LossChart::LossChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_epochAxis(new QValueAxis(m_chart))
    , m_lossAxis(new QValueAxis(m_chart))
    , m_panel(new ChartPanel(m_view, QStringLiteral("loss"), this))
    , m_table(m_panel->table())
{
    setObjectName(QStringLiteral("lossChart"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->addAxis(m_epochAxis, Qt::AlignBottom);
    m_chart->addAxis(m_lossAxis, Qt::AlignLeft);
    m_epochAxis->setLabelFormat(QStringLiteral("%d"));
    m_epochAxis->setRange(1, 2);
    m_lossAxis->setRange(0, 1);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    applyPalette();
    retranslate();
}

void LossChart::clear()
{
    for (auto &[name, series] : m_series) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_series.clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_epochAxis->setRange(1, 2);
    m_lossAxis->setRange(0, 1);
    m_lowest = m_highest = 0;
    retranslate();
}

QLineSeries *LossChart::seriesFor(const std::string &loss)
{
    if (const auto found = m_series.find(loss); found != m_series.end())
        return found->second;
    auto *series = new QLineSeries;
    series->setName(QString::fromStdString(loss));
    m_chart->addSeries(series);
    series->attachAxis(m_epochAxis);
    series->attachAxis(m_lossAxis);
    m_series[loss] = series;
    return series;
}

void LossChart::addEpoch(const core::EpochReport &report)
{
    const bool first = pointCount() == 0;
    const int row = m_table->rowCount();
    m_table->setColumnCount(int(report.losses.size()) + 1);
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(QLocale().toString(report.epoch)));
    for (size_t k = 0; k < report.losses.size(); ++k) {
        const auto &[name, value] = report.losses[k];
        if (!std::isfinite(value))
            continue;
        seriesFor(name)->append(report.epoch, value);
        m_table->setHorizontalHeaderItem(int(k) + 1, new QTableWidgetItem(QString::fromStdString(name)));
        m_table->setItem(row, int(k) + 1, new QTableWidgetItem(QLocale().toString(value, 'g', 5)));
        m_lowest = first && k == 0 ? value : std::min(m_lowest, value);
        m_highest = first && k == 0 ? value : std::max(m_highest, value);
    }
    // A single epoch (the copula) or a flat line still gets a readable range.
    const double margin = std::max({0.05 * (m_highest - m_lowest), 0.05 * std::max(std::abs(m_highest), std::abs(m_lowest)), 1e-6});
    for (auto &[name, series] : m_series)
        series->setPointsVisible(series->count() < 30);   // dots while a line is too short to see
    m_lossAxis->setRange(m_lowest - margin, m_highest + margin);
    m_lossAxis->applyNiceNumbers();
    // Ticks at round epochs (1, 2, 5 × 10^k apart), about eight of them.
    const int last = std::max(2, std::max(report.epoch, report.epochs));
    const double raw = std::max(1.0, last / 8.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / power <= 1 ? power : raw / power <= 2 ? 2 * power : raw / power <= 5 ? 5 * power : 10 * power;
    m_epochAxis->setRange(0, last);
    m_epochAxis->setTickType(QValueAxis::TicksDynamic);
    m_epochAxis->setTickAnchor(0);
    m_epochAxis->setTickInterval(step);
    retranslate();
}

int LossChart::pointCount() const
{
    int points = 0;
    for (const auto &[name, series] : m_series)
        points += int(series->count());
    return points;
}

void LossChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void LossChart::applyPalette()
{
    m_chart->setTheme(isDarkPalette(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().base());
}

void LossChart::retranslate()
{
    m_chart->setTitle(tr("Training losses per epoch"));
    m_epochAxis->setTitleText(tr("Epoch"));
    m_lossAxis->setTitleText(tr("Loss (generator's own units)"));
    m_panel->setDescription(tr("Training loss chart"));
    if (m_table->columnCount() > 0)
        m_table->setHorizontalHeaderItem(0, new QTableWidgetItem(tr("Epoch")));
}

} // namespace synthreg::gui
