#include "levelordering.h"

#include "parallelfor.h"

#include <Eigen/Dense>

#include <cmath>
#include <limits>

namespace synthreg::core {

namespace {

// Level profiles are means; 20,000 rows pin them well beyond what the order needs and keep the
// pass cheap on a million rows.
constexpr int64_t kProfileRows = 20000;
// Below this share of the other spans' variance the levels do not differ: keep the share order.
constexpr double kMinimumSpread = 1e-6;

std::vector<double> positionsOf(const EncodedMatrix &data, const float *scores, size_t spanIndex)
{
    const Span &span = data.layout.spans[spanIndex];
    const Eigen::Index levels = span.width;
    const Eigen::Index spans = Eigen::Index(data.layout.spans.size());
    const int64_t stride = std::max<int64_t>(1, data.rows / kProfileRows);

    Eigen::VectorXd counts = Eigen::VectorXd::Zero(levels);
    Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(levels, spans);
    for (int64_t r = 0; r < data.rows; r += stride) {
        const int level = argmaxInSpan(data.row(r), span);
        counts(level) += 1;
        for (Eigen::Index s = 0; s < spans; ++s)
            sums(level, s) += double(scores[s * data.rows + r]);
    }
    sums.col(Eigen::Index(spanIndex)).setZero();   // a span says nothing about its own order
    const double total = counts.sum();
    const Eigen::RowVectorXd overall = sums.colwise().sum() / total;

    // Rows: each level's deviation from the overall means, weighted by the root of its share,
    // so that the first eigenvector of W·Wᵀ is correspondence analysis' first axis.
    Eigen::MatrixXd weighted = Eigen::MatrixXd::Zero(levels, spans);
    for (Eigen::Index l = 0; l < levels; ++l)
        if (counts(l) > 0)
            weighted.row(l) = std::sqrt(counts(l) / total) * (sums.row(l) / counts(l) - overall);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(weighted * weighted.transpose());
    if (solver.info() != Eigen::Success || solver.eigenvalues()(levels - 1) < kMinimumSpread)
        return {};
    const Eigen::VectorXd axis = solver.eigenvectors().col(levels - 1);

    std::vector<double> positions(size_t(levels), std::numeric_limits<double>::infinity());
    for (Eigen::Index l = 0; l < levels; ++l)
        if (counts(l) > 0)
            positions[size_t(l)] = axis(l) / std::sqrt(counts(l) / total);
    return positions;
}

} // namespace

std::vector<std::vector<double>> levelPositionsByAssociation(const EncodedMatrix &data, const float *scores, int threads)
{
    std::vector<std::vector<double>> positions(data.layout.spans.size());
    parallelFor(int64_t(positions.size()), threads, [&](int64_t s, int) {
        const Span &span = data.layout.spans[size_t(s)];
        if (span.kind != SpanKind::Scalar && span.width >= 3)
            positions[size_t(s)] = positionsOf(data, scores, size_t(s));
    });
    return positions;
}

} // namespace synthreg::core
