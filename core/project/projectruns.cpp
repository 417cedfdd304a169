// Project: training runs (with their models) and the synthetic tables sampled from them.
#include "projectprivate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace synthreg::core {

using namespace projectdetail;


bool Project::saveRun(StoredRun &run, const QByteArray &modelBytes)
{
    const QString what = QStringLiteral("the training run could not be saved");
    if (!d->db.beginTransaction())
        return d->failFromDb(what);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SqliteStatement insert = d->db.prepare(QStringLiteral(
        "INSERT INTO run(created_at, generator, hyperparameters_json, seed, device, training_seconds, history_json, model_blob) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    insert.bind(1, now.toString(Qt::ISODateWithMs));
    insert.bind(2, run.generator);
    insert.bind(3, run.hyperparametersJson);
    insert.bind(4, QString::number(run.seed));
    insert.bind(5, run.device);
    insert.bind(6, run.trainingSeconds);
    insert.bind(7, run.historyJson);
    insert.bindBlob(8, modelBytes);
    const QJsonObject details{{QStringLiteral("generator"), run.generator},
                              {QStringLiteral("hyperparameters"), QJsonDocument::fromJson(run.hyperparametersJson.toUtf8()).object()},
                              {QStringLiteral("seed"), QString::number(run.seed)},
                              {QStringLiteral("device"), run.device},
                              {QStringLiteral("training_seconds"), run.trainingSeconds}};
    qint64 id = 0;
    if (!d->insertAudited(insert, QStringLiteral("run.save"), details, sha256Hex(modelBytes), what, &id))
        return false;
    run.id = id;
    run.createdUtc = now;
    return true;
}

QList<StoredRun> Project::runs() const
{
    SqliteStatement select = d->db.prepare(QStringLiteral(
        "SELECT id, created_at, generator, hyperparameters_json, seed, device, training_seconds, history_json FROM run ORDER BY id"));
    QList<StoredRun> list;
    SqliteStatement::StepResult step;
    while ((step = select.step()) == SqliteStatement::StepResult::Row) {
        StoredRun run;
        run.id = select.columnInt64(0);
        run.createdUtc = QDateTime::fromString(select.columnText(1), Qt::ISODateWithMs);
        run.generator = select.columnText(2);
        run.hyperparametersJson = select.columnText(3);
        run.seed = select.columnText(4).toULongLong();
        run.device = select.columnText(5);
        run.trainingSeconds = select.columnDouble(6);
        run.historyJson = select.columnText(7);
        list << run;
    }
    if (step == SqliteStatement::StepResult::Error)
        d->failFromDb(QStringLiteral("the training runs could not be read"));
    return list;
}

std::optional<QByteArray> Project::runModel(qint64 runId) const
{
    SqliteStatement select = d->db.prepare(QStringLiteral("SELECT model_blob FROM run WHERE id = ?1"));
    select.bind(1, runId);
    const SqliteStatement::StepResult step = select.step();
    if (step == SqliteStatement::StepResult::Row)
        return select.columnBlob(0);
    if (step == SqliteStatement::StepResult::Error)
        d->failFromDb(QStringLiteral("the model could not be read"));
    else
        d->fail(QStringLiteral("the project has no run %1").arg(runId), QStringLiteral("List the runs with `synthreg-cli runs P.synthreg`."));
    return std::nullopt;
}

bool Project::saveSyntheticTable(StoredSyntheticTable &record, const Table &table)
{
    const QString what = QStringLiteral("the synthetic table could not be saved");
    const QByteArray blob = TableCodec::encode(table);
    if (!d->db.beginTransaction())
        return d->failFromDb(what);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SqliteStatement insert = d->db.prepare(QStringLiteral(
        "INSERT INTO synthetic_table(created_at, run_id, seed, conditions_json, row_count, table_blob) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    insert.bind(1, now.toString(Qt::ISODateWithMs));
    insert.bind(2, record.runId);
    insert.bind(3, QString::number(record.seed));
    insert.bind(4, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(record.conditions)).toJson(QJsonDocument::Compact)));
    insert.bind(5, qint64(table.rowCount()));
    insert.bindBlob(6, blob);
    const QJsonObject details{{QStringLiteral("run"), record.runId},
                              {QStringLiteral("seed"), QString::number(record.seed)},
                              {QStringLiteral("conditions"), QJsonArray::fromStringList(record.conditions)},
                              {QStringLiteral("rows"), qint64(table.rowCount())}};
    qint64 id = 0;
    if (!d->insertAudited(insert, QStringLiteral("synthetic.save"), details, sha256Hex(blob), what, &id))
        return false;
    record.id = id;
    record.createdUtc = now;
    record.rowCount = qint64(table.rowCount());
    return true;
}

QList<StoredSyntheticTable> Project::syntheticTables() const
{
    SqliteStatement select = d->db.prepare(QStringLiteral(
        "SELECT id, created_at, run_id, seed, conditions_json, row_count FROM synthetic_table ORDER BY id"));
    QList<StoredSyntheticTable> list;
    SqliteStatement::StepResult step;
    while ((step = select.step()) == SqliteStatement::StepResult::Row) {
        StoredSyntheticTable record;
        record.id = select.columnInt64(0);
        record.createdUtc = QDateTime::fromString(select.columnText(1), Qt::ISODateWithMs);
        record.runId = select.columnInt64(2);
        record.seed = select.columnText(3).toULongLong();
        record.conditions = QJsonDocument::fromJson(select.columnText(4).toUtf8()).toVariant().toStringList();
        record.rowCount = select.columnInt64(5);
        list << record;
    }
    if (step == SqliteStatement::StepResult::Error)
        d->failFromDb(QStringLiteral("the synthetic tables could not be read"));
    return list;
}

std::optional<Table> Project::syntheticTable(qint64 id) const
{
    SqliteStatement select = d->db.prepare(QStringLiteral("SELECT table_blob FROM synthetic_table WHERE id = ?1"));
    select.bind(1, id);
    const SqliteStatement::StepResult step = select.step();
    if (step != SqliteStatement::StepResult::Row) {
        if (step == SqliteStatement::StepResult::Error)
            d->failFromDb(QStringLiteral("the synthetic table could not be read"));
        else
            d->fail(QStringLiteral("the project has no synthetic table %1").arg(id));
        return std::nullopt;
    }
    QString reason;
    std::optional<Table> table = TableCodec::decode(select.columnBlob(0), &reason);
    if (!table)
        d->fail(reason);
    return table;
}

} // namespace synthreg::core
