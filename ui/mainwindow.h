#pragma once

#include "core/io/sqlitesource.h"
#include "mode.h"

#include <QMainWindow>

#include <array>

class QAction;
class QDockWidget;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolBar;

namespace synthreg::gui {

class DataMode;
class DatasetLoader;
class DatasetSession;
class EvaluateMode;
class ReleaseMode;
class ProjectSidebar;
class TrainMode;
class SchemaMode;

/**
 * The application window: a mode bar (Data, Schema, Train, Evaluate, Release) on the
 * left, the current mode's page, the File and Edit menus and a status bar with the compute device
 * and the size of the loaded table.
 *
 * The window owns one DatasetSession, which every mode reads, and one DatasetLoader,
 * which fills the session off the GUI thread.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DatasetSession *session() const { return m_session; }
    DatasetLoader *loader() const { return m_loader; }

    Mode currentMode() const;
    void setMode(Mode mode);
    QWidget *modePage(Mode mode) const;
    QAction *modeAction(Mode mode) const;

    /** Translated name of a mode, as the mode bar shows it. */
    static QString modeTitle(Mode mode);

    /** Restores geometry and window state saved by the last session (QSettings). */
    void readSettings();

public Q_SLOTS:
    void openDemo();
    /** Asks for a file, shows its reading options and preview (ImportDialog), then imports it. */
    void importFile();
    /** Imports `path` as detected, without options (recent files, drag and drop); for SQLite, asks which table first. */
    void openFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    /** A data file dragged from the file manager onto the window is imported. */
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createModeBar();
    void createStatusBar();
    void createSidebar();
    void createUndoActions();
    void retranslate();
    void updateLanguageActions();
    void setLanguage(const QString &language);
    void onBusyChanged(bool busy);
    /** Shows a training or evaluation job's progress in the status bar; percent < 0 hides it. */
    void onJobProgress(int percent, const QString &text);
    void onDatasetChanged();
    void onImportFailed(const QString &sourceName, const QString &message);
    void chooseSqliteTable(const QString &path, const QList<core::SqliteTableInfo> &tables);
    void showAbout();

    DatasetSession *m_session;
    DatasetLoader *m_loader;
    QString m_importingPath;   ///< the file being imported; it joins the recent files once it loads

    QToolBar *m_modeBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QActionGroup *m_modeGroup = nullptr;
    std::array<QAction *, kModeCount> m_modeActions{};
    DataMode *m_dataMode = nullptr;
    SchemaMode *m_schemaMode = nullptr;
    TrainMode *m_trainMode = nullptr;
    EvaluateMode *m_evaluateMode = nullptr;
    ReleaseMode *m_releaseMode = nullptr;
    ProjectSidebar *m_sidebar = nullptr;
    QDockWidget *m_sidebarDock = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguageAction = nullptr;

    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_jobLabel = nullptr;
    QProgressBar *m_jobBar = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QString m_lastDirectory;
};

} // namespace synthreg::gui
