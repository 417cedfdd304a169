#include "privacytestdata.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace synthreg::core;

namespace synthreg::test {

Table generatedRegistry(size_t rows, uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<double> age(rows), bili(rows), albumin(rows), platelet(rows);
    std::vector<int32_t> sex(rows), stage(rows), treatment(rows);
    for (size_t i = 0; i < rows; ++i) {
        const double severity = normal(random);
        age[i] = std::round((55 + 10 * normal(random)) * 10) / 10;
        bili[i] = std::round(std::exp(0.3 + 0.8 * severity + 0.4 * normal(random)) * 10) / 10;
        albumin[i] = uniform(random) < 0.05 ? NAN : std::round((3.5 - 0.3 * severity + 0.3 * normal(random)) * 100) / 100;
        platelet[i] = uniform(random) < 0.05 ? NAN : std::round(250 + 80 * normal(random));
        sex[i] = uniform(random) < 0.88 ? 0 : 1;
        stage[i] = uniform(random) < 0.03 ? -1 : std::clamp(int32_t(std::floor(2.5 + severity)), 0, 3);
        treatment[i] = uniform(random) < 0.5 ? 0 : 1;
    }
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("age"), age));
    table.addColumn(Column::numeric(QStringLiteral("bili"), bili));
    table.addColumn(Column::numeric(QStringLiteral("albumin"), albumin));
    table.addColumn(Column::numeric(QStringLiteral("platelet"), platelet));
    table.addColumn(Column::categorical(QStringLiteral("sex"), sex, {QStringLiteral("f"), QStringLiteral("m")}));
    table.addColumn(Column::categorical(QStringLiteral("stage"), stage,
                                        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    table.addColumn(Column::categorical(QStringLiteral("trt"), treatment, {QStringLiteral("placebo"), QStringLiteral("drug")}));
    return table;
}

Schema generatedRegistrySchema()
{
    Schema schema;
    schema.columns << ColumnSpec{QStringLiteral("age"), ColumnRole::Continuous}
                   << ColumnSpec{QStringLiteral("bili"), ColumnRole::Continuous}
                   << ColumnSpec{QStringLiteral("albumin"), ColumnRole::Continuous}
                   << ColumnSpec{QStringLiteral("platelet"), ColumnRole::Integer}
                   << ColumnSpec{QStringLiteral("sex"), ColumnRole::Binary}
                   << ColumnSpec{QStringLiteral("stage"), ColumnRole::Ordinal}
                   << ColumnSpec{QStringLiteral("trt"), ColumnRole::Binary};
    return schema;
}

std::vector<Table> splitRows(const Table &table, const std::vector<double> &shares, uint64_t seed)
{
    std::vector<size_t> order(table.rowCount());
    std::iota(order.begin(), order.end(), size_t(0));
    std::mt19937_64 random(seed);
    std::shuffle(order.begin(), order.end(), random);
    std::vector<Table> parts;
    size_t begin = 0;
    double cumulative = 0;
    for (size_t p = 0; p < shares.size(); ++p) {
        cumulative += shares[p];
        const size_t end = p + 1 == shares.size() ? order.size() : size_t(std::llround(cumulative * double(order.size())));
        std::vector<size_t> rows(order.begin() + std::ptrdiff_t(begin), order.begin() + std::ptrdiff_t(end));
        std::sort(rows.begin(), rows.end());
        parts.push_back(table.selectRows(rows));
        begin = end;
    }
    return parts;
}

} // namespace synthreg::test
