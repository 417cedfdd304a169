#pragma once

#include "core/io/importer.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableView;
class QTimer;

namespace synthreg::gui {

class ImportPreview;
class TableModel;

/**
 * The import wizard's options page: for delimited text the delimiter, encoding, decimal
 * separator, header and missing-value tokens; for SQLite a table or view, or a read-only
 * SELECT. Every change re-reads a preview of the first ImportPreview::kRows rows and shows
 * the detected dialect and any diagnostics; Import stays disabled while the preview fails.
 *
 * The preview is read on the GUI thread (bounded, see ImportPreview); the import itself is
 * left to the caller, which passes request() to DatasetLoader::load(). The dialog is modal
 * and short-lived, so it is built in the current language and not retranslated while open.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    /** Reads the first preview before returning. `path` must not be a ReadStat file (see hasOptions()). */
    explicit ImportDialog(const QString &path, QWidget *parent = nullptr);

    /** What to import, as the controls say now; meaningful after exec() returned Accepted. */
    core::ImportRequest request() const;

    /** False for SAS, Stata and SPSS files, which have no options: import those directly. */
    static bool hasOptions(const QString &path);

private:
    QWidget *createTextOptions();
    QWidget *createSqliteSource();
    core::CsvOptions csvOptions() const;
    void listSqliteTables();
    void schedulePreview();
    void updatePreview();
    void showPreview(const ImportPreview &preview);
    QString summary(const core::Table &table) const;

    QString m_path;
    bool m_isSqlite = false;
    std::optional<core::Diagnostic> m_listingError;
    qint64 m_sourceRowCount = -1;   ///< rows of the previewed table when known, for the summary

    QLabel *m_fileLabel = nullptr;
    // Delimited text
    QComboBox *m_delimiterBox = nullptr;
    QComboBox *m_encodingBox = nullptr;
    QComboBox *m_decimalBox = nullptr;
    QComboBox *m_headerBox = nullptr;
    QLineEdit *m_naTokensEdit = nullptr;
    QLabel *m_dialectLabel = nullptr;
    // SQLite
    QButtonGroup *m_sourceGroup = nullptr;
    QRadioButton *m_tableRadio = nullptr;
    QRadioButton *m_queryRadio = nullptr;
    QListWidget *m_tableList = nullptr;
    QPlainTextEdit *m_queryEdit = nullptr;
    // Preview and outcome
    TableModel *m_previewModel = nullptr;
    QTableView *m_previewView = nullptr;
    QListWidget *m_diagnosticsList = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_importButton = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace synthreg::gui
