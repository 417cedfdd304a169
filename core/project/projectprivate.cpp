#include "projectprivate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace synthreg::core::projectdetail {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool insertAudit(SqliteConnection &db, const QString &action, const QString &detailsJson,
                 const QString &inputSha256, const QString &outputSha256)
{
    SqliteStatement insert = db.prepare(QStringLiteral(
        "INSERT INTO audit_log(time_utc, os_user, action, details_json, input_sha256, output_sha256) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    insert.bind(1, nowUtc());
    insert.bind(2, operatingSystemUser());
    insert.bind(3, action);
    insert.bind(4, detailsJson.isEmpty() ? QStringLiteral("{}") : detailsJson);
    inputSha256.isEmpty() ? insert.bindNull(5) : insert.bind(5, inputSha256);
    outputSha256.isEmpty() ? insert.bindNull(6) : insert.bind(6, outputSha256);
    return insert.run();
}


} // namespace synthreg::core::projectdetail

namespace synthreg::core {

QString operatingSystemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

bool Project::Private::insertAudited(SqliteStatement &insert, const QString &action, const QJsonObject &details,
                                     const QString &outputSha256, const QString &what, qint64 *id)
{
    if (!insert.run()) {
        failFromDb(what);
        db.rollback();
        return false;
    }
    *id = db.lastInsertRowId();
    QJsonObject withId = details;
    withId.insert(QStringLiteral("id"), *id);
    if (!projectdetail::insertAudit(db, action, projectdetail::jsonText(withId), {}, outputSha256) || !db.commit()) {
        failFromDb(what);
        db.rollback();
        return false;
    }
    return true;
}

} // namespace synthreg::core
