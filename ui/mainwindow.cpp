#include "mainwindow.h"

#include "core/models/computedevice.h"
#include "datamode.h"
#include "datasetloader.h"
#include "datasetsession.h"
#include "evaluatemode.h"
#include "importdialog.h"
#include "language.h"
#include "modeiconengine.h"
#include "releasemode.h"
#include "projectsidebar.h"
#include "recentfiles.h"
#include "schemamode.h"
#include "trainmode.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

namespace synthreg::gui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kLastDirectoryKey = QStringLiteral("import/lastDirectory");

constexpr std::array<Mode, kModeCount> kModes = {Mode::Data, Mode::Schema, Mode::Train, Mode::Evaluate,
                                                 Mode::Release};

QString modeObjectName(Mode mode)
{
    switch (mode) {
    case Mode::Data: return QStringLiteral("modeDataAction");
    case Mode::Schema: return QStringLiteral("modeSchemaAction");
    case Mode::Train: return QStringLiteral("modeTrainAction");
    case Mode::Evaluate: return QStringLiteral("modeEvaluateAction");
    case Mode::Release: return QStringLiteral("modeReleaseAction");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new DatasetSession(this))
    , m_loader(new DatasetLoader(m_session, this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(modeIcon(Mode::Data));
    m_lastDirectory = QSettings().value(kLastDirectoryKey).toString();

    m_dataMode = new DataMode(m_session, m_pages);
    m_schemaMode = new SchemaMode(m_session, m_pages);
    m_pages->addWidget(m_dataMode);
    m_pages->addWidget(m_schemaMode);
    m_evaluateMode = new EvaluateMode(m_session, m_pages);
    // Train on the rows Evaluate keeps as training rows, so its holdout stays unseen.
    m_trainMode = new TrainMode(m_session, [this] { return m_evaluateMode->trainingSelection(); }, m_pages);
    m_pages->addWidget(m_trainMode);
    m_pages->addWidget(m_evaluateMode);
    m_releaseMode = new ReleaseMode(m_session, m_evaluateMode, m_trainMode, m_pages);
    m_pages->addWidget(m_releaseMode);
    setCentralWidget(m_pages);

    createActions();
    createMenus();
    createModeBar();
    createStatusBar();
    createSidebar();

    connect(m_trainMode, &TrainMode::synthesized, this, [this](const core::Table &synthetic, const QString &name) {
        m_evaluateMode->setSynthetic(synthetic, name);
        m_evaluateMode->start();
    });
    connect(m_dataMode, &DataMode::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_dataMode, &DataMode::openFileRequested, this, &MainWindow::openFile);
    m_dataMode->setRecentFiles(recentFiles());
    setAcceptDrops(true);
    connect(m_dataMode, &DataMode::importRequested, this, &MainWindow::importFile);
    connect(m_loader, &DatasetLoader::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_loader, &DatasetLoader::failed, this, &MainWindow::onImportFailed);
    connect(m_loader, &DatasetLoader::sqliteTablesListed, this, &MainWindow::chooseSqliteTable);
    connect(m_loader, &DatasetLoader::loaded, this, [this] {
        if (!m_importingPath.isEmpty()) {
            rememberRecentFile(m_importingPath);
            m_dataMode->setRecentFiles(recentFiles());
            m_importingPath.clear();
        }
        setMode(Mode::Data);
        statusBar()->showMessage(tr("Imported %1.").arg(m_session->sourceName()), 5000);
    });
    connect(m_session, &DatasetSession::datasetChanged, this, &MainWindow::onDatasetChanged);

    retranslate();
    onDatasetChanged();
    setMode(Mode::Data);
}

MainWindow::~MainWindow() = default;

Mode MainWindow::currentMode() const
{
    return Mode(m_pages->currentIndex());
}

void MainWindow::setMode(Mode mode)
{
    m_pages->setCurrentIndex(int(mode));
    m_modeActions[size_t(mode)]->setChecked(true);
}

QWidget *MainWindow::modePage(Mode mode) const
{
    return m_pages->widget(int(mode));
}

QAction *MainWindow::modeAction(Mode mode) const
{
    return m_modeActions[size_t(mode)];
}

QString MainWindow::modeTitle(Mode mode)
{
    switch (mode) {
    case Mode::Data: return tr("Data");
    case Mode::Schema: return tr("Schema");
    case Mode::Train: return tr("Train");
    case Mode::Evaluate: return tr("Evaluate");
    case Mode::Release: return tr("Release");
    }
    return {};
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1280, available.width()), std::min(800, available.height()));
    }
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::openDemo()
{
    m_importingPath.clear();
    m_loader->loadDemo();
}

