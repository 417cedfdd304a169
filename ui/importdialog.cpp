#include "importdialog.h"

#include "datasetloader.h"
#include "importpreview.h"
#include "tablemodel.h"

#include "core/io/readstatreader.h"
#include "core/io/sqliteconnection.h"
#include "core/io/sqlitesource.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace synthreg::gui {

namespace {

constexpr int kTypingDelayMs = 300;

template<typename Widget>
Widget *named(Widget *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

QComboBox *choiceBox(const QList<std::pair<QString, int>> &choices, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const auto &[text, value] : choices)
        box->addItem(text, value);
    return box;
}

} // namespace

bool ImportDialog::hasOptions(const QString &path)
{
    return !core::ReadStatReader::handlesSuffix(QFileInfo(path).suffix());
}

ImportDialog::ImportDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_isSqlite(DatasetLoader::isSqliteFile(path))
    , m_previewModel(new TableModel(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("importDialog"));
    const QString fileName = QFileInfo(path).fileName();
    setWindowTitle(tr("Import %1").arg(fileName));
    setMinimumSize(900, 600);

    m_fileLabel = named(new QLabel(this), "importFileLabel", tr("File"));
    m_fileLabel->setText(m_isSqlite ? tr("SQLite database <b>%1</b>").arg(fileName.toHtmlEscaped())
                                    : tr("Delimited text file <b>%1</b>").arg(fileName.toHtmlEscaped()));
    m_fileLabel->setToolTip(QFileInfo(path).absoluteFilePath());

    m_previewView = named(new QTableView(this), "importPreviewView", tr("Preview"));
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->setWordWrap(false);
    m_previewView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The look of the Data page's table, so the preview reads like what the import will show.
    QHeaderView *rows = m_previewView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QHeaderView *columns = m_previewView->horizontalHeader();
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("00000")));
    columns->setMaximumSectionSize(fontMetrics().averageCharWidth() * 40);

    m_diagnosticsList = named(new QListWidget(this), "importDiagnosticsList", tr("Problems found in the preview"));
    m_diagnosticsList->setWordWrap(true);
    m_diagnosticsList->setSelectionMode(QAbstractItemView::NoSelection);
    m_diagnosticsList->setFocusPolicy(Qt::NoFocus);
    m_diagnosticsList->setMaximumHeight(fontMetrics().height() * 6);
    m_diagnosticsList->hide();

    m_summaryLabel = named(new QLabel(this), "importSummaryLabel", tr("Summary"));
    m_summaryLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = named(buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole), "importButton", tr("Import"));
    m_importButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelImportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_previewTimer->setObjectName(QStringLiteral("importPreviewTimer"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kTypingDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ImportDialog::updatePreview);

    auto *previewTitle = new QLabel(tr("Preview"), this);
    previewTitle->setBuddy(m_previewView);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summaryLabel, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_isSqlite ? createSqliteSource() : createTextOptions());
    if (m_dialectLabel)
        layout->addWidget(m_dialectLabel);
    layout->addWidget(previewTitle);
    layout->addWidget(m_previewView, 1);
    layout->addWidget(m_diagnosticsList);
    layout->addLayout(bottom);

    if (m_isSqlite)
        listSqliteTables();
    updatePreview();
}

QWidget *ImportDialog::createTextOptions()
{
    auto *group = named(new QGroupBox(tr("Reading options"), this), "importTextOptions", tr("Reading options"));

    m_delimiterBox = named(choiceBox({{tr("Detect"), 0}, {tr("Comma ( , )"), ','}, {tr("Semicolon ( ; )"), ';'},
                                      {tr("Tab"), '\t'}, {tr("Pipe ( | )"), '|'}}, group),
                           "delimiterBox", tr("Delimiter"));
    m_encodingBox = named(new QComboBox(group), "encodingBox", tr("Encoding"));
    for (core::TextEncoding encoding : {core::TextEncoding::Auto, core::TextEncoding::Utf8,
                                        core::TextEncoding::Latin1, core::TextEncoding::Windows1252})
        m_encodingBox->addItem(ImportPreview::encodingDisplayName(encoding), int(encoding));
    m_decimalBox = named(choiceBox({{tr("Detect"), -1}, {tr("Point (1.5)"), 0}, {tr("Comma (1,5)"), 1}}, group),
                         "decimalBox", tr("Decimal separator"));
    m_headerBox = named(choiceBox({{tr("Detect"), int(core::HeaderMode::Auto)},
                                   {tr("Yes"), int(core::HeaderMode::Present)},
                                   {tr("No: number the columns"), int(core::HeaderMode::Absent)}}, group),
                        "headerBox", tr("First row is a header"));
    m_naTokensEdit = named(new QLineEdit(ImportPreview::formatNaTokens(core::CsvOptions::defaultNaTokens()), group),
                           "naTokensEdit", tr("Missing values"));
    m_naTokensEdit->setToolTip(tr("Cell texts that mean \"missing\", separated by commas. "
                                  "%1 stands for an empty cell.").arg(ImportPreview::emptyTokenText()));
    m_naTokensEdit->setAccessibleDescription(m_naTokensEdit->toolTip());

    auto *left = new QFormLayout;
    left->addRow(tr("&Delimiter:"), m_delimiterBox);
    left->addRow(tr("&Encoding:"), m_encodingBox);
    left->addRow(tr("Decimal &separator:"), m_decimalBox);
    auto *right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addRow(tr("First row is a &header:"), m_headerBox);
    right->addRow(tr("&Missing values:"), m_naTokensEdit);
    auto *hint = new QLabel(tr("Separate with commas; %1 is an empty cell.").arg(ImportPreview::emptyTokenText()), group);
    hint->setForegroundRole(QPalette::PlaceholderText);
    right->addRow(QString(), hint);
    auto *columns = new QHBoxLayout(group);
    columns->addLayout(left);
    columns->addSpacing(24);
    columns->addLayout(right, 1);

    m_dialectLabel = named(new QLabel(this), "detectedDialectLabel", tr("Detected format"));
    m_dialectLabel->setWordWrap(true);
    m_dialectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (QComboBox *box : {m_delimiterBox, m_encodingBox, m_decimalBox, m_headerBox})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
    connect(m_naTokensEdit, &QLineEdit::textChanged, this, &ImportDialog::schedulePreview);
    return group;
}

