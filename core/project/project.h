#pragma once

#include "core/data/datasplit.h"
#include "core/data/schema.h"
#include "core/data/table.h"
#include "core/io/importer.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace synthreg::core {

/** One line of the append-only audit log. */
struct AuditEntry
{
    qint64 id = 0;
    QDateTime timeUtc;
    QString user;            ///< OS user name
    QString action;          ///< e.g. "project.create", "source.import", "schema.save"
    QString details;         ///< JSON text with the action's settings
    QString inputSha256;     ///< hash of what the action read (source file, previous schema)
    QString outputSha256;    ///< hash of what it wrote
};

/** One evaluation kept in the project: what was compared, how, and every number (JSON). */
struct StoredEvaluation
{
    qint64 id = 0;
    QDateTime createdUtc;
    QString syntheticName;     ///< file or run the synthetic rows came from
    QString syntheticSha256;
    QString settingsJson;      ///< target column, thresholds, seeds
    QString reportJson;        ///< the EvaluationReport
};

/** One finished training run: how it was made and the trained model (encoder + generator bytes). */
struct StoredRun
{
    qint64 id = 0;
    QDateTime createdUtc;
    QString generator;            ///< family key: copula, ctabgan, medvae
    QString hyperparametersJson;  ///< {"epochs": 300, …}
    quint64 seed = 0;
    QString device;               ///< cpu or cuda
    double trainingSeconds = 0;
    QString historyJson;          ///< losses per epoch
};

/** A synthetic table sampled from a run. */
struct StoredSyntheticTable
{
    qint64 id = 0;
    QDateTime createdUtc;
    qint64 runId = 0;
    quint64 seed = 0;
    QStringList conditions;
    qint64 rowCount = 0;
};

/**
 * A `.synthreg` project file: a SQLite database (WAL, `meta.schema_version`, additive
 * migrations in transactions) holding the import settings, a snapshot of the imported data,
 * the schema and an append-only audit log. Later issues add runs, models, evaluations and
 * releases through further migrations.
 *
 * Threading: a Project owns one connection and must be used from the thread that opened it;
 * open another Project on the same path for another thread.
 * Errors: every call returns false / nullopt and sets errorString() (naming the file and what to do).
 */
class Project
{
public:
    static constexpr int kSchemaVersion = 3;

    ~Project();
    Project(Project &&) noexcept;
    Project &operator=(Project &&) noexcept;

    /**
     * Creates a new project at `path` from an imported table. The file is built under a
     * temporary name and renamed into place, so a failure leaves no file behind. Refuses to
     * overwrite an existing file.
     */
    static std::unique_ptr<Project> create(const QString &path, const ImportRequest &request,
                                           const Table &data, const Schema &schema, QString *error);
    /** Opens an existing project, migrating an older schema_version in one transaction. */
    static std::unique_ptr<Project> open(const QString &path, QString *error);

    QString path() const;
    int schemaVersion() const;

    ImportRequest importRequest() const;
    std::optional<Table> data() const;          ///< the imported snapshot, exactly as imported
    std::optional<Schema> schema() const;
    bool saveSchema(const Schema &schema);      ///< one transaction: schema row + audit entry

    /** The stored train/holdout split, or nullopt when none was made yet. */
    std::optional<DataSplit> split() const;
    /** Stores the split once; a project's split never changes (refused when one exists). */
    bool saveSplit(const DataSplit &split);
    /** Stores an evaluation with an "evaluation.save" audit entry, in one transaction; sets its id. */
    bool saveEvaluation(StoredEvaluation &evaluation);
    QList<StoredEvaluation> evaluations() const;

    /** Stores a run and its model with a "run.save" audit entry, in one transaction; sets its id. */
    bool saveRun(StoredRun &run, const QByteArray &modelBytes);
    QList<StoredRun> runs() const;
    /** The model bytes of run `runId`; nullopt + errorString() when there is no such run. */
    std::optional<QByteArray> runModel(qint64 runId) const;
    /** Stores a sampled table with a "synthetic.save" audit entry; sets its id. */
    bool saveSyntheticTable(StoredSyntheticTable &record, const Table &table);
    QList<StoredSyntheticTable> syntheticTables() const;
    std::optional<Table> syntheticTable(qint64 id) const;

    bool appendAudit(const QString &action, const QString &detailsJson, const QString &inputSha256,
                     const QString &outputSha256);
    QList<AuditEntry> auditLog() const;

    QString errorString() const;

private:
    struct Private;
    explicit Project(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/** The OS user running the application (USER, else USERNAME, else "unknown"): the audit log's "who". */
QString operatingSystemUser();

/** Serialises a Table to bytes and back, exactly (storage kinds, labels, missing values, provenance). */
namespace TableCodec {
QByteArray encode(const Table &table);
std::optional<Table> decode(const QByteArray &bytes, QString *error);
}

} // namespace synthreg::core