void MainWindow::importFile()
{
    if (m_loader->isBusy())
        return;
    const QStringList filters = {
        tr("Supported data files (*.csv *.tsv *.tab *.txt *.sqlite *.sqlite3 *.db *.sas7bdat *.xpt *.dta *.sav *.zsav)"),
        tr("Delimited text (*.csv *.tsv *.tab *.txt)"),
        tr("SQLite databases (*.sqlite *.sqlite3 *.db)"),
        tr("SAS files (*.sas7bdat *.xpt)"),
        tr("Stata files (*.dta)"),
        tr("SPSS files (*.sav *.zsav)"),
        tr("All files (*)"),
    };
    QString directory = m_lastDirectory;
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Data"), directory,
                                                      filters.join(QStringLiteral(";;")));
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    QSettings().setValue(kLastDirectoryKey, m_lastDirectory);
    // A chosen file gets the options page with its live preview (delimiter, encoding, NA tokens;
    // table or query for SQLite). SAS, Stata and SPSS files describe themselves: no options.
    if (!ImportDialog::hasOptions(path)) {
        openFile(path);
        return;
    }
    ImportDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_importingPath = path;
    m_loader->load(dialog.request());
}

void MainWindow::openFile(const QString &path)
{
    m_importingPath = path;
    if (DatasetLoader::isSqliteFile(path)) {
        m_loader->listSqliteTables(path);
        return;
    }
    core::ImportRequest request;
    request.path = path;
    m_loader->load(request);
}

