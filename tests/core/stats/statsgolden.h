#pragma once

// Reading tests/golden/stats_tests.json (written by tests/golden/make_stats_golden.py).

#include "core/stats/hypothesistests.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace synthreg::test {

/** The whole golden file, read once; empty when it is missing (the tests then fail loudly). */
inline QJsonObject statsGolden()
{
    static const QJsonObject root = [] {
        QFile file(QStringLiteral(SYNTHREG_GOLDEN_DIR "/stats_tests.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }();
    return root;
}

inline std::vector<double> goldenNumbers(const QJsonValue &value)
{
    std::vector<double> out;
    for (const QJsonValue &v : value.toArray())
        out.push_back(v.toDouble());
    return out;
}

/** A contingency table written as a list of rows of counts. */
inline core::ContingencyTable goldenTable(const QJsonValue &value)
{
    core::ContingencyTable t;
    const QJsonArray rows = value.toArray();
    t.rows = int(rows.size());
    t.columns = int(rows.first().toArray().size());
    for (const QJsonValue &row : rows) {
        for (const QJsonValue &cell : row.toArray())
            t.counts.push_back(int64_t(cell.toDouble()));
    }
    return t;
}

} // namespace synthreg::test
