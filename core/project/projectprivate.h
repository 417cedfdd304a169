#pragma once

// What the files implementing Project share: its private state and the small helpers every
// write needs (hashing, timestamps, the audit log). Not part of the public API.

#include "core/io/diagnostic.h"
#include "core/io/sqliteconnection.h"
#include "project.h"

#include <QJsonObject>
#include <QString>

namespace synthreg::core {

namespace projectdetail {
QString sha256Hex(const QByteArray &bytes);
QString nowUtc();
QString jsonText(const QJsonObject &object);
/** Appends one audit entry inside the caller's transaction. */
bool insertAudit(SqliteConnection &db, const QString &action, const QString &detailsJson,
                 const QString &inputSha256, const QString &outputSha256);
} // namespace projectdetail

struct Project::Private
{
    QString path;
    SqliteConnection db;
    int schemaVersion = 0;
    QString error;

    bool fail(const QString &message, const QString &fix = QString())
    {
        error = Diagnostic::error(path, message, fix).toString();
        return false;
    }
    bool failFromDb(const QString &what)
    {
        return fail(QStringLiteral("%1: %2").arg(what, db.errorString()), db.errorFix());
    }
    /**
     * Inside an open transaction: runs `insert`, appends the audit entry (details + the new
     * row's id) and commits; rolls everything back on any failure. Sets `id`.
     */
    bool insertAudited(SqliteStatement &insert, const QString &action, const QJsonObject &details,
                       const QString &outputSha256, const QString &what, qint64 *id);
};

} // namespace synthreg::core
