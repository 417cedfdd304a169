#include "datamode.h"

#include "columnprofilepanel.h"
#include "datasetsession.h"
#include "startpage.h"
#include "tablemodel.h"
#include "warningpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace synthreg::gui {

namespace {
constexpr int kMaxInitialColumnWidth = 220;
}

DataMode::DataMode(DatasetSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_startPage(new StartPage(this))
    , m_warnings(new WarningPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTableView(this))
    , m_model(new TableModel(this))
    , m_profile(new ColumnProfilePanel(this))
{
    m_view->setObjectName(QStringLiteral("dataTableView"));
    m_view->setModel(m_model);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights let the view place any of a million rows without measuring them.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_profile);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    m_profile->setMinimumWidth(280);
    m_splitter->setSizes({860, 340});

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(6);
    contentLayout->addWidget(m_warnings);
    contentLayout->addWidget(m_splitter, 1);

    m_stack->addWidget(m_startPage);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_startPage, &StartPage::openDemoRequested, this, &DataMode::openDemoRequested);
    connect(m_startPage, &StartPage::importRequested, this, &DataMode::importRequested);
    connect(m_startPage, &StartPage::openFileRequested, this, &DataMode::openFileRequested);
    connect(m_session, &DatasetSession::datasetChanged, this, &DataMode::showDataset);
    connect(m_session, &DatasetSession::columnSpecChanged, this, [this](int column) {
        if (column == m_profiledColumn)
            showColumnProfile(column);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.column() != m_profiledColumn)
                    showColumnProfile(current.column());
            });

    m_view->setAccessibleName(tr("Data preview"));
    showDataset();
}

void DataMode::setRecentFiles(const QStringList &paths)
{
    m_startPage->setRecentFiles(paths);
}

void DataMode::setImportEnabled(bool enabled)
{
    m_startPage->setEnabled(enabled);
}

void DataMode::selectColumn(int column)
{
    if (column < 0 || column >= m_model->columnCount())
        return;
    const int row = std::max(0, m_view->currentIndex().row());
    m_view->setCurrentIndex(m_model->index(row, column));
    showColumnProfile(column);
}

void DataMode::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_view->setAccessibleName(tr("Data preview"));
        m_model->retranslate();
        updateWarnings(/*keepDismissed=*/true);
    }
    QWidget::changeEvent(event);
}

void DataMode::showDataset()
{
    m_model->setTable(m_session->table());
    m_profiledColumn = -1;
    m_profile->clear();
    updateWarnings(/*keepDismissed=*/false);
    if (!m_session->hasData()) {
        m_stack->setCurrentWidget(m_startPage);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_view->resizeColumnsToContents();
    // Some air around short values; long free text is cut rather than pushing the rest away.
    QHeaderView *header = m_view->horizontalHeader();
    const int padding = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int minimum = fontMetrics().horizontalAdvance(QStringLiteral("00000"));
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->resizeSection(column, std::clamp(header->sectionSize(column) + padding, minimum, kMaxInitialColumnWidth));
    selectColumn(0);
}

void DataMode::showColumnProfile(int column)
{
    const core::ColumnProfile *profile = m_session->profile(column);
    m_profiledColumn = profile ? column : -1;
    if (!profile) {
        m_profile->clear();
        return;
    }
    m_profile->showColumn(*profile, m_session->columnSpec(column));
}

void DataMode::updateWarnings(bool keepDismissed)
{
    QStringList lines;
    for (const core::Diagnostic &warning : m_session->importWarnings())
        lines.append(warning.toString());
    lines.append(m_session->inferenceWarnings());
    const QString summary = lines.size() == 1
        ? tr("1 warning about %1.").arg(m_session->sourceName())
        : tr("%1 warnings about %2.").arg(QString::number(lines.size()), m_session->sourceName());
    // A language change must not bring back warnings the user has dismissed.
    const bool dismissed = m_warnings->isHidden();
    const bool expanded = m_warnings->isExpanded();
    m_warnings->setWarnings(summary, lines);
    if (keepDismissed) {
        m_warnings->setExpanded(expanded);
        if (dismissed)
            m_warnings->hide();
    }
}

} // namespace synthreg::gui
