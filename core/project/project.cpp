#include "project.h"

#include "core/io/diagnostic.h"
#include "core/io/sqliteconnection.h"
#include "projectprivate.h"
#include "projectschema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace synthreg::core {

using namespace projectdetail;

namespace {

QString headerKey(HeaderMode mode)
{
    switch (mode) {
    case HeaderMode::Auto: return QStringLiteral("auto");
    case HeaderMode::Present: return QStringLiteral("present");
    case HeaderMode::Absent: return QStringLiteral("absent");
    }
    return QStringLiteral("auto");
}

QJsonObject importRequestToJson(const ImportRequest &request)
{
    const CsvOptions &csv = request.csv;
    QJsonObject options{
        {QStringLiteral("delimiter"), csv.delimiter == 0 ? QString() : QString(QLatin1Char(csv.delimiter))},
        {QStringLiteral("encoding"), encodingKey(csv.encoding)},
        {QStringLiteral("decimalComma"), csv.decimalComma ? QJsonValue(*csv.decimalComma) : QJsonValue()},
        {QStringLiteral("header"), headerKey(csv.header)},
        {QStringLiteral("naTokens"), QJsonArray::fromStringList(csv.naTokens)},
        {QStringLiteral("maxFieldBytes"), double(csv.maxFieldBytes)},
    };
    return {{QStringLiteral("path"), request.path},
            {QStringLiteral("table"), request.table},
            {QStringLiteral("query"), request.query},
            {QStringLiteral("csv"), options}};
}

// Keys that are absent keep their defaults, so a request saved by an older version still reads.
std::optional<ImportRequest> importRequestFromJson(const QJsonObject &json, QString *error)
{
    ImportRequest request;
    request.path = json.value(QStringLiteral("path")).toString();
    request.table = json.value(QStringLiteral("table")).toString();
    request.query = json.value(QStringLiteral("query")).toString();
    const QJsonObject csv = json.value(QStringLiteral("csv")).toObject();
    CsvOptions &options = request.csv;

    const QString delimiter = csv.value(QStringLiteral("delimiter")).toString();
    if (delimiter.size() > 1 || (delimiter.size() == 1 && delimiter.at(0).unicode() > 0x7f)) {
        *error = QStringLiteral("csv.delimiter \"%1\" is not a single ASCII character").arg(delimiter);
        return std::nullopt;
    }
    options.delimiter = delimiter.isEmpty() ? 0 : char(delimiter.at(0).unicode());

    if (csv.contains(QStringLiteral("encoding"))) {
        const QString key = csv.value(QStringLiteral("encoding")).toString();
        const std::optional<TextEncoding> encoding = encodingFromKey(key);
        if (!encoding) {
            *error = QStringLiteral("csv.encoding \"%1\" is not a known text encoding").arg(key);
            return std::nullopt;
        }
        options.encoding = *encoding;
    }
    const QJsonValue decimalComma = csv.value(QStringLiteral("decimalComma"));
    if (decimalComma.isBool())
        options.decimalComma = decimalComma.toBool();

    const QString header = csv.value(QStringLiteral("header")).toString(QStringLiteral("auto"));
    if (header == QLatin1String("auto")) {
        options.header = HeaderMode::Auto;
    } else if (header == QLatin1String("present")) {
        options.header = HeaderMode::Present;
    } else if (header == QLatin1String("absent")) {
        options.header = HeaderMode::Absent;
    } else {
        *error = QStringLiteral("csv.header \"%1\" is not one of auto, present, absent").arg(header);
        return std::nullopt;
    }
    if (csv.contains(QStringLiteral("naTokens"))) {
        options.naTokens.clear();
        for (const QJsonValue &token : csv.value(QStringLiteral("naTokens")).toArray())
            options.naTokens << token.toString();
    }
    if (csv.contains(QStringLiteral("maxFieldBytes")))
        options.maxFieldBytes = qint64(csv.value(QStringLiteral("maxFieldBytes")).toDouble());
    return request;
}

bool insertSchema(SqliteConnection &db, const QString &json)
{
    SqliteStatement insert = db.prepare(QStringLiteral("INSERT INTO schema(json, saved_at) VALUES (?1, ?2)"));
    insert.bind(1, json);
    insert.bind(2, nowUtc());
    return insert.run();
}

// Fills a new, empty database: schema, the source row, the data snapshot, the first schema
// and the "project.create" audit entry, all in one transaction.
bool fillNewProject(SqliteConnection &db, const ImportRequest &request, const Table &data, const Schema &schema,
                    QString *error)
{
    const auto sqlFailure = [&db, error]() {
        *error = db.errorText();
        db.rollback();
        return false;
    };

    // WAL is a property of the file, so setting it once here makes every later open use it.
    SqliteStatement wal = db.prepare(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (wal.step() != SqliteStatement::StepResult::Row || wal.columnText(0) != QLatin1String("wal")) {
        *error = QStringLiteral("the file system does not support SQLite's WAL mode; "
                                "save the project on a local disk");
        return false;
    }
    wal = SqliteStatement();

    if (!db.beginTransaction())
        return sqlFailure();
    if (!ProjectSchema::createSchema(db, error)) {
        db.rollback();
        return false;
    }

    const TableProvenance &provenance = data.provenance();
    const QString requestJson = jsonText(importRequestToJson(request));
    SqliteStatement source = db.prepare(QStringLiteral(
        "INSERT INTO source(path, format, import_request_json, sha256, imported_at, row_count, column_count) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    source.bind(1, provenance.sourcePath.isEmpty() ? request.path : provenance.sourcePath);
    source.bind(2, provenance.format);
    source.bind(3, requestJson);
    provenance.sha256.isEmpty() ? source.bindNull(4) : source.bind(4, provenance.sha256);
    source.bind(5, nowUtc());
    source.bind(6, qint64(data.rowCount()));
    source.bind(7, qint64(data.columnCount()));
    if (!source.run())
        return sqlFailure();
    const qint64 sourceId = db.lastInsertRowId();

    const QByteArray blob = TableCodec::encode(data);
    SqliteStatement snapshot = db.prepare(QStringLiteral("INSERT INTO source_data(source_id, table_blob) VALUES (?1, ?2)"));
    snapshot.bind(1, sourceId);
    snapshot.bindBlob(2, blob);
    if (!snapshot.run())
        return sqlFailure();

    if (!insertSchema(db, jsonText(schema.toJson())))
        return sqlFailure();

    const QJsonObject details{
        {QStringLiteral("source"), provenance.sourcePath.isEmpty() ? request.path : provenance.sourcePath},
        {QStringLiteral("format"), provenance.format},
        {QStringLiteral("tableOrQuery"), provenance.tableOrQuery},
        {QStringLiteral("rows"), double(data.rowCount())},
        {QStringLiteral("columns"), data.columnCount()},
    };
    if (!insertAudit(db, QStringLiteral("project.create"), jsonText(details), provenance.sha256, sha256Hex(blob)))
        return sqlFailure();
    if (!db.commit())
        return sqlFailure();
    return true;
}

} // namespace


Project::Project(std::unique_ptr<Private> d) : d(std::move(d)) {}
Project::~Project() = default;
Project::Project(Project &&) noexcept = default;
Project &Project::operator=(Project &&) noexcept = default;

std::unique_ptr<Project> Project::create(const QString &path, const ImportRequest &request, const Table &data,
                                         const Schema &schema, QString *error)
{
    const auto fail = [&path, error](const QString &message, const QString &fix) -> std::unique_ptr<Project> {
        if (error)
            *error = Diagnostic::error(path, message, fix).toString();
        return nullptr;
    };

    const QFileInfo target(path);
    if (target.exists() || target.isSymLink())
        return fail(QStringLiteral("a file of that name already exists, and it was left unchanged"),
                    QStringLiteral("Choose another name for the project, or move the existing file away first."));
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return fail(QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.path())),
                    QStringLiteral("Choose an existing folder."));

    QString reason;
    const QString tempPath = createTempFileBeside(target.absoluteFilePath(), &reason);
    if (tempPath.isEmpty())
        return fail(QStringLiteral("cannot create a file in the folder %1 (%2)")
                        .arg(QDir::toNativeSeparators(folder.path()), reason),
                    QStringLiteral("Choose a folder you can write to."));

    bool built = false;
    {
        SqliteConnection db;
        if (!db.open(tempPath, SqliteConnection::OpenMode::ReadWrite))
            reason = db.errorText();
        else
            built = fillNewProject(db, request, data, schema, &reason);
    }   // closing the last connection checkpoints the WAL into the file and removes -wal/-shm

    // QFile::rename never replaces an existing file, so a project created meanwhile under
    // the same name is not overwritten either.
    if (built && !QFile::rename(tempPath, path)) {
        reason = QStringLiteral("the finished file could not be renamed into place (%1)")
                     .arg(QFileInfo::exists(path) ? QStringLiteral("a file of that name appeared meanwhile")
                                                  : QStringLiteral("rename failed"));
        built = false;
    }
    if (!built) {
        removeSqliteFiles(tempPath);
        return fail(QStringLiteral("the project could not be created: %1").arg(reason),
                    QStringLiteral("No file was written."));
    }
    return open(path, error);
}

std::unique_ptr<Project> Project::open(const QString &path, QString *error)
{
    auto d = std::make_unique<Private>();
    d->path = path;
    const auto fail = [&d, error]() -> std::unique_ptr<Project> {
        if (error)
            *error = d->error;
        return nullptr;
    };

    if (!d->db.open(path, SqliteConnection::OpenMode::ReadWrite)) {
        d->fail(d->db.errorString(), d->db.errorFix());
        return fail();
    }
    QString reason;
    const std::optional<int> version = ProjectSchema::readVersion(d->db, &reason);
    if (!version) {
        d->fail(reason);
        return fail();
    }
    if (*version > kSchemaVersion) {
        // Checked before anything is written: a newer file is left exactly as it was.
        d->fail(QStringLiteral("the project was made by a newer SynthReg (project format %1; this version reads "
                               "formats up to %2)")
                    .arg(*version)
                    .arg(kSchemaVersion),
                QStringLiteral("Open it with the newer SynthReg, or update this one."));
        return fail();
    }

    SqliteStatement wal = d->db.prepare(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (wal.step() != SqliteStatement::StepResult::Row || wal.columnText(0) != QLatin1String("wal")) {
        d->failFromDb(QStringLiteral("the project cannot be switched to WAL mode"));
        return fail();
    }
    wal = SqliteStatement();
    d->db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));