QWidget *ImportDialog::createSqliteSource()
{
    auto *group = named(new QGroupBox(tr("What to import"), this), "importSqliteSource", tr("What to import"));
    m_tableRadio = named(new QRadioButton(tr("&Table or view"), group), "tableRadio", tr("Table or view"));
    m_queryRadio = named(new QRadioButton(tr("SQL &query"), group), "queryRadio", tr("SQL query"));
    m_tableRadio->setChecked(true);
    m_sourceGroup = new QButtonGroup(this);
    m_sourceGroup->addButton(m_tableRadio);
    m_sourceGroup->addButton(m_queryRadio);

    m_tableList = named(new QListWidget(group), "tableList", tr("Tables and views"));
    m_queryEdit = named(new QPlainTextEdit(group), "queryEdit", tr("SQL query"));
    m_queryEdit->setPlaceholderText(tr("SELECT … FROM … WHERE …  (one read-only SELECT statement)"));
    m_queryEdit->setTabChangesFocus(true);
    m_queryEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int rows = fontMetrics().height() * 8;
    m_tableList->setFixedHeight(rows);
    m_queryEdit->setFixedHeight(rows);

    auto *grid = new QGridLayout(group);
    grid->addWidget(m_tableRadio, 0, 0);
    grid->addWidget(m_queryRadio, 0, 1);
    grid->addWidget(m_tableList, 1, 0);
    grid->addWidget(m_queryEdit, 1, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    connect(m_sourceGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            updatePreview();
    });
    // Choosing a table or typing a query selects that source; the radio must not preview
    // again on its own, hence the blocker.
    connect(m_tableList, &QListWidget::currentRowChanged, this, [this] {
        {
            const QSignalBlocker blocker(m_sourceGroup);
            m_tableRadio->setChecked(true);
        }
        updatePreview();
    });
    connect(m_queryEdit, &QPlainTextEdit::textChanged, this, [this] {
        {
            const QSignalBlocker blocker(m_sourceGroup);
            m_queryRadio->setChecked(true);
        }
        schedulePreview();
    });
    return group;
}

void ImportDialog::listSqliteTables()
{
    const QList<core::SqliteTableInfo> tables = core::SqliteSource::listTables(m_path, &m_listingError);
    const QSignalBlocker blocker(m_tableList);
    for (const core::SqliteTableInfo &info : tables) {
        QString text = info.name;
        if (info.isView)
            text = tr("%1 (view)").arg(info.name);
        else if (info.rowCount == 1)
            text = tr("%1 (1 row)").arg(info.name);
        else if (info.rowCount >= 0)
            text = tr("%1 (%2 rows)").arg(info.name, QLocale().toString(info.rowCount));
        auto *item = new QListWidgetItem(text, m_tableList);
        item->setData(Qt::UserRole, info.name);
        item->setData(Qt::UserRole + 1, info.rowCount);
    }
    if (m_tableList->count() > 0) {
        m_tableList->setCurrentRow(0);
        m_queryEdit->setPlaceholderText(tr("SELECT * FROM %1 WHERE …  (one read-only SELECT statement)")
                                            .arg(core::quoteSqlIdentifier(tables.front().name)));
    }
}

