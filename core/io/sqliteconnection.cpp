#include "sqliteconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QUrl>

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

namespace synthreg::core {

namespace {

constexpr int kBusyTimeoutMs = 2000;

struct ErrorWords
{
    QString message;
    QString fix;
};

ErrorWords describe(int primaryCode, const char *sqliteMessage)
{
    switch (primaryCode) {
    case SQLITE_NOTADB:
        return {QStringLiteral("the file is not a SQLite database"),
                QStringLiteral("Choose a SQLite database file (.sqlite, .db); import a CSV or text file with the "
                               "delimited-text importer instead.")};
    case SQLITE_CORRUPT:
        return {QStringLiteral("the database file is damaged (SQLite reports it as corrupt)"),
                QStringLiteral("Restore the file from a backup, or repair a copy with the sqlite3 tool "
                               "(\".recover\") and use the repaired copy.")};
    case SQLITE_BUSY:
        return {QStringLiteral("the database is locked: another program holds it open for writing"),
                QStringLiteral("Close the other program (or wait until it has finished writing), then try again.")};
    case SQLITE_LOCKED:
        return {QStringLiteral("a table of the database is locked by another operation"),
                QStringLiteral("Wait until the other operation has finished, then try again.")};
    case SQLITE_CANTOPEN:
        return {QStringLiteral("the file cannot be opened"),
                QStringLiteral("Check that the path names a file (not a folder), that you may read it, and, "
                               "when writing, that you may write to its folder.")};
    case SQLITE_READONLY:
        return {QStringLiteral("the database cannot be written (it or its folder is read-only)"),
                QStringLiteral("Choose a file in a folder you can write to.")};
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return {QStringLiteral("permission to access the database was denied"),
                QStringLiteral("Check the file's permissions.")};
    case SQLITE_FULL:
        return {QStringLiteral("the disk is full"), QStringLiteral("Free some disk space, then try again.")};
    case SQLITE_IOERR:
        return {QStringLiteral("the file could not be read or written (input/output error: %1)")
                    .arg(QString::fromUtf8(sqliteMessage)),
                QStringLiteral("Check the disk or network drive, then try again.")};
    case SQLITE_NOMEM:
        return {QStringLiteral("SQLite ran out of memory"), QStringLiteral("Close other programs, then try again.")};
    default:
        return {QString::fromUtf8(sqliteMessage), QString()};
    }
}

QString toUri(const QString &path, bool readOnly)
{
    // QUrl percent-encodes '?', '#' and '%' in the path, which SQLite's URI parser would
    // otherwise take as the start of the query string or an escape.
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    if (readOnly)
        uri += QStringLiteral("?mode=ro");
    return uri;
}

} // namespace

SqliteConnection::SqliteConnection() = default;

SqliteConnection::~SqliteConnection()
{
    close();
}

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_errorCode(other.m_errorCode)
    , m_errorString(std::move(other.m_errorString))
    , m_errorFix(std::move(other.m_errorFix))
{
}

SqliteConnection &SqliteConnection::operator=(SqliteConnection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_errorCode = other.m_errorCode;
        m_errorString = std::move(other.m_errorString);
        m_errorFix = std::move(other.m_errorFix);
    }
    return *this;
}

bool SqliteConnection::open(const QString &path, OpenMode mode)
{
    close();
    clearError();
    m_path = path;

    if (mode != OpenMode::ReadWriteCreate && !QFileInfo::exists(path)) {
        m_errorCode = SQLITE_CANTOPEN;
        m_errorString = QStringLiteral("the file does not exist");
        m_errorFix = QStringLiteral("Check the path, or choose the file again.");
        return false;
    }
    if (QFileInfo(path).isDir()) {
        m_errorCode = SQLITE_CANTOPEN;
        m_errorString = QStringLiteral("the path names a folder, not a database file");
        m_errorFix = QStringLiteral("Choose a file inside the folder.");
        return false;
    }

    int flags = SQLITE_OPEN_URI;
    switch (mode) {
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const QByteArray uri = toUri(path, mode == OpenMode::ReadOnly).toUtf8();
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(uri.constData(), &db, flags, nullptr);
    m_db = db;   // set even on failure: sqlite3_errmsg needs the handle, close() frees it
    if (rc != SQLITE_OK) {
        setErrorFromCode(rc);
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);

    // Opening is lazy: SQLite reads nothing until the first statement. Reading the schema
    // here turns "not a database", "corrupt" and "locked" into an error of open() itself.
    SqliteStatement probe = prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!probe.isValid() || probe.step() != SqliteStatement::StepResult::Row) {
        const int code = m_errorCode;
        const QString message = m_errorString;
        const QString fix = m_errorFix;
        probe = SqliteStatement();
        close();
        m_errorCode = code;
        m_errorString = message;
        m_errorFix = fix;
        return false;
    }
    return true;
}