void MainWindow::chooseSqliteTable(const QString &path, const QList<core::SqliteTableInfo> &tables)
{
    const QString fileName = QFileInfo(path).fileName();
    if (tables.isEmpty()) {
        QMessageBox::information(this, tr("Import Data"),
                                 tr("%1 contains no tables or views to import.").arg(fileName));
        return;
    }
    QString table = tables.front().name;
    if (tables.size() > 1) {
        QStringList items;
        for (const core::SqliteTableInfo &info : tables) {
            if (info.isView)
                items.append(tr("%1 (view)").arg(info.name));
            else if (info.rowCount >= 0)
                items.append(tr("%1 (%2 rows)").arg(info.name, QLocale().toString(info.rowCount)));
            else
                items.append(info.name);
        }
        bool ok = false;
        const QString item = QInputDialog::getItem(this, tr("Choose a Table"),
                                                   tr("Tables and views in %1:").arg(fileName), items,
                                                   /*current=*/0, /*editable=*/false, &ok);
        const qsizetype index = items.indexOf(item);
        if (!ok || index < 0)
            return;
        table = tables.at(index).name;
    }
    core::ImportRequest request;
    request.path = path;
    request.table = table;
    m_loader->load(request);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    m_openDemoAction = new QAction(this);
    m_openDemoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemo);

    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence::Open);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFile);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_modeGroup = new QActionGroup(this);
    m_modeGroup->setExclusive(true);
    for (Mode mode : kModes) {
        auto *action = new QAction(modeIcon(mode), QString(), m_modeGroup);
        action->setObjectName(modeObjectName(mode));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(mode))));
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
        m_modeActions[size_t(mode)] = action;
    }

    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = new QAction(m_languageGroup);
    m_systemLanguageAction->setCheckable(true);
    connect(m_systemLanguageAction, &QAction::triggered, this, [this] { setLanguage(QString()); });
    for (const QString &language : availableLanguages()) {
        auto *action = new QAction(languageAutonym(language), m_languageGroup);
        action->setCheckable(true);
        action->setData(language);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }
    updateLanguageActions();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openDemoAction);
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    // Undo and Redo are (re)created by createUndoActions(): their prefix is fixed at creation.
    m_editMenu = menuBar()->addMenu(QString());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_modeGroup->actions());

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addAction(m_systemLanguageAction);
    m_languageMenu->addSeparator();
    for (QAction *action : m_languageGroup->actions()) {
        if (action != m_systemLanguageAction)
            m_languageMenu->addAction(action);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createModeBar()
{
    m_modeBar = new QToolBar(this);
    m_modeBar->setObjectName(QStringLiteral("modeBar"));
    m_modeBar->setMovable(false);
    m_modeBar->setFloatable(false);
    m_modeBar->setAllowedAreas(Qt::LeftToolBarArea);
    m_modeBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_modeBar->setIconSize(QSize(28, 28));
    m_modeBar->setContextMenuPolicy(Qt::PreventContextMenu);
    m_modeBar->toggleViewAction()->setVisible(false);
    m_modeBar->addActions(m_modeGroup->actions());
    addToolBar(Qt::LeftToolBarArea, m_modeBar);

    // Equal-width buttons read as one column of tabs rather than a ragged toolbar.
    const int width = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8;
    for (QAction *action : m_modeGroup->actions()) {
        if (QWidget *button = m_modeBar->widgetForAction(action)) {
            button->setMinimumWidth(width);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        }
    }
}

void MainWindow::createUndoActions()
{
    // QUndoStack bakes the translated prefix into the action, so a language change makes new ones.
    delete m_undoAction;
    delete m_redoAction;
    QUndoStack *stack = m_session->undoStack();
    m_undoAction = stack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setStatusTip(tr("Undo the last schema change"));
    m_redoAction = stack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    // QKeySequence::Redo is Ctrl+Y on some platforms: offer Ctrl+Shift+Z everywhere too.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys.append(ctrlShiftZ);
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setStatusTip(tr("Redo the last undone schema change"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
}

void MainWindow::createStatusBar()
{
    m_busyLabel = new QLabel(this);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);   // indeterminate: readers report no progress yet
    m_busyBar->setMaximumWidth(140);
    m_busyBar->setMaximumHeight(fontMetrics().height());
    m_busyBar->setTextVisible(false);
    m_jobLabel = new QLabel(this);
    m_jobLabel->setObjectName(QStringLiteral("jobStatusLabel"));
    m_jobBar = new QProgressBar(this);
    m_jobBar->setObjectName(QStringLiteral("jobStatusBar"));
    m_jobBar->setRange(0, 100);
    m_jobBar->setMaximumWidth(140);
    m_jobBar->setMaximumHeight(fontMetrics().height());
    m_jobBar->setTextVisible(false);
    m_sizeLabel = new QLabel(this);
    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setObjectName(QStringLiteral("deviceStatusLabel"));
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_jobBar);
    statusBar()->addPermanentWidget(m_sizeLabel);
    statusBar()->addPermanentWidget(m_deviceLabel);
    m_busyLabel->hide();
    m_busyBar->hide();
    m_jobLabel->hide();
    m_jobBar->hide();
    connect(m_trainMode, &TrainMode::jobProgress, this, &MainWindow::onJobProgress);
    connect(m_evaluateMode, &EvaluateMode::jobProgress, this, &MainWindow::onJobProgress);
    connect(m_releaseMode, &ReleaseMode::jobProgress, this, &MainWindow::onJobProgress);
}

void MainWindow::createSidebar()
{
    m_sidebar = new ProjectSidebar(this);
    m_sidebarDock = new QDockWidget(this);
    m_sidebarDock->setObjectName(QStringLiteral("projectDock"));
    m_sidebarDock->setWidget(m_sidebar);
    m_sidebarDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_sidebarDock);
    // Narrow by default: the modes' tables need the width more than the list does.
    resizeDocks({m_sidebarDock}, {fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34}, Qt::Horizontal);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_sidebarDock->toggleViewAction());

    connect(m_sidebar, &ProjectSidebar::modeRequested, this, &MainWindow::setMode);
    m_sidebar->follow(m_session, m_trainMode, m_evaluateMode);
}

