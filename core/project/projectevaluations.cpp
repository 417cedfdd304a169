// Project: the stored train/holdout split and the evaluations made against it.
#include "projectprivate.h"

#include <QJsonObject>

#include <cstring>

namespace synthreg::core {

using namespace projectdetail;

namespace {
QByteArray packRows(const std::vector<uint32_t> &rows)
{
    // Little-endian uint32 per row: the blob's layout is part of the file format.
    QByteArray bytes(qsizetype(rows.size() * 4), Qt::Uninitialized);
    for (size_t i = 0; i < rows.size(); ++i) {
        for (int b = 0; b < 4; ++b)
            bytes[qsizetype(i * 4 + size_t(b))] = char((rows[i] >> (8 * b)) & 0xFF);
    }
    return bytes;
}

std::vector<uint32_t> unpackRows(const QByteArray &bytes)
{
    std::vector<uint32_t> rows(size_t(bytes.size()) / 4);
    for (size_t i = 0; i < rows.size(); ++i) {
        uint32_t value = 0;
        for (int b = 0; b < 4; ++b)
            value |= uint32_t(uchar(bytes[qsizetype(i * 4 + size_t(b))])) << (8 * b);
        rows[i] = value;
    }
    return rows;
}
} // namespace

std::optional<DataSplit> Project::split() const
{
    SqliteStatement select = d->db.prepare(QStringLiteral(
        "SELECT seed, holdout_share, group_column, row_count, holdout_rows FROM data_split ORDER BY id LIMIT 1"));
    if (select.step() != SqliteStatement::StepResult::Row)
        return std::nullopt;
    DataSplit split;
    split.seed = select.columnText(0).toULongLong();
    split.holdoutShare = select.columnDouble(1);
    split.groupColumn = select.columnText(2);
    split.rowCount = size_t(select.columnInt64(3));
    split.holdoutRows = unpackRows(select.columnBlob(4));
    return split;
}

bool Project::saveSplit(const DataSplit &split)
{
    if (this->split())
        return d->fail(QStringLiteral("the project already has a train/holdout split"),
                       QStringLiteral("A project's split never changes, so its evaluations stay comparable; create a new project for another split."));
    const QByteArray rows = packRows(split.holdoutRows);
    if (!d->db.beginTransaction())
        return d->failFromDb(QStringLiteral("the split could not be saved"));
    SqliteStatement insert = d->db.prepare(QStringLiteral(
        "INSERT INTO data_split(created_at, seed, holdout_share, group_column, row_count, holdout_rows) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    insert.bind(1, nowUtc());
    insert.bind(2, QString::number(split.seed));
    insert.bind(3, split.holdoutShare);
    insert.bind(4, split.groupColumn);
    insert.bind(5, qint64(split.rowCount));
    insert.bindBlob(6, rows);
    const QJsonObject details{{QStringLiteral("seed"), QString::number(split.seed)},
                              {QStringLiteral("holdout_share"), split.holdoutShare},
                              {QStringLiteral("holdout_rows"), qint64(split.holdoutRows.size())},
                              {QStringLiteral("group_column"), split.groupColumn}};
    if (!insert.run() || !insertAudit(d->db, QStringLiteral("split.create"), jsonText(details), {}, sha256Hex(rows))
        || !d->db.commit()) {
        d->failFromDb(QStringLiteral("the split could not be saved"));
        d->db.rollback();
        return false;
    }
    return true;
}

bool Project::saveEvaluation(StoredEvaluation &evaluation)
{
    if (!d->db.beginTransaction())
        return d->failFromDb(QStringLiteral("the evaluation could not be saved"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SqliteStatement insert = d->db.prepare(QStringLiteral(
        "INSERT INTO evaluation(created_at, split_id, synthetic_name, synthetic_sha256, settings_json, report_json) "
        "VALUES (?1, (SELECT MIN(id) FROM data_split), ?2, ?3, ?4, ?5)"));
    insert.bind(1, now.toString(Qt::ISODateWithMs));
    insert.bind(2, evaluation.syntheticName);
    evaluation.syntheticSha256.isEmpty() ? insert.bindNull(3) : insert.bind(3, evaluation.syntheticSha256);
    insert.bind(4, evaluation.settingsJson);
    insert.bind(5, evaluation.reportJson);
    const QJsonObject details{{QStringLiteral("synthetic"), evaluation.syntheticName}};
    if (!insert.run()) {
        d->failFromDb(QStringLiteral("the evaluation could not be saved"));
        d->db.rollback();
        return false;
    }
    const qint64 id = d->db.lastInsertRowId();
    if (!insertAudit(d->db, QStringLiteral("evaluation.save"), jsonText(details), evaluation.syntheticSha256,
                     sha256Hex(evaluation.reportJson.toUtf8()))
        || !d->db.commit()) {
        d->failFromDb(QStringLiteral("the evaluation could not be saved"));
        d->db.rollback();
        return false;
    }
    evaluation.id = id;
    evaluation.createdUtc = now;
    return true;
}

QList<StoredEvaluation> Project::evaluations() const
{
    SqliteStatement select = d->db.prepare(QStringLiteral(
        "SELECT id, created_at, synthetic_name, synthetic_sha256, settings_json, report_json FROM evaluation ORDER BY id"));
    QList<StoredEvaluation> list;
    SqliteStatement::StepResult step;
    while ((step = select.step()) == SqliteStatement::StepResult::Row) {
        StoredEvaluation e;
        e.id = select.columnInt64(0);
        e.createdUtc = QDateTime::fromString(select.columnText(1), Qt::ISODateWithMs);
        e.syntheticName = select.columnText(2);
        e.syntheticSha256 = select.columnText(3);
        e.settingsJson = select.columnText(4);
        e.reportJson = select.columnText(5);
        list << e;
    }
    if (step == SqliteStatement::StepResult::Error)
        d->failFromDb(QStringLiteral("the evaluations could not be read"));
    return list;
}

} // namespace synthreg::core
