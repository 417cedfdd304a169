#pragma once

#include "columnspec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace synthreg::core {

class Table;

/** A time-to-event endpoint: which time column goes with which event indicator. */
struct SurvivalLink
{
    QString name;          ///< "OS", "EFS", or the time column's name when unnamed
    QString timeColumn;
    QString eventColumn;
    bool operator==(const SurvivalLink &) const = default;
};

/** Keys of a longitudinal (one row per visit) table. */
struct LongitudinalKeys
{
    QString patientIdColumn;
    QString visitTimeColumn;
    bool operator==(const LongitudinalKeys &) const = default;
};

/**
 * The user's decisions about a table: one ColumnSpec per column, survival endpoints and
 * longitudinal keys. A plain value; serialises to JSON and to/from SDV single-table metadata.
 */
class Schema
{
public:
    QList<ColumnSpec> columns;
    QList<SurvivalLink> survival;
    std::optional<LongitudinalKeys> longitudinal;

    int indexOf(const QString &name) const;
    const ColumnSpec *find(const QString &name) const;
    ColumnSpec *find(const QString &name);

    /**
     * Problems that would make this schema unusable with `table`: unknown or missing
     * columns, links to columns of the wrong role, event codes absent from the data.
     * Each entry is one sentence naming the column and the fix. Empty when usable.
     */
    QStringList validate(const Table &table) const;

    QJsonObject toJson() const;
    /** Returns nullopt and sets `error` (naming the JSON key at fault) when `json` is not a schema. */
    static std::optional<Schema> fromJson(const QJsonObject &json, QString *error);

    /** SDV single-table metadata (METADATA_SPEC_VERSION SINGLE_TABLE_V1). Lossy: see docs/architecture.md. */
    QJsonObject toSdvMetadata() const;
    static std::optional<Schema> fromSdvMetadata(const QJsonObject &json, QString *error);

    bool operator==(const Schema &) const = default;
};

} // namespace synthreg::core
