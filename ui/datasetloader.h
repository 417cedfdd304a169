#pragma once

#include "core/data/typeinference.h"
#include "core/io/importer.h"
#include "core/io/sqlitesource.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <optional>

namespace synthreg::gui {

class DatasetSession;

/**
 * Imports a file (or the embedded demo) and infers its schema on a worker thread, then
 * hands the result to a DatasetSession on the GUI thread. One job at a time: a request
 * made while busy is ignored (the window disables its import actions meanwhile).
 *
 * Readers cannot be cancelled; a job still running when the loader is destroyed finishes
 * on its own and its result is dropped.
 */
class DatasetLoader : public QObject
{
    Q_OBJECT

public:
    /** Everything a finished import carries from the worker back to the GUI thread. */
    struct Outcome
    {
        core::Table table;
        core::InferenceResult inference;
        core::Diagnostics warnings;
        std::optional<core::Diagnostic> error;
        QString sourceName;
    };

    /** Tables and views of a SQLite file, or the error that stopped listing them. */
    struct SqliteListing
    {
        QString path;
        QList<core::SqliteTableInfo> tables;
        std::optional<core::Diagnostic> error;
    };

    explicit DatasetLoader(DatasetSession *session, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    /** The file the running job reads, for status messages; empty when idle. */
    const QString &currentSourceName() const { return m_currentSourceName; }

    void load(const core::ImportRequest &request);
    void loadDemo();
    /** Lists a SQLite file's tables; answers with sqliteTablesListed() or failed(). */
    void listSqliteTables(const QString &path);

    /**
     * Imports `request` on the calling thread (any thread), inferring a schema only when
     * `inferSchema` is set. The one import path: load() runs it on a worker; other pages
     * that need a second table (the Evaluate mode's synthetic file) call it through QtConcurrent.
     */
    static Outcome importFile(const core::ImportRequest &request, bool inferSchema = true);

    /** True when `path` starts with the SQLite 3 file header. */
    static bool isSqliteFile(const QString &path);

Q_SIGNALS:
    void busyChanged(bool busy);
    /** The session now holds the new data. */
    void loaded();
    /** `message` names the file, line and column and what to do (Diagnostic::toString()). */
    void failed(const QString &sourceName, const QString &message);
    void sqliteTablesListed(const QString &path, const QList<core::SqliteTableInfo> &tables);

private:
    void start(QString sourceName, std::function<Outcome()> work);
    void finish();
    void finishListing();
    void setBusy(bool busy, const QString &sourceName);

    DatasetSession *m_session;
    QFutureWatcher<Outcome> m_importWatcher;
    QFutureWatcher<SqliteListing> m_listingWatcher;
    bool m_busy = false;
    QString m_currentSourceName;
};

} // namespace synthreg::gui