    if (*version < kSchemaVersion) {
        const QJsonObject details{{QStringLiteral("from"), *version}, {QStringLiteral("to"), kSchemaVersion}};
        if (!d->db.beginTransaction()) {
            d->failFromDb(QStringLiteral("the project could not be upgraded"));
            return fail();
        }
        if (!ProjectSchema::migrate(d->db, *version, &reason)
            || !insertAudit(d->db, QStringLiteral("project.migrate"), jsonText(details), QString(), QString())
            || !d->db.commit()) {
            if (reason.isEmpty())
                reason = d->db.errorString();
            d->db.rollback();
            d->fail(QStringLiteral("the project could not be upgraded to format %1 (%2); it was left unchanged")
                        .arg(kSchemaVersion)
                        .arg(reason),
                    QStringLiteral("Check that you may write to the file and its folder, then open it again."));
            return fail();
        }
    }
    d->schemaVersion = kSchemaVersion;
    return std::unique_ptr<Project>(new Project(std::move(d)));
}

QString Project::path() const
{
    return d->path;
}

int Project::schemaVersion() const
{
    return d->schemaVersion;
}

ImportRequest Project::importRequest() const
{
    SqliteStatement select = d->db.prepare(QStringLiteral("SELECT import_request_json FROM source ORDER BY id LIMIT 1"));
    const SqliteStatement::StepResult step = select.step();
    if (step == SqliteStatement::StepResult::Error) {
        d->failFromDb(QStringLiteral("the import settings could not be read"));
        return {};
    }
    if (step == SqliteStatement::StepResult::Done) {
        d->fail(QStringLiteral("the project holds no imported data"), QStringLiteral("Create the project from an import."));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(select.columnText(0).toUtf8(), &parseError);
    QString reason = parseError.errorString();
    std::optional<ImportRequest> request;
    if (document.isObject())
        request = importRequestFromJson(document.object(), &reason);
    if (!request) {
        d->fail(QStringLiteral("the stored import settings are damaged (%1)").arg(reason),
                QStringLiteral("Restore the project from a backup."));
        return {};
    }
    return *request;
}

std::optional<Table> Project::data() const
{
    SqliteStatement select = d->db.prepare(QStringLiteral("SELECT table_blob FROM source_data ORDER BY source_id LIMIT 1"));
    const SqliteStatement::StepResult step = select.step();
    if (step == SqliteStatement::StepResult::Error) {
        d->failFromDb(QStringLiteral("the imported data could not be read"));
        return std::nullopt;
    }
    if (step == SqliteStatement::StepResult::Done) {
        d->fail(QStringLiteral("the project holds no imported data"), QStringLiteral("Create the project from an import."));
        return std::nullopt;
    }
    QString reason;
    std::optional<Table> table = TableCodec::decode(select.columnBlob(0), &reason);
    if (!table)
        d->fail(reason);
    return table;
}

std::optional<Schema> Project::schema() const
{
    SqliteStatement select = d->db.prepare(QStringLiteral("SELECT json FROM schema ORDER BY id DESC LIMIT 1"));
    const SqliteStatement::StepResult step = select.step();
    if (step == SqliteStatement::StepResult::Error) {
        d->failFromDb(QStringLiteral("the schema could not be read"));
        return std::nullopt;
    }
    if (step == SqliteStatement::StepResult::Done) {
        d->fail(QStringLiteral("the project holds no schema yet"), QStringLiteral("Save a schema first."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(select.columnText(0).toUtf8(), &parseError);
    QString reason = parseError.errorString();
    std::optional<Schema> schema;
    if (document.isObject())
        schema = Schema::fromJson(document.object(), &reason);
    if (!schema)
        d->fail(QStringLiteral("the stored schema is damaged (%1)").arg(reason),
                QStringLiteral("Restore the project from a backup, or set up the schema again."));
    return schema;
}

bool Project::saveSchema(const Schema &schema)
{
    const QString json = jsonText(schema.toJson());
    if (!d->db.beginTransaction())
        return d->failFromDb(QStringLiteral("the schema could not be saved"));

    QString previousHash;
    {
        SqliteStatement previous = d->db.prepare(QStringLiteral("SELECT json FROM schema ORDER BY id DESC LIMIT 1"));
        const SqliteStatement::StepResult step = previous.step();
        if (step == SqliteStatement::StepResult::Error) {
            d->failFromDb(QStringLiteral("the schema could not be saved"));
            d->db.rollback();
            return false;
        }
        if (step == SqliteStatement::StepResult::Row)
            previousHash = sha256Hex(previous.columnText(0).toUtf8());
    }
    const QJsonObject details{{QStringLiteral("columns"), int(schema.columns.size())}};
    if (!insertSchema(d->db, json)
        || !insertAudit(d->db, QStringLiteral("schema.save"), jsonText(details), previousHash, sha256Hex(json.toUtf8()))
        || !d->db.commit()) {
        d->failFromDb(QStringLiteral("the schema could not be saved"));
        d->db.rollback();
        return false;
    }
    return true;
}

bool Project::appendAudit(const QString &action, const QString &detailsJson, const QString &inputSha256,
                          const QString &outputSha256)
{
    if (!insertAudit(d->db, action, detailsJson, inputSha256, outputSha256))
        return d->failFromDb(QStringLiteral("the audit log could not be written"));
    return true;
}

QList<AuditEntry> Project::auditLog() const
{
    SqliteStatement select = d->db.prepare(QStringLiteral(
        "SELECT id, time_utc, os_user, action, details_json, input_sha256, output_sha256 FROM audit_log ORDER BY id"));
    QList<AuditEntry> entries;
    SqliteStatement::StepResult step;
    while ((step = select.step()) == SqliteStatement::StepResult::Row) {
        AuditEntry entry;
        entry.id = select.columnInt64(0);
        entry.timeUtc = QDateTime::fromString(select.columnText(1), Qt::ISODateWithMs);
        entry.user = select.columnText(2);
        entry.action = select.columnText(3);
        entry.details = select.columnText(4);
        entry.inputSha256 = select.columnText(5);
        entry.outputSha256 = select.columnText(6);
        entries.append(entry);
    }
    if (step == SqliteStatement::StepResult::Error)
        d->failFromDb(QStringLiteral("the audit log could not be read"));
    return entries;
}

QString Project::errorString() const
{
    return d->error;
}

} // namespace synthreg::core
