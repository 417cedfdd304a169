#include "schemamode.h"

#include "core/data/schemafile.h"
#include "datasetsession.h"
#include "rolefamily.h"
#include "schemadelegate.h"
#include "schemalinkseditor.h"
#include "schemamodel.h"
#include "setcolumnspeccommand.h"
#include "warningpanel.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>
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
    , m_undoButton(new QPushButton(this))
    , m_redoButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_links(new SchemaLinksEditor(session, this))
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
    m_view->setItemDelegate(new SchemaDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                            | QAbstractItemView::EditKeyPressed);
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
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    m_undoButton->setObjectName(QStringLiteral("schemaUndoButton"));
    m_redoButton->setObjectName(QStringLiteral("schemaRedoButton"));
    m_importButton->setObjectName(QStringLiteral("schemaImportButton"));
    m_exportButton->setObjectName(QStringLiteral("schemaExportButton"));
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    contentLayout->addLayout(buttons);
    contentLayout->addWidget(m_view, 1);
    contentLayout->addWidget(m_legend);
    contentLayout->addWidget(m_links);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_session, &DatasetSession::datasetChanged, this, &SchemaMode::showSchema);
    QUndoStack *stack = m_session->undoStack();
    connect(m_undoButton, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &SchemaMode::updateUndoButtons);
    connect(stack, &QUndoStack::canUndoChanged, this, &SchemaMode::updateUndoButtons);
    connect(stack, &QUndoStack::canRedoChanged, this, &SchemaMode::updateUndoButtons);
    connect(m_importButton, &QPushButton::clicked, this, &SchemaMode::chooseSchemaToImport);
    connect(m_exportButton, &QPushButton::clicked, this, &SchemaMode::chooseSchemaExport);

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
           "Check them before training: double-click a role or a missing-value cell to change it.")
            .arg(QString::number(m_session->schema().columns.size()), m_session->sourceName()));
    m_view->setAccessibleName(tr("Proposed schema"));
    m_legend->setAccessibleName(tr("Role colours"));
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setAccessibleName(tr("Undo the last schema change"));
    m_redoButton->setText(tr("Redo"));
    m_redoButton->setAccessibleName(tr("Redo the last undone schema change"));
    m_importButton->setText(tr("Import Schema…"));
    m_importButton->setAccessibleName(tr("Import a schema"));
    m_importButton->setToolTip(tr("Replace the roles and links with a saved SynthReg schema or SDV metadata"));
    m_exportButton->setText(tr("Export Schema…"));
    m_exportButton->setAccessibleName(tr("Export the schema"));
    m_exportButton->setToolTip(tr("Save this schema as SynthReg schema JSON or SDV metadata"));
    updateUndoButtons();
}

void SchemaMode::updateUndoButtons()
{
    const QUndoStack *stack = m_session->undoStack();
    m_undoButton->setEnabled(stack->canUndo());
    m_redoButton->setEnabled(stack->canRedo());
    m_undoButton->setToolTip(stack->canUndo() ? tr("Undo: %1").arg(stack->undoText()) : QString());
    m_redoButton->setToolTip(stack->canRedo() ? tr("Redo: %1").arg(stack->redoText()) : QString());
}

bool SchemaMode::exportSchema(const QString &path, SchemaFormat format, QString *error) const
{
    const core::Schema &schema = m_session->schema();
    const QJsonObject json = format == SchemaFormat::Sdv ? schema.toSdvMetadata() : schema.toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool SchemaMode::importSchema(const QString &path, QStringList *problems)
{
    QStringList found;
    const auto refuse = [&](const QString &problem) {
        found.append(problem);
        if (problems)
            *problems = found;
        return false;
    };
    const QString name = QFileInfo(path).fileName();
    QString error;
    const std::optional<core::Schema> imported = core::readSchemaFile(path, &error);
    if (!imported)
        return refuse(error);

    found = imported->validate(m_session->table());
    // Rows and profiles follow the table's column order: bring the imported specs into it.
    const core::Schema aligned = core::orderedLike(*imported, m_session->table().columnNames());
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return false;
    }
    if (aligned != m_session->schema())
        m_session->undoStack()->push(new SetSchemaCommand(m_session, aligned, tr("Import schema from %1").arg(name)));
    if (problems)
        problems->clear();
    return true;
}

void SchemaMode::editRole(int row)
{
    const QModelIndex index = m_model->index(row, SchemaModel::RoleColumn);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->edit(index);
}

QString SchemaMode::startDirectory() const
{
    if (!m_lastDirectory.isEmpty())
        return m_lastDirectory;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void SchemaMode::chooseSchemaToImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Schema"), startDirectory(),
        tr("SynthReg schema or SDV metadata (*.json)") + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    QStringList problems;
    if (importSchema(path, &problems))
        return;
    // Window-modal and non-blocking, like the import failure message of the main window.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Schema Not Imported"),
                                tr("%1 does not fit the data, so the schema was left as it was.")
                                    .arg(QFileInfo(path).fileName()),
                                QMessageBox::Ok, this);
    box->setInformativeText(problems.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SchemaMode::chooseSchemaExport()
{
    const QString synthregFilter = tr("SynthReg schema (*.json)");
    const QString sdvFilter = tr("SDV metadata (*.json)");
    QString base = QFileInfo(m_session->sourceName()).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("schema");
    QString selected = synthregFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Schema"),
                                                QDir(startDirectory()).filePath(base + QStringLiteral(".schema.json")),
                                                synthregFilter + QStringLiteral(";;") + sdvFilter, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    m_lastDirectory = QFileInfo(path).absolutePath();
    QString error;
    if (!exportSchema(path, selected == sdvFilter ? SchemaFormat::Sdv : SchemaFormat::SynthReg, &error))
        QMessageBox::warning(this, tr("Schema Not Exported"), error);
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
    // Wide enough for the role editor's longest item, its swatch and its arrow.
    int widestRole = 0;
    for (int i = 0; i <= int(core::ColumnRole::Excluded); ++i)
        widestRole = std::max(widestRole, m_view->fontMetrics().horizontalAdvance(core::roleDisplayName(core::ColumnRole(i))));
    const int roleWidth = widestRole + 2 * m_view->fontMetrics().height() + 24;
    if (header->sectionSize(SchemaModel::RoleColumn) < roleWidth)
        header->resizeSection(SchemaModel::RoleColumn, roleWidth);
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
