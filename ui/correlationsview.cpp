#include "correlationsview.h"

#include "chartpanel.h"
#include "heatmapwidget.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace synthreg::gui {

CorrelationsView::CorrelationsView(QWidget *parent)
    : QWidget(parent)
    , m_coefficientLabel(new QLabel(this))
    , m_coefficient(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_heatmaps{new HeatmapWidget, new HeatmapWidget, new HeatmapWidget}
{
    setObjectName(QStringLiteral("correlationsView"));
    m_coefficient->setObjectName(QStringLiteral("correlationCoefficient"));
    m_coefficient->addItems({QString(), QString()});
    m_coefficientLabel->setBuddy(m_coefficient);
    m_note->setWordWrap(true);
    auto *maps = new QWidget;
    auto *row = new QHBoxLayout(maps);
    row->setContentsMargins(0, 0, 0, 0);
    const QString names[] = {QStringLiteral("realHeatmap"), QStringLiteral("syntheticHeatmap"), QStringLiteral("differenceHeatmap")};
    for (int i = 0; i < 3; ++i) {
        m_heatmaps[i]->setObjectName(names[i]);
        row->addWidget(m_heatmaps[i], 1);
    }
    maps->setMinimumHeight(380);
    m_panel = new ChartPanel(maps, QStringLiteral("correlation"), this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_coefficientLabel);
    controls->addWidget(m_coefficient);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_note);
    layout->addWidget(m_panel, 1);
    connect(m_coefficient, &QComboBox::currentIndexChanged, this, &CorrelationsView::refresh);
    retranslate();
}

void CorrelationsView::setReport(const core::CorrelationReport &report)
{
    m_report = report;
    refresh();
}

void CorrelationsView::clear()
{
    m_report.reset();
    refresh();
}

void CorrelationsView::refresh()
{
    const core::CorrelationMatrices empty;
    const core::CorrelationMatrices &matrices = !m_report ? empty
                                                : m_coefficient->currentIndex() == 1 ? m_report->spearman
                                                                                     : m_report->pearson;
    m_heatmaps[0]->setContent({matrices.real, tr("Real"), 1.0});
    m_heatmaps[1]->setContent({matrices.synthetic, tr("Synthetic"), 1.0});
    m_heatmaps[2]->setContent({matrices.difference, tr("Synthetic − real"), kCorrelationDifferenceScale});

    ChartData data;
    data.headers = {tr("Column pair"), tr("Real"), tr("Synthetic"), tr("Difference")};
    const QStringList &columns = matrices.real.columns;
    for (int a = 0; a < columns.size(); ++a)
        for (int b = a + 1; b < columns.size(); ++b)
            data.rows.append({tr("%1 × %2").arg(columns[a], columns[b]), displayNumber(matrices.real.at(a, b), 3),
                              displayNumber(matrices.synthetic.at(a, b), 3), displayNumber(matrices.difference.at(a, b), 3)});
    m_panel->setData(data);
}

void CorrelationsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CorrelationsView::retranslate()
{
    m_coefficientLabel->setText(tr("&Numeric pairs:"));
    m_coefficient->setItemText(0, tr("Pearson correlation"));
    m_coefficient->setItemText(1, tr("Spearman rank correlation"));
    m_coefficient->setAccessibleName(tr("Coefficient for numeric pairs"));
    m_note->setText(tr("Blue: negative, red: positive association. Pairs with a category use Cramér's V (two categories) "
                       "or the correlation ratio (a category and a number), both between 0 and 1. The difference map "
                       "saturates at ±%1; hover over a cell for its value.").arg(QLocale().toString(kCorrelationDifferenceScale)));
    m_panel->setDescription(tr("Association heatmaps, real, synthetic and their difference"));
    if (m_report)
        refresh();
}

} // namespace synthreg::gui