core::CsvOptions ImportDialog::csvOptions() const
{
    core::CsvOptions options;
    options.delimiter = char(m_delimiterBox->currentData().toInt());
    options.encoding = core::TextEncoding(m_encodingBox->currentData().toInt());
    if (const int decimal = m_decimalBox->currentData().toInt(); decimal >= 0)
        options.decimalComma = decimal == 1;
    options.header = core::HeaderMode(m_headerBox->currentData().toInt());
    options.naTokens = ImportPreview::parseNaTokens(m_naTokensEdit->text());
    return options;
}

core::ImportRequest ImportDialog::request() const
{
    core::ImportRequest request;
    request.path = m_path;
    if (!m_isSqlite) {
        request.csv = csvOptions();
    } else if (m_queryRadio->isChecked()) {
        request.query = m_queryEdit->toPlainText().trimmed();
    } else if (const QListWidgetItem *item = m_tableList->currentItem()) {
        request.table = item->data(Qt::UserRole).toString();
    }
    return request;
}

void ImportDialog::schedulePreview()
{
    // The preview on screen no longer matches the controls until the timer re-reads it.
    m_importButton->setEnabled(false);
    m_previewTimer->start();
}

void ImportDialog::updatePreview()
{
    m_previewTimer->stop();
    m_sourceRowCount = -1;
    // Reading on the GUI thread is acceptable only because every preview stops after
    // ImportPreview::kRows rows (a LIMIT for SQLite); the import itself runs on a worker.
    if (!m_isSqlite) {
        showPreview(ImportPreview::readText(m_path, csvOptions()));
    } else if (m_queryRadio->isChecked()) {
        showPreview(ImportPreview::readSqliteQuery(m_path, m_queryEdit->toPlainText()));
    } else if (const QListWidgetItem *item = m_tableList->currentItem()) {
        m_sourceRowCount = item->data(Qt::UserRole + 1).toLongLong();
        showPreview(ImportPreview::readSqliteTable(m_path, item->data(Qt::UserRole).toString()));
    } else {
        ImportPreview nothing;
        nothing.result.error = m_listingError.value_or(core::Diagnostic::error(
            m_path, tr("the database holds no tables or views"), tr("Write a query, or choose another file.")));
        showPreview(nothing);
    }
}

void ImportDialog::showPreview(const ImportPreview &preview)
{
    const core::ImportResult &result = preview.result;
    m_previewModel->setTable(result.table);
    m_previewView->resizeColumnsToContents();
    // Some air around short values, as on the Data page.
    QHeaderView *header = m_previewView->horizontalHeader();
    for (int column = 0; column < m_previewModel->columnCount(); ++column)
        header->resizeSection(column, header->sectionSize(column) + fontMetrics().horizontalAdvance(QLatin1Char('0')));

    m_diagnosticsList->clear();
    if (result.error)
        new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical), result.error->toString(), m_diagnosticsList);
    for (const core::Diagnostic &warning : result.warnings)
        new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), warning.toString(), m_diagnosticsList);
    m_diagnosticsList->setVisible(m_diagnosticsList->count() > 0);

    if (m_dialectLabel) {
        const core::CsvOptions options = csvOptions();
        const bool detectsAll = options.delimiter == 0 && options.encoding == core::TextEncoding::Auto
                             && !options.decimalComma && options.header == core::HeaderMode::Auto;
        if (!preview.dialect)
            m_dialectLabel->setText(tr("The file cannot be read with these settings."));
        else if (detectsAll)
            m_dialectLabel->setText(tr("Detected: %1").arg(ImportPreview::describeDialect(*preview.dialect)));
        else
            m_dialectLabel->setText(tr("Read as: %1").arg(ImportPreview::describeDialect(*preview.dialect)));
    }

    if (result.error) {
        m_summaryLabel->setText(m_isSqlite ? tr("Nothing to import: choose another table or correct the query as the message above says.")
                                           : tr("Nothing to import: change the options, or correct the file, as the message above says."));
    } else {
        m_summaryLabel->setText(summary(result.table));
    }
    m_importButton->setEnabled(result.ok());
}

QString ImportDialog::summary(const core::Table &table) const
{
    const int columns = table.columnCount();
    const auto rows = qint64(table.rowCount());
    const QString columnText = columns == 1 ? tr("1 column") : tr("%n columns", nullptr, columns);
    QString rowText;
    if (rows < ImportPreview::kRows)
        rowText = rows == 1 ? tr("its only row is shown") : tr("all %n rows are shown", nullptr, int(rows));
    else if (m_sourceRowCount > rows)
        rowText = tr("preview of the first %1 of %2 rows").arg(ImportPreview::kRows).arg(QLocale().toString(m_sourceRowCount));
    else
        rowText = tr("preview of the first %1 rows").arg(ImportPreview::kRows);
    return tr("%1; %2").arg(columnText, rowText);
}

} // namespace synthreg::gui
