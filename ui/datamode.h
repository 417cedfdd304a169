#pragma once

#include <QWidget>

class QSplitter;
class QStackedWidget;
class QTableView;

namespace synthreg::gui {

class ColumnProfilePanel;
class DatasetSession;
class StartPage;
class TableModel;
class WarningPanel;

/**
 * The Data mode: the start page until something is loaded, then a preview of every row
 * (virtual, so millions of rows scroll smoothly), the import warnings and the profile of
 * the selected column.
 */
class DataMode : public QWidget
{
    Q_OBJECT

public:
    explicit DataMode(DatasetSession *session, QWidget *parent = nullptr);

    /** Disables the start page's buttons while an import runs. */
    void setImportEnabled(bool enabled);
    /** The start page's recently imported files, newest first. */
    void setRecentFiles(const QStringList &paths);
    /** Shows the profile of `column` and makes it the current column of the preview. */
    void selectColumn(int column);

Q_SIGNALS:
    void openDemoRequested();
    void importRequested();
    void openFileRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDataset();
    void showColumnProfile(int column);
    void updateWarnings(bool keepDismissed);

    DatasetSession *m_session;
    QStackedWidget *m_stack;
    StartPage *m_startPage;
    WarningPanel *m_warnings;
    QSplitter *m_splitter;
    QTableView *m_view;
    TableModel *m_model;
    ColumnProfilePanel *m_profile;
    int m_profiledColumn = -1;
};

} // namespace synthreg::gui
