#include "columnsview.h"

#include "chartpanel.h"
#include "columncomparison.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>

#include <algorithm>
#include <cmath>

namespace synthreg::gui {

ColumnsView::ColumnsView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_chartView(new QChartView(new QChart))
    , m_panel(new ChartPanel(m_chartView, QStringLiteral("columnComparison"), this))
{
    setObjectName(QStringLiteral("columnsView"));
    m_list->setObjectName(QStringLiteral("comparedColumns"));
    m_list->setMaximumWidth(260);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(340);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_panel, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, &ColumnsView::showSelected);
    retranslate();
}

void ColumnsView::setData(const core::FidelityReport &fidelity, core::Table real, std::vector<size_t> realRows,
                          core::Table synthetic)
{
    m_real = std::move(real);
    m_realRows = std::move(realRows);
    m_synthetic = std::move(synthetic);
    std::vector<core::ColumnShape> shapes = fidelity.columnShapes;
    // Worst first: the columns a steward should look at lead the list.
    std::stable_sort(shapes.begin(), shapes.end(), [](const auto &a, const auto &b) {
        return (std::isfinite(a.score) ? a.score : 2.0) < (std::isfinite(b.score) ? b.score : 2.0);
    });
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const core::ColumnShape &shape : shapes) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(shape.column, displayNumber(shape.score)), m_list);
        item->setData(Qt::UserRole, shape.column);
        item->setToolTip(tr("%1 score %2; missing %3 % real, %4 % synthetic")
                             .arg(shape.metric, displayNumber(shape.score, 3), displayNumber(100 * shape.realMissingRate, 1),
                                  displayNumber(100 * shape.syntheticMissingRate, 1)));
    }
    m_list->setCurrentRow(0);
    showSelected();
}

void ColumnsView::clear()
{
    m_list->clear();
    m_real = core::Table();
    m_synthetic = core::Table();
    m_realRows.clear();
    showSelected();
}

void ColumnsView::showColumn(const QString &column)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == column)
            m_list->setCurrentRow(i);
}

void ColumnsView::showSelected()
{
    QChart *old = m_chartView->chart();
    const QListWidgetItem *item = m_list->currentItem();
    const QString name = item ? item->data(Qt::UserRole).toString() : QString();
    const int realIndex = m_real.indexOf(name);
    const int syntheticIndex = m_synthetic.indexOf(name);
    if (realIndex < 0 || syntheticIndex < 0) {
        m_chartView->setChart(new QChart);
        m_panel->setData({});
    } else {
        const core::Column &column = m_real.column(realIndex);
        const ColumnComparison comparison = compareColumns(m_realRows.empty() ? column : column.selectRows(m_realRows),
                                                           m_synthetic.column(syntheticIndex));
        m_chartView->setChart(createColumnComparisonChart(comparison, palette()));
        m_panel->setData(columnComparisonData(comparison));
    }
    m_panel->setDescription(name.isEmpty() ? tr("Column distributions") : tr("Distribution of %1, real and synthetic").arg(name));
    delete old;   // QChartView::setChart does not delete the chart it replaces
}

void ColumnsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        showSelected();
    QWidget::changeEvent(event);
}

void ColumnsView::retranslate()
{
    m_list->setAccessibleName(tr("Columns, weakest shape score first"));
    m_list->setToolTip(tr("Column shapes score per column (1 = identical distributions); choose one to see it."));
}

} // namespace synthreg::gui
