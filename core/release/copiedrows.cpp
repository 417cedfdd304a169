#include "copiedrows.h"

#include "core/privacy/exactmatches.h"
#include "core/stats/holdoutinput.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace synthreg::core {

std::optional<std::vector<size_t>> rowsCopyingReal(const Table &synthetic, const Table &real, const Schema &schema, QString *error)
{
    if (synthetic.rowCount() == 0)
        return std::vector<size_t>{};
    QStringList shared;
    Schema sharedSchema;
    for (const ColumnSpec &spec : schema.columns) {
        if (!isModelledRole(spec.role) || synthetic.indexOf(spec.name) < 0 || real.indexOf(spec.name) < 0)
            continue;
        shared << spec.name;
        sharedSchema.columns.push_back(spec);
    }
    if (shared.isEmpty()) {
        if (error)
            *error = QStringLiteral("the synthetic and the real table share no modelled column, so copies cannot be looked for: "
                                    "check that both files are the same registry");
        return std::nullopt;
    }
    const Table realShared = real.selectColumns(shared);
    // The real table stands in as its own holdout: only the synthetic-vs-train matches are read.
    const auto input = HoldoutInput::build(realShared, realShared, synthetic.selectColumns(shared), sharedSchema, error);
    if (!input)
        return std::nullopt;
    return syntheticRowsCopyingTrain(*input);
}

Table withoutRows(const Table &table, const std::vector<size_t> &rows)
{
    std::vector<size_t> kept;
    kept.reserve(table.rowCount() - std::min(rows.size(), table.rowCount()));
    size_t next = 0;
    for (size_t row = 0; row < table.rowCount(); ++row) {
        if (next < rows.size() && rows[next] == row) {
            ++next;
            continue;
        }
        kept.push_back(row);
    }
    return table.selectRows(kept);
}

Table shuffledRows(const Table &table, uint64_t seed)
{
    std::vector<size_t> order(table.rowCount());
    std::iota(order.begin(), order.end(), size_t(0));
    std::mt19937_64 random(seed);
    // Fisher-Yates with our own index draw: std::shuffle's use of the engine differs between
    // standard libraries, and a release must be reproducible from its recorded seed.
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[size_t(random() % i)]);
    return table.selectRows(order);
}

} // namespace synthreg::core
