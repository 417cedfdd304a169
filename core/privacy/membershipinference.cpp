#include "membershipinference.h"

#include "privacymath.h"

#include "core/stats/classificationmetrics.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace synthreg::core {

namespace {

DistanceRows selectRows(const DistanceRows &rows, const std::vector<size_t> &which)
{
    DistanceRows out;
    out.rows = which.size();
    out.dims = rows.dims;
    out.values.resize(out.rows * out.dims);
    for (size_t i = 0; i < which.size(); ++i)
        std::copy_n(rows.row(which[i]), rows.dims, out.values.begin() + std::ptrdiff_t(i * rows.dims));
    return out;
}

} // namespace

MembershipInferenceResult membershipInference(const DistanceRows &train, const DistanceRows &holdout,
                                              const DistanceRows &synthetic, uint64_t seed,
                                              const NeighborSearchOptions &options)
{
    MembershipInferenceResult result;
    result.seed = seed;
    std::vector<size_t> order(train.rows);
    std::iota(order.begin(), order.end(), size_t(0));
    std::mt19937_64 random(seed);
    std::shuffle(order.begin(), order.end(), random);
    order.resize(std::min(train.rows, holdout.rows));
    std::sort(order.begin(), order.end());
    const DistanceRows members = selectRows(train, order);
    result.members = members.rows;
    result.nonMembers = holdout.rows;

    const Neighbors memberDistances = nearestNeighbors(members, synthetic, options);
    const Neighbors nonMemberDistances = nearestNeighbors(holdout, synthetic, options);
    std::vector<double> scores;
    std::vector<uint8_t> isMember;
    scores.reserve(members.rows + holdout.rows);
    for (double d : memberDistances.nearest) {
        scores.push_back(-d);
        isMember.push_back(1);
    }
    for (double d : nonMemberDistances.nearest) {
        scores.push_back(-d);
        isMember.push_back(0);
    }
    result.auc = rocAuc(scores, isMember);
    return result;
}

QJsonObject MembershipInferenceResult::toJson() const
{
    return {{QStringLiteral("auc"), jsonNumber(auc)},
            {QStringLiteral("members"), qint64(members)},
            {QStringLiteral("non_members"), qint64(nonMembers)},
            {QStringLiteral("seed"), QString::number(seed)}};
}

} // namespace synthreg::core
