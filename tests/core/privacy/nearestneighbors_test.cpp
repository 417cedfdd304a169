#include "core/privacy/distanceencoding.h"
#include "core/privacy/nearestneighbors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

using namespace synthreg::core;

namespace {

DistanceRows randomRows(size_t rows, size_t dims, std::mt19937_64 &random)
{
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    DistanceRows out;
    out.rows = rows;
    out.dims = dims;
    out.values.resize(rows * dims);
    for (double &v : out.values)
        v = uniform(random);
    return out;
}

Neighbors bruteForce(const DistanceRows &queries, const DistanceRows &reference)
{
    Neighbors out;
    for (size_t q = 0; q < queries.rows; ++q) {
        double best = INFINITY, second = INFINITY;
        size_t bestIndex = 0;
        for (size_t r = 0; r < reference.rows; ++r) {
            const double d = rowDistance(queries, q, reference, r);
            if (d < best) {
                second = best;
                best = d;
                bestIndex = r;
            } else if (d < second) {
                second = d;
            }
        }
        out.nearest.push_back(best);
        out.secondNearest.push_back(second);
        out.nearestIndex.push_back(bestIndex);
    }
    return out;
}

} // namespace

TEST(NearestNeighbors, BlockedSearchEqualsBruteForce)
{
    std::mt19937_64 random(7);
    const DistanceRows reference = randomRows(517, 9, random);
    DistanceRows queries = randomRows(301, 9, random);
    // Some queries copy a reference row: their distance must come back exactly 0.
    for (size_t q = 0; q < 20; ++q)
        std::copy_n(reference.row(q * 11), 9, queries.values.begin() + std::ptrdiff_t(q * 9));

    const Neighbors expected = bruteForce(queries, reference);
    // Small, uneven blocks exercise partial blocks and several threads.
    for (const NeighborSearchOptions options : {NeighborSearchOptions{64, 100, 2}, NeighborSearchOptions{1024, 2048, 1},
                                                NeighborSearchOptions{7, 13, 3}}) {
        const Neighbors found = nearestNeighbors(queries, reference, options);
        ASSERT_EQ(found.nearest.size(), queries.rows);
        for (size_t q = 0; q < queries.rows; ++q) {
            EXPECT_EQ(found.nearestIndex[q], expected.nearestIndex[q]) << "query " << q;
            EXPECT_NEAR(found.nearest[q], expected.nearest[q], 1e-12) << "query " << q;
            EXPECT_NEAR(found.secondNearest[q], expected.secondNearest[q], 1e-12) << "query " << q;
        }
        for (size_t q = 0; q < 20; ++q) {
            EXPECT_EQ(found.nearest[q], 0.0);
            EXPECT_EQ(found.nearestIndex[q], q * 11);
        }
    }
}

TEST(NearestNeighbors, EmptyAndSingleRowReferences)
{
    std::mt19937_64 random(3);
    const DistanceRows queries = randomRows(5, 3, random);
    const Neighbors none = nearestNeighbors(queries, DistanceRows{0, 3, {}});
    EXPECT_TRUE(std::isinf(none.nearest[0]));
    const DistanceRows one = randomRows(1, 3, random);
    const Neighbors single = nearestNeighbors(queries, one);
    EXPECT_NEAR(single.nearest[2], rowDistance(queries, 2, one, 0), 1e-12);
    EXPECT_TRUE(std::isinf(single.secondNearest[2]));
}

TEST(DistanceEncoding, MixedTypeDistanceFollowsTheDocumentedRules)
{
    HoldoutInput input;
    HoldoutColumn age{QStringLiteral("age"), ColumnRole::Continuous, MetricKind::Numerical, {}, {}, {}};
    age.numeric = {std::vector<double>{40, 60, 50}, std::vector<double>{NAN}, std::vector<double>{NAN, 45}};
    HoldoutColumn sex{QStringLiteral("sex"), ColumnRole::Binary, MetricKind::Categorical, {}, {}, {}};
    sex.labels = QStringList{QStringLiteral("f"), QStringLiteral("m")};
    sex.codes = {std::vector<int32_t>{0, 1, 0}, std::vector<int32_t>{0}, std::vector<int32_t>{-1, 1}};
    input.columns = {age, sex};
    input.rows = {3, 1, 2};

    const DistanceRows train = encodeForDistance(input, RecordSet::Train);
    const DistanceRows holdout = encodeForDistance(input, RecordSet::Holdout);
    const DistanceRows synthetic = encodeForDistance(input, RecordSet::Synthetic);
    // Range from train (40..60): 40 vs 60 is 1; f vs m adds 1.
    EXPECT_NEAR(rowDistance(train, 0, train, 1), std::sqrt(1.0 + 1.0), 1e-12);
    // Same category, ages 40 vs 50: 0.5.
    EXPECT_NEAR(rowDistance(train, 0, train, 2), 0.5, 1e-12);
    // Missing age vs 50 (scaled 0.5): 0.75 + (0.5 - 0.5)^2; same sex.
    EXPECT_NEAR(rowDistance(holdout, 0, train, 2), std::sqrt(0.75), 1e-12);
    // Missing age vs 40 (scaled 0): 0.75 + 0.25 = 1.
    EXPECT_NEAR(rowDistance(holdout, 0, train, 0), 1.0, 1e-12);
    // Missing vs missing age is 0; missing sex vs f is one categorical mismatch.
    EXPECT_NEAR(rowDistance(synthetic, 0, holdout, 0), 1.0, 1e-12);
    // 45 vs 60 (0.25 vs 1) and m vs m.
    EXPECT_NEAR(rowDistance(synthetic, 1, train, 1), 0.75, 1e-12);
}

TEST(DistanceEncoding, EveryTwoCategoriesAreOneApart)
{
    // Four labels and missing: five one-hot slots stored in four Helmert coordinates.
    HoldoutInput input;
    HoldoutColumn stage{QStringLiteral("stage"), ColumnRole::Ordinal, MetricKind::Categorical, {}, {}, {}};
    stage.labels = QStringList{QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV")};
    stage.codes = {std::vector<int32_t>{0, 1, 2, 3, -1}, std::vector<int32_t>{0}, std::vector<int32_t>{3}};
    input.columns = {stage};
    input.rows = {5, 1, 1};
    const DistanceRows train = encodeForDistance(input, RecordSet::Train);
    EXPECT_EQ(train.dims, 4u);
    for (size_t a = 0; a < 5; ++a) {
        for (size_t b = 0; b < 5; ++b)
            EXPECT_NEAR(rowDistance(train, a, train, b), a == b ? 0.0 : 1.0, 1e-12) << a << " " << b;
    }
    EXPECT_EQ(rowDistance(encodeForDistance(input, RecordSet::Synthetic), 0, train, 3), 0.0);
}
