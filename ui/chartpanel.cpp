#include "chartpanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace synthreg::gui {

ChartPanel::ChartPanel(QWidget *view, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_table(new QTableWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_showData(new QPushButton(this))
{
    m_view->setObjectName(name + QStringLiteral("Chart"));
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_showData->setObjectName(name + QStringLiteral("ShowData"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    m_showData->setCheckable(true);
    connect(m_showData, &QPushButton::toggled, m_stack, [this](bool on) { m_stack->setCurrentIndex(on ? 1 : 0); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_showData);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    retranslate();
}

void fillTableWidget(QTableWidget *table, const ChartData &data)
{
    table->clear();
    table->setColumnCount(int(data.headers.size()));
    table->setHorizontalHeaderLabels(data.headers);
    table->setRowCount(int(data.rows.size()));
    for (int r = 0; r < data.rows.size(); ++r)
        for (int c = 0; c < data.rows[r].size() && c < data.headers.size(); ++c) {
            auto *item = new QTableWidgetItem(data.rows[r][c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);   // numbers line up
            table->setItem(r, c, item);
        }
}

void fitHeightToRows(QTableWidget *table)
{
    table->resizeRowsToContents();
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->length()
                          + 2 * table->frameWidth() + 2);
}

QString displayNumber(double value, int decimals)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : QStringLiteral("—");
}

void ChartPanel::setData(const ChartData &data)
{
    fillTableWidget(m_table, data);
}

void ChartPanel::setDescription(const QString &what)
{
    m_what = what;
    retranslate();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartPanel::retranslate()
{
    m_showData->setText(tr("Show data"));
    m_showData->setToolTip(tr("Shows the numbers behind the chart as a table."));
    m_showData->setAccessibleName(m_what.isEmpty() ? tr("Show data") : tr("Show %1 as a table").arg(m_what));
    m_view->setAccessibleName(m_what);
    m_table->setAccessibleName(tr("%1 as a table").arg(m_what));
}

} // namespace synthreg::gui
