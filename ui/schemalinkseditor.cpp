#include "schemalinkseditor.h"

#include "core/data/schemalinks.h"
#include "datasetsession.h"
#include "setcolumnspeccommand.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

namespace synthreg::gui {

namespace {

enum EndpointColumn { NameColumn, TimeColumn, EventColumn, CodingColumn, EndpointColumnCount };

QString codingText(const core::EventCoding &coding)
{
    QStringList parts;
    const auto describe = [&parts](const QStringList &codes, const QString &meaning) {
        if (!codes.isEmpty())
            parts << QStringLiteral("%1 = %2").arg(codes.join(QStringLiteral(", ")), meaning);
    };
    describe(coding.censored, SchemaLinksEditor::tr("censored"));
    describe(coding.event, SchemaLinksEditor::tr("event"));
    describe(coding.competing, SchemaLinksEditor::tr("competing"));
    return parts.join(QStringLiteral("; "));
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace

SchemaLinksEditor::SchemaLinksEditor(DatasetSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_endpointBox(new QGroupBox(this))
    , m_endpoints(new QTableWidget(0, EndpointColumnCount, this))
    , m_endpointName(new QLineEdit(this))
    , m_timeColumn(new QComboBox(this))
    , m_eventColumn(new QComboBox(this))
    , m_addEndpoint(new QPushButton(this))
    , m_removeEndpoint(new QPushButton(this))
    , m_endpointError(errorLabel(this))
    , m_longitudinalBox(new QGroupBox(this))
    , m_patientColumn(new QComboBox(this))
    , m_visitColumn(new QComboBox(this))
    , m_longitudinalError(errorLabel(this))
{
    m_endpoints->setObjectName(QStringLiteral("survivalEndpoints"));
    m_endpointName->setObjectName(QStringLiteral("endpointName"));
    m_timeColumn->setObjectName(QStringLiteral("endpointTimeColumn"));
    m_eventColumn->setObjectName(QStringLiteral("endpointEventColumn"));
    m_addEndpoint->setObjectName(QStringLiteral("addEndpointButton"));
    m_removeEndpoint->setObjectName(QStringLiteral("removeEndpointButton"));
    m_endpointError->setObjectName(QStringLiteral("endpointError"));
    m_longitudinalBox->setObjectName(QStringLiteral("longitudinalBox"));
    m_patientColumn->setObjectName(QStringLiteral("patientIdColumn"));
    m_visitColumn->setObjectName(QStringLiteral("visitTimeColumn"));
    m_longitudinalError->setObjectName(QStringLiteral("longitudinalError"));

    m_endpoints->verticalHeader()->hide();
    m_endpoints->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_endpoints->setSelectionMode(QAbstractItemView::SingleSelection);
    m_endpoints->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_endpoints->horizontalHeader()->setStretchLastSection(true);
    m_endpoints->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_endpoints->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Three endpoints show without scrolling; registries rarely have more (OS, EFS, relapse).
    m_endpoints->setFixedHeight(m_endpoints->verticalHeader()->defaultSectionSize() * 4 + 4);
    for (QComboBox *combo : {m_timeColumn, m_eventColumn, m_patientColumn, m_visitColumn})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *endpointForm = new QHBoxLayout;
    endpointForm->addWidget(m_endpointName, 1);
    endpointForm->addWidget(m_timeColumn, 1);
    endpointForm->addWidget(m_eventColumn, 1);
    endpointForm->addWidget(m_addEndpoint);
    endpointForm->addWidget(m_removeEndpoint);
    auto *endpointLayout = new QVBoxLayout(m_endpointBox);
    endpointLayout->addWidget(m_endpoints);
    endpointLayout->addLayout(endpointForm);
    endpointLayout->addWidget(m_endpointError);

    m_longitudinalBox->setCheckable(true);
    auto *keysLayout = new QGridLayout(m_longitudinalBox);
    keysLayout->addWidget(new QLabel(this), 0, 0);
    keysLayout->addWidget(m_patientColumn, 0, 1);
    keysLayout->addWidget(new QLabel(this), 1, 0);
    keysLayout->addWidget(m_visitColumn, 1, 1);
    keysLayout->addWidget(m_longitudinalError, 2, 0, 1, 2);
    keysLayout->setRowStretch(3, 1);
    keysLayout->setColumnStretch(1, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_endpointBox, 3);
    layout->addWidget(m_longitudinalBox, 2);

    connect(m_addEndpoint, &QPushButton::clicked, this, &SchemaLinksEditor::addEndpoint);
    connect(m_endpointName, &QLineEdit::returnPressed, this, &SchemaLinksEditor::addEndpoint);
    connect(m_removeEndpoint, &QPushButton::clicked, this, &SchemaLinksEditor::removeSelectedEndpoint);
    connect(m_endpoints, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeEndpoint->setEnabled(!m_endpoints->selectedItems().isEmpty()); });
    connect(m_longitudinalBox, &QGroupBox::toggled, this, &SchemaLinksEditor::applyLongitudinalKeys);
    connect(m_patientColumn, &QComboBox::activated, this, &SchemaLinksEditor::applyLongitudinalKeys);
    connect(m_visitColumn, &QComboBox::activated, this, &SchemaLinksEditor::applyLongitudinalKeys);
    connect(m_session, &DatasetSession::datasetChanged, this, &SchemaLinksEditor::refresh);
    connect(m_session, &DatasetSession::schemaChanged, this, &SchemaLinksEditor::refresh);

    retranslate();
    refresh();
}

void SchemaLinksEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void SchemaLinksEditor::retranslate()
{
    m_endpointBox->setTitle(tr("Survival endpoints"));
    m_endpoints->setHorizontalHeaderLabels({tr("Endpoint"), tr("Time"), tr("Event"), tr("Event coding")});
    m_endpoints->setAccessibleName(tr("Survival endpoints"));
    m_endpointName->setPlaceholderText(tr("Name, e.g. OS"));
    m_endpointName->setAccessibleName(tr("Name of the new endpoint"));
    m_timeColumn->setAccessibleName(tr("Time column of the new endpoint"));
    m_timeColumn->setToolTip(tr("Follow-up time until the event or censoring"));
    m_eventColumn->setAccessibleName(tr("Event column of the new endpoint"));
    m_eventColumn->setToolTip(tr("Whether the event happened, coded like 0 = censored, 1 = event"));
    m_addEndpoint->setText(tr("Add Endpoint"));
    m_addEndpoint->setAccessibleName(tr("Add the endpoint"));
    for (QComboBox *combo : {m_timeColumn, m_eventColumn, m_patientColumn, m_visitColumn})
        combo->view()->setAccessibleName(tr("Columns of the table"));
    m_removeEndpoint->setText(tr("Remove"));
    m_removeEndpoint->setAccessibleName(tr("Remove the selected endpoint"));
    m_longitudinalBox->setTitle(tr("One row per visit (longitudinal)"));
    m_longitudinalBox->setToolTip(tr("Check when patients have several rows, one per visit"));
    auto *keys = static_cast<QGridLayout *>(m_longitudinalBox->layout());
    static_cast<QLabel *>(keys->itemAtPosition(0, 0)->widget())->setText(tr("Patient id:"));
    static_cast<QLabel *>(keys->itemAtPosition(1, 0)->widget())->setText(tr("Visit time:"));
    m_patientColumn->setAccessibleName(tr("Patient id column"));
    m_visitColumn->setAccessibleName(tr("Visit time column"));
}

void SchemaLinksEditor::fillColumnChoices()
{
    using core::ColumnRole;
    // A fresh choice starts on the first column whose role fits, so checking the visit box or
    // adding an endpoint usually needs no further pick.
    const std::pair<QComboBox *, QList<ColumnRole>> choices[] = {
        {m_timeColumn, {ColumnRole::SurvivalTime, ColumnRole::Integer, ColumnRole::Continuous}},
        {m_eventColumn, {ColumnRole::EventIndicator, ColumnRole::Binary}},
        {m_patientColumn, {ColumnRole::PatientId}},
        {m_visitColumn, {ColumnRole::VisitTime, ColumnRole::Date, ColumnRole::DateTime}},
    };
    const QList<core::ColumnSpec> &columns = m_session->schema().columns;
    for (const auto &[combo, preferred] : choices) {
        QString current = combo->currentText();
        combo->clear();
        for (const core::ColumnSpec &spec : columns)
            if (spec.role != ColumnRole::Excluded)
                combo->addItem(spec.name);
        for (ColumnRole role : preferred) {
            if (!current.isEmpty())
                break;
            for (const core::ColumnSpec &spec : columns)
                if (spec.role == role && current.isEmpty())
                    current = spec.name;
        }
        // The visit time must differ from the patient id, so without a fitting role it starts
        // on the second column rather than on the first, which the patient choice takes.
        const int fallback = combo == m_visitColumn ? std::min(1, combo->count() - 1) : 0;
        combo->setCurrentIndex(current.isEmpty() ? fallback : std::max(0, combo->findText(current)));
    }
}

void SchemaLinksEditor::refresh()
{
    m_refreshing = true;
    const core::Schema &schema = m_session->schema();
    fillColumnChoices();

    m_endpoints->setRowCount(int(schema.survival.size()));
    for (int row = 0; row < int(schema.survival.size()); ++row) {
        const core::SurvivalLink &link = schema.survival.at(row);
        const core::ColumnSpec *event = schema.find(link.eventColumn);
        const QStringList cells = {link.name, link.timeColumn, link.eventColumn,
                                   event ? codingText(event->eventCoding) : QString()};
        for (int column = 0; column < EndpointColumnCount; ++column)
            m_endpoints->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_endpoints->resizeColumnsToContents();
    m_removeEndpoint->setEnabled(!m_endpoints->selectedItems().isEmpty());

    m_longitudinalBox->setChecked(schema.longitudinal.has_value());
    if (schema.longitudinal) {
        m_patientColumn->setCurrentIndex(m_patientColumn->findText(schema.longitudinal->patientIdColumn));
        m_visitColumn->setCurrentIndex(m_visitColumn->findText(schema.longitudinal->visitTimeColumn));
    }
    setEnabled(m_session->hasData());
    m_refreshing = false;
}

void SchemaLinksEditor::showError(QLabel *label, const QString &error)
{
    label->setText(error);
    label->setVisible(!error.isEmpty());
}

void SchemaLinksEditor::addEndpoint()
{
    const core::Schema &schema = m_session->schema();
    const core::SurvivalLink link{m_endpointName->text().trimmed(), m_timeColumn->currentText(),
                                  m_eventColumn->currentText()};
    const core::SchemaEdit edit = core::withSurvivalLink(schema, m_session->table(), schema.survival.size(), link);
    showError(m_endpointError, edit.error);
    if (!edit.schema)
        return;
    m_session->undoStack()->push(new SetSchemaCommand(
        m_session, *edit.schema, tr("Add endpoint %1").arg(edit.schema->survival.back().name)));
    m_endpointName->clear();
}

void SchemaLinksEditor::removeSelectedEndpoint()
{
    const QList<QTableWidgetItem *> selected = m_endpoints->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.front()->row();
    const core::Schema &schema = m_session->schema();
    if (row >= schema.survival.size())
        return;
    const QString name = schema.survival.at(row).name;
    m_session->undoStack()->push(
        new SetSchemaCommand(m_session, core::withoutSurvivalLink(schema, row), tr("Remove endpoint %1").arg(name)));
    showError(m_endpointError, {});
}

void SchemaLinksEditor::applyLongitudinalKeys()
{
    if (m_refreshing)
        return;
    std::optional<core::LongitudinalKeys> keys;
    if (m_longitudinalBox->isChecked())
        keys = core::LongitudinalKeys{m_patientColumn->currentText(), m_visitColumn->currentText()};
    const core::Schema &schema = m_session->schema();
    if (keys == schema.longitudinal)
        return;
    const core::SchemaEdit edit = core::withLongitudinalKeys(schema, keys);
    showError(m_longitudinalError, edit.error);
    if (!edit.schema)
        return;
    m_session->undoStack()->push(new SetSchemaCommand(
        m_session, *edit.schema,
        keys ? tr("Set longitudinal keys %1, %2").arg(keys->patientIdColumn, keys->visitTimeColumn)
             : tr("Remove longitudinal keys")));
}

} // namespace synthreg::gui
