#include "schemamode.h"

#include "datasetsession.h"
#include "rolefamily.h"
#include "schemamodel.h"
#include "warningpanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace synthreg::gui {

SchemaMode::SchemaMode(DatasetSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SchemaModel(session, this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_warnings(new WarningPanel(this))
    , m_view(new QTableView(this))
    , m_legend(new QWidget(this))
{
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_description->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("schemaTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 10, 12, 8);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_description);
    contentLayout->addWidget(m_warnings);
    contentLayout->addWidget(m_view, 1);
    contentLayout->addWidget(m_legend);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_session, &DatasetSession::datasetChanged, this, &SchemaMode::showSchema);

    rebuildLegend();
    retranslate();
    showSchema();
}

void SchemaMode::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateWarnings(/*keepDismissed=*/true);
        m_model->retranslate();
        rebuildLegend();
    } else if (event->type() == QEvent::PaletteChange) {
        rebuildLegend();
    }
    QWidget::changeEvent(event);
}

void SchemaMode::retranslate()
{
    m_emptyLabel->setText(tr("Nothing imported yet.\nOpen the demo or import a file in the Data mode "
                             "to see the schema SynthReg proposes for it."));
    m_title->setText(tr("Proposed schema"));
    m_description->setText(
        tr("SynthReg proposed a role and a way to handle missing values for each of the %1 columns of %2. "
           "Check them before training. Changing them will be possible in a later version.")
            .arg(QString::number(m_session->schema().columns.size()), m_session->sourceName()));
    m_view->setAccessibleName(tr("Proposed schema"));
    m_legend->setAccessibleName(tr("Role colours"));
}

void SchemaMode::updateWarnings(bool keepDismissed)
{
    const QStringList warnings = m_session->inferenceWarnings();
    const bool dismissed = m_warnings->isHidden();
    const bool expanded = m_warnings->isExpanded();
    m_warnings->setWarnings(warnings.size() == 1 ? tr("1 finding about this table.")
                                                 : tr("%1 findings about this table.").arg(warnings.size()),
                            warnings);
    if (keepDismissed) {
        m_warnings->setExpanded(expanded);
        if (dismissed)
            m_warnings->hide();
    }
}

void SchemaMode::showSchema()
{
    if (!m_session->hasData()) {
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    m_stack->setCurrentIndex(1);
    retranslate();
    updateWarnings(/*keepDismissed=*/false);
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    for (int column : {int(SchemaModel::NameColumn), int(SchemaModel::RoleColumn),
                       int(SchemaModel::MissingPolicyColumn), int(SchemaModel::MissingShareColumn)})
        header->resizeSection(column, header->sectionSize(column) + 24);
}

void SchemaMode::rebuildLegend()
{
    // Rebuilt rather than updated: the swatches depend on the palette, the names on the language.
    delete m_legend->layout();
    qDeleteAll(m_legend->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    auto *layout = new QHBoxLayout(m_legend);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const int side = fontMetrics().height() - 2;
    const qreal dpr = devicePixelRatioF();
    for (int i = 0; i < kRoleFamilyCount; ++i) {
        const auto family = RoleFamily(i);
        QPixmap pixmap(QSize(side, side) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(roleFamilyAccent(family, palette()));
            painter.setBrush(roleFamilyBackground(family, palette()));
            painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 3, 3);
        }
        auto *swatch = new QLabel(m_legend);
        swatch->setPixmap(pixmap);
        auto *name = new QLabel(roleFamilyDisplayName(family), m_legend);
        layout->addWidget(swatch);
        layout->addWidget(name);
        layout->addSpacing(12);
    }
    layout->addStretch(1);
}

} // namespace synthreg::gui