void MainWindow::onJobProgress(int percent, const QString &text)
{
    m_jobLabel->setText(text);
    m_jobBar->setValue(std::max(0, percent));
    m_jobLabel->setVisible(percent >= 0);
    m_jobBar->setVisible(percent >= 0);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    createUndoActions();
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_openDemoAction->setText(tr("Open &Demo Project"));
    m_openDemoAction->setStatusTip(tr("Open the built-in PBC trial data (418 patients)"));
    m_importAction->setText(tr("&Import File…"));
    m_importAction->setStatusTip(tr("Import a CSV, TSV, SQLite, SAS, Stata or SPSS file"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About SynthReg"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_systemLanguageAction->setText(tr("Follow the System"));

    m_modeBar->setWindowTitle(tr("Modes"));
    m_sidebarDock->setWindowTitle(tr("Project"));
    m_modeBar->setAccessibleName(tr("Modes"));
    for (Mode mode : kModes) {
        QAction *action = m_modeActions[size_t(mode)];
        action->setText(modeTitle(mode));
        action->setToolTip(tr("%1 (%2)").arg(modeTitle(mode),
                                             action->shortcut().toString(QKeySequence::NativeText)));
        if (QWidget *button = m_modeBar->widgetForAction(action))
            button->setAccessibleName(tr("%1 mode").arg(modeTitle(mode)));
    }
    // The fastest device present: the GPU when LibTorch sees one; the Train mode picks per run.
    static const core::ComputeDevice device = core::computeDevices().back();
    m_deviceLabel->setText(tr("Device: %1").arg(device.key == "cuda" ? QString::fromStdString(device.name)
                                                                       : tr("CPU, %1 threads").arg(QThread::idealThreadCount())));
    m_deviceLabel->setToolTip(device.key == "cuda" ? tr("Generators can train on this GPU; choose the device in the Train mode.")
                                                   : tr("No CUDA GPU found: generators train on the CPU."));
    m_jobBar->setAccessibleName(tr("Job progress"));
    if (m_loader->isBusy())
        m_busyLabel->setText(tr("Importing %1…").arg(m_loader->currentSourceName()));
    m_busyBar->setAccessibleName(tr("Import in progress"));
    onDatasetChanged();
}

void MainWindow::updateLanguageActions()
{
    const QString setting = languageSetting();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action == m_systemLanguageAction ? setting.isEmpty() : action->data().toString() == setting);
}

void MainWindow::setLanguage(const QString &language)
{
    setLanguageSetting(language);
    installTranslation(language);
    updateLanguageActions();
}

void MainWindow::onBusyChanged(bool busy)
{
    m_openDemoAction->setEnabled(!busy);
    m_importAction->setEnabled(!busy);
    if (m_dataMode)
        m_dataMode->setImportEnabled(!busy);
    m_busyLabel->setText(busy ? tr("Importing %1…").arg(m_loader->currentSourceName()) : QString());
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
}

void MainWindow::onDatasetChanged()
{
    const bool hasData = m_session->hasData();
    setWindowTitle(hasData ? tr("%1 — SynthReg").arg(m_session->sourceName()) : QStringLiteral("SynthReg"));
    const QLocale locale;
    m_sizeLabel->setText(hasData ? tr("%1 rows × %2 columns")
                                       .arg(locale.toString(qulonglong(m_session->table().rowCount())),
                                            locale.toString(m_session->table().columnCount()))
                                 : QString());
    m_sizeLabel->setVisible(hasData);
}

namespace {

/** The first local file among dragged URLs; empty when there is none. */
QString droppedFile(const QMimeData *mime)
{
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            return url.toLocalFile();
    return {};
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty() && !m_loader->isBusy())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty() || m_loader->isBusy())
        return;
    event->acceptProposedAction();
    openFile(path);
}

void MainWindow::onImportFailed(const QString &sourceName, const QString &message)
{
    m_importingPath.clear();
    // Window-modal and non-blocking: the event loop (and any test driving it) keeps running.
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Import Failed"),
                                tr("SynthReg could not import %1.").arg(sourceName), QMessageBox::Ok, this);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SynthReg"),
                       tr("<h3>SynthReg %1</h3>"
                          "<p>Turns clinical registry and trial extracts into privacy-preserving "
                          "synthetic data, on this computer, without a network.</p>"
                          "<p>The demo data is the Mayo Clinic PBC trial data from the R package "
                          "<i>survival</i> (LGPL ≥ 2).</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace synthreg::gui
