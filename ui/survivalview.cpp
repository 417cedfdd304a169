#include "survivalview.h"

#include "chartpanel.h"
#include "survivalchart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace synthreg::gui {

SurvivalView::SurvivalView(QWidget *parent)
    : QWidget(parent)
    , m_endpoint(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_chartView(new QChartView(new QChart))
    , m_panel(new ChartPanel(m_chartView, QStringLiteral("survival"), this))
    , m_atRiskTitle(new QLabel(this))
    , m_atRisk(new QTableWidget(this))
{
    setObjectName(QStringLiteral("survivalView"));
    m_endpoint->setObjectName(QStringLiteral("survivalEndpoint"));
    m_summary->setObjectName(QStringLiteral("survivalSummary"));
    m_atRisk->setObjectName(QStringLiteral("numbersAtRisk"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(340);
    m_atRisk->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_atRisk->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_atRisk->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_endpoint, 0, Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_atRiskTitle);
    layout->addWidget(m_atRisk);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &SurvivalView::showSelected);
    showSelected();
}

void SurvivalView::setEndpoints(const std::vector<core::SurvivalEndpointEvaluation> &endpoints)
{
    m_endpoints = endpoints;
    const QSignalBlocker blocker(m_endpoint);
    m_endpoint->clear();
    for (const core::SurvivalEndpointEvaluation &endpoint : m_endpoints)
        m_endpoint->addItem(tr("%1 (%2, %3)").arg(endpoint.name, endpoint.timeColumn, endpoint.eventColumn));
    m_endpoint->setVisible(m_endpoints.size() > 1);
    showSelected();
}

void SurvivalView::showSelected()
{
    QChart *old = m_chartView->chart();
    const int index = m_endpoint->currentIndex();
    const QLocale locale;
    m_atRisk->clear();
    m_atRisk->setRowCount(0);
    m_atRisk->setColumnCount(0);
    if (index < 0 || index >= int(m_endpoints.size())) {
        m_summary->setText(tr("No survival endpoint: mark a time column and its event column in the Schema mode."));
        m_chartView->setChart(new QChart);
        m_panel->setData({});
    } else {
        const core::SurvivalEndpointEvaluation &e = m_endpoints[size_t(index)];
        const auto median = [](const core::SurvivalMedian &m) {
            return tr("%1 (95% CI %2 to %3)").arg(displayNumber(m.median, 0), displayNumber(m.lower, 0), displayNumber(m.upper, 0));
        };
        QStringList lines;
        if (!e.isValid())
            lines << tr("Not evaluated: %1").arg(e.error);
        lines << tr("Median survival: real %1, synthetic %2.").arg(median(e.real.median), median(e.synthetic.median));
        lines << tr("Log-rank test, real against synthetic: p = %1 (a small p means the curves differ). "
                    "Mean absolute gap between the curves: %2.")
                     .arg(locale.toString(e.logRank.pValue, 'g', 3), displayNumber(e.distance.kmDivergence, 3));
        lines << e.warnings;
        m_summary->setText(lines.join(QLatin1Char('\n')));
        m_chartView->setChart(createSurvivalChart(e, palette()));
        m_panel->setData(survivalData(e));

        // Numbers at risk under the plot, one row per data set, as survival papers print them.
        const size_t times = std::min(e.real.atTimes.size(), e.synthetic.atTimes.size());
        m_atRisk->setColumnCount(int(times));
        m_atRisk->setRowCount(2);
        m_atRisk->setVerticalHeaderLabels({tr("Real"), tr("Synthetic")});
        for (size_t t = 0; t < times; ++t) {
            m_atRisk->setHorizontalHeaderItem(int(t), new QTableWidgetItem(tr("t = %1").arg(locale.toString(e.real.atTimes[t].time, 'g', 6))));
            for (int side = 0; side < 2; ++side) {
                const core::KaplanMeierSummaryRow &row = side == 0 ? e.real.atTimes[t] : e.synthetic.atTimes[t];
                auto *item = new QTableWidgetItem(locale.toString(row.nRisk, 'f', 0));
                item->setTextAlignment(Qt::AlignCenter);
                m_atRisk->setItem(side, int(t), item);
            }
        }
    }
    m_atRiskTitle->setText(tr("Numbers at risk"));
    m_atRisk->setAccessibleName(tr("Numbers at risk, real and synthetic"));
    m_endpoint->setAccessibleName(tr("Survival endpoint"));
    m_panel->setDescription(tr("Kaplan-Meier curves, real and synthetic"));
    // Exactly the two rows: the table sits under the plot like the risk table of a paper.
    fitHeightToRows(m_atRisk);
    m_atRiskTitle->setVisible(m_atRisk->columnCount() > 0);
    m_atRisk->setVisible(m_atRisk->columnCount() > 0);
    delete old;
}

void SurvivalView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        showSelected();
    QWidget::changeEvent(event);
}

} // namespace synthreg::gui
