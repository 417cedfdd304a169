#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace synthreg::gui {

class DatasetSession;
class SchemaLinksEditor;
class SchemaModel;
class WarningPanel;

/**
 * The Schema mode: the role, missing-value handling and reason proposed for every column,
 * coloured by role family, with the table-level findings of the inference. Roles and
 * missing-value handling are edited in place (SchemaDelegate, SchemaModel::setData()); every
 * edit and every schema import is one command on the session's undo stack. Schemas are
 * exported and imported as SynthReg schema JSON or SDV single-table metadata.
 */
class SchemaMode : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaMode(DatasetSession *session, QWidget *parent = nullptr);

    enum class SchemaFormat { SynthReg, Sdv };

    SchemaModel *model() const { return m_model; }

    /**
     * Writes the session's schema to `path` atomically (QSaveFile). Returns false and sets
     * `error` (a translated sentence naming the file) when it cannot.
     */
    bool exportSchema(const QString &path, SchemaFormat format, QString *error) const;
    /**
     * Reads SynthReg schema JSON or SDV metadata (told apart by the "format" and
     * "METADATA_SPEC_VERSION" keys) from `path`, checks it against the session's table and,
     * when it fits, applies it as one undoable command. Otherwise returns false, leaves the
     * session as it was and fills `problems` with one sentence per problem.
     */
    bool importSchema(const QString &path, QStringList *problems);

    /** Selects the row of column `row` and opens the role editor on it (screenshots, keyboard users). */
    void editRole(int row);

public Q_SLOTS:
    /** Asks for a file, imports it, and lists the problems in a message box if refused. */
    void chooseSchemaToImport();
    /** Asks for a file name and format, then exports. */
    void chooseSchemaExport();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateWarnings(bool keepDismissed);
    void showSchema();
    void rebuildLegend();
    void updateUndoButtons();
    QString startDirectory() const;

    DatasetSession *m_session;
    SchemaModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QLabel *m_title;
    QLabel *m_description;
    WarningPanel *m_warnings;
    QPushButton *m_undoButton;
    QPushButton *m_redoButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QTableView *m_view;
    SchemaLinksEditor *m_links;
    QWidget *m_legend;
    QString m_lastDirectory;
};

} // namespace synthreg::gui