void SqliteConnection::close()
{
    if (m_db) {
        // sqlite3_close_v2 defers the close until statements still alive are finalized.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool SqliteConnection::exec(const QString &sql)
{
    if (!m_db) {
        setError(QStringLiteral("the database is not open"), QString());
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setErrorFromCode(rc);
        return false;
    }
    clearError();
    return true;
}

SqliteStatement SqliteConnection::prepare(const QString &sql, QString *tail)
{
    if (tail)
        tail->clear();
    if (!m_db) {
        setError(QStringLiteral("the database is not open"), QString());
        return {};
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const char *rest = nullptr;
    // Passing the byte count including the terminator lets SQLite skip a copy.
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()) + 1, &stmt, &rest);
    if (rc != SQLITE_OK) {
        setErrorFromCode(rc);
        sqlite3_finalize(stmt);
        return {};
    }
    if (tail && rest)
        *tail = QString::fromUtf8(rest, utf8.constData() + utf8.size() - rest);
    clearError();
    return SqliteStatement(this, stmt);
}

bool SqliteConnection::beginTransaction()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool SqliteConnection::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

bool SqliteConnection::rollback()
{
    if (!m_db)
        return false;
    if (sqlite3_get_autocommit(m_db))
        return true;   // SQLite already rolled back (e.g. after SQLITE_FULL)
    return sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK;
}

qint64 SqliteConnection::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

QString SqliteConnection::errorText() const
{
    QString text = m_errorString;
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    if (!m_errorFix.isEmpty())
        text += QLatin1Char(' ') + m_errorFix;
    return text;
}

void SqliteConnection::setError(const QString &message, const QString &fix)
{
    m_errorCode = SQLITE_ERROR;
    m_errorString = message;
    m_errorFix = fix;
}

void SqliteConnection::setErrorFromCode(int code)
{
    m_errorCode = code & 0xff;
    const char *message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
    ErrorWords words = describe(m_errorCode, message);
    m_errorString = std::move(words.message);
    m_errorFix = std::move(words.fix);
}

void SqliteConnection::clearError()
{
    m_errorCode = 0;
    m_errorString.clear();
    m_errorFix.clear();
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_connection = std::exchange(other.m_connection, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

bool SqliteStatement::isReadOnly() const
{
    return m_stmt && sqlite3_stmt_readonly(m_stmt) != 0;
}

bool SqliteStatement::checkBind(int rc)
{
    if (rc == SQLITE_OK)
        return true;
    m_connection->setErrorFromCode(rc);
    return false;
}

bool SqliteStatement::bind(int index, double value)
{
    return checkBind(sqlite3_bind_double(m_stmt, index, value));
}

bool SqliteStatement::bind(int index, qint64 value)
{
    return checkBind(sqlite3_bind_int64(m_stmt, index, value));
}

bool SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return checkBind(sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8));
}

bool SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    // A null QByteArray has no data pointer, which SQLite would store as NULL: keep it a blob.
    static const char empty = 0;
    const char *data = value.isNull() ? &empty : value.constData();
    return checkBind(sqlite3_bind_blob64(m_stmt, index, data, sqlite3_uint64(value.size()), SQLITE_TRANSIENT));
}

bool SqliteStatement::bindNull(int index)
{
    return checkBind(sqlite3_bind_null(m_stmt, index));
}

SqliteStatement::StepResult SqliteStatement::step()
{
    if (!m_stmt)
        return StepResult::Error;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return StepResult::Row;
    if (rc == SQLITE_DONE)
        return StepResult::Done;
    m_connection->setErrorFromCode(rc);
    return StepResult::Error;
}

bool SqliteStatement::run()
{
    StepResult result;
    while ((result = step()) == StepResult::Row) {
    }
    return result == StepResult::Done;
}

void SqliteStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

int SqliteStatement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QString SqliteStatement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

QString SqliteStatement::columnDeclaredType(int column) const
{
    return QString::fromUtf8(sqlite3_column_decltype(m_stmt, column));
}

SqliteStatement::ValueType SqliteStatement::columnType(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return ValueType::Integer;
    case SQLITE_FLOAT: return ValueType::Real;
    case SQLITE_TEXT: return ValueType::Text;
    case SQLITE_BLOB: return ValueType::Blob;
    default: return ValueType::Null;
    }
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::columnText(int column) const
{
    // sqlite3_column_text first, then _bytes: the documented order that keeps the pointer valid.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return QString::fromUtf8(text, bytes);
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return QByteArray(data, bytes);
}

QString quoteSqlIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

static std::filesystem::path toFsPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    std::filesystem::rename(toFsPath(from), toFsPath(to), ec);
    if (ec) {
        if (error)
            *error = QString::fromStdString(ec.message());
        return false;
    }
    return true;
}

QString createTempFileBeside(const QString &targetPath, QString *error)
{
    QString reason;
    for (int attempt = 0; attempt < 16; ++attempt) {
        constexpr quint32 kSixBase36Digits = 2176782336U;   // 36^6
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(kSixBase36Digits), 36)
                                   .rightJustified(6, QLatin1Char('0'));
        QFile file(targetPath + QStringLiteral(".tmp-") + suffix);
        // NewOnly is O_EXCL: the name cannot be taken from under us between check and create.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return file.fileName();
        reason = file.errorString();
        if (!file.exists())
            break;   // not a name clash: the folder is not writable, retrying will not help
    }
    if (error)
        *error = reason;
    return {};
}

void removeSqliteFiles(const QString &path)
{
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-journal"), QLatin1String("-wal"),
                                       QLatin1String("-shm")})
        QFile::remove(path + suffix);
}

} // namespace synthreg::core
