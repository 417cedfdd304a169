#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace synthreg::core {

class SqliteStatement;

/**
 * One SQLite connection (RAII: closed by the destructor). Shared by the SQLite reader and
 * writer and by the project file, so every SQLite error reaches the user in the same words.
 *
 * Threading: a connection belongs to the thread that opened it; open another one per thread.
 * Statements point to their connection: finish them before the connection moves or closes.
 * Errors: calls return false (or an invalid statement) and set errorCode(), errorString()
 * (what went wrong, in words a user understands) and errorFix() (what to do about it).
 */
class SqliteConnection
{
public:
    enum class OpenMode {
        ReadOnly,        ///< "file:…?mode=ro": nothing, not even a journal, is written
        ReadWrite,       ///< the file must exist
        ReadWriteCreate, ///< creates the file when it does not exist
    };

    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&other) noexcept;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /**
     * Opens `path` through a "file:" URI with a 2 s busy timeout, then reads the schema once
     * so that a file that is not SQLite, a damaged file or a locked database fails here
     * rather than at the first query. Closes any connection this object held before.
     */
    bool open(const QString &path, OpenMode mode);
    /** Convenience for open(path, readOnly ? ReadOnly : ReadWrite). */
    bool open(const QString &path, bool readOnly) { return open(path, readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite); }
    void close();
    bool isOpen() const { return m_db != nullptr; }
    const QString &path() const { return m_path; }

    /** Runs one or more statements that return no rows. */
    bool exec(const QString &sql);

    /**
     * Compiles the first statement of `sql`. When `tail` is given it receives the text after
     * that statement (empty, whitespace or comments when `sql` held a single statement).
     */
    SqliteStatement prepare(const QString &sql, QString *tail = nullptr);

    bool beginTransaction();    ///< BEGIN IMMEDIATE: takes the write lock up front
    bool commit();
    bool rollback();            ///< keeps the first error, so the caller can still report it

    qint64 lastInsertRowId() const;

    /** Primary SQLite result code of the last failure (SQLITE_BUSY, …), 0 after success. */
    int errorCode() const { return m_errorCode; }
    QString errorString() const { return m_errorString; }
    QString errorFix() const { return m_errorFix; }
    /** errorString() and errorFix() as one sentence pair, for APIs that report a single string. */
    QString errorText() const;

    /** Replaces the error with `message` and `fix` (code SQLITE_ERROR): for checks done above SQLite. */
    void setError(const QString &message, const QString &fix);

    sqlite3 *handle() const { return m_db; }

private:
    friend class SqliteStatement;
    void setErrorFromCode(int code);
    void clearError();

    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_errorCode = 0;
    QString m_errorString;
    QString m_errorFix;
};

/**
 * A prepared statement of a SqliteConnection (RAII: finalized by the destructor). Errors are
 * reported through the connection's errorString(). Bind indexes are 1-based, column indexes
 * 0-based, as in SQLite.
 */
class SqliteStatement
{
public:
    enum class StepResult { Row, Done, Error };
    enum class ValueType { Integer, Real, Text, Blob, Null };

    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /** False when preparing failed, or when the SQL held only whitespace or comments. */
    bool isValid() const { return m_stmt != nullptr; }
    /** True when running the statement cannot change the database file (sqlite3_stmt_readonly). */
    bool isReadOnly() const;

    bool bind(int index, double value);
    bool bind(int index, qint64 value);
    bool bind(int index, const QString &value);
    bool bindBlob(int index, const QByteArray &value);
    bool bindNull(int index);

    StepResult step();
    /** Steps to the end; true when the statement finished without error. */
    bool run();
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    /** The declared type of a result column taken straight from a table ("DATE"), else empty. */
    QString columnDeclaredType(int column) const;
    ValueType columnType(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;

private:
    friend class SqliteConnection;
    SqliteStatement(SqliteConnection *connection, sqlite3_stmt *stmt) : m_connection(connection), m_stmt(stmt) {}
    bool checkBind(int rc);

    SqliteConnection *m_connection = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

/** Double-quotes an SQL identifier, doubling embedded quotes: my "t" -> "my ""t""". */
QString quoteSqlIdentifier(const QString &name);

/**
 * Renames `from` to `to`, replacing `to` atomically when it exists (POSIX rename,
 * MoveFileEx with MOVEFILE_REPLACE_EXISTING on Windows). Returns false and sets `error`.
 */
bool replaceFile(const QString &from, const QString &to, QString *error);

/**
 * Creates a new, empty file "<targetPath>.tmp-XXXXXX" beside `targetPath` (exclusively, so
 * never an existing file; default permissions, unlike QTemporaryFile's 0600) and returns its
 * path. Returns an empty string and sets `error` when the folder is not writable.
 */
QString createTempFileBeside(const QString &targetPath, QString *error);

/** Removes `path` and the -journal, -wal and -shm files SQLite may have left beside it. */
void removeSqliteFiles(const QString &path);

} // namespace synthreg::core
