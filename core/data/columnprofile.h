#pragma once

#include "column.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace synthreg::core {

class Table;

/** One bar of a profile histogram (numeric/timestamp) or bar chart (categorical). */
struct ProfileBin
{
    QString label;   ///< category label, or the bin's range as text
    double lower = 0;
    double upper = 0;
    qint64 count = 0;
};

/** What the Data mode and `synthreg-cli inspect` show about one column. */
struct ColumnProfile
{
    QString name;
    StorageKind storage = StorageKind::Numeric;
    qint64 rowCount = 0;
    qint64 missingCount = 0;
    qint64 distinctCount = 0;        ///< non-missing distinct values
    bool allIntegers = false;        ///< numeric: every non-missing value is a whole number
    double minimum = 0, maximum = 0, mean = 0, standardDeviation = 0; ///< numeric/timestamp (seconds)
    QList<ProfileBin> bins;          ///< histogram (≤ 20 bins) or the most frequent categories (≤ 20)
    QStringList sampleValues;        ///< up to 10 distinct values as displayed, for inference and the UI

    double missingShare() const { return rowCount ? double(missingCount) / double(rowCount) : 0.0; }
    QJsonObject toJson() const;
};

/** Profiles every column in one pass each; O(rows) time, O(distinct) memory per column. */
QList<ColumnProfile> profileTable(const Table &table);
ColumnProfile profileColumn(const Column &column);

} // namespace synthreg::core
