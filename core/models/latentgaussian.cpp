#include "latentgaussian.h"

#include "generator.h"
#include "latentdiscretization.h"
#include "parallelfor.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace synthreg::core {

namespace {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

constexpr double kEigenvalueFloor = 1e-6;
// Mehler terms: with ρ^k damping them, 100 resolve correlations up to ~0.97 well.
constexpr int kHermiteTerms = 100;
constexpr int64_t kBlockRows = 1024;
// A fixed number of partial sums, combined in order: the result does not depend on threads.
constexpr int64_t kPartialSums = 16;

// Centered cross-products Σ (z − μ)(z − μ)ᵀ, a row block at a time: never an n × n matrix.
Eigen::MatrixXd centeredCrossProducts(const float *scores, int64_t rows, int dims,
                                      const Eigen::VectorXd &means, int threads)
{
    const int64_t blocks = (rows + kBlockRows - 1) / kBlockRows;
    const int64_t partials = std::min(kPartialSums, blocks);
    std::vector<Eigen::MatrixXd> sums(size_t(partials), Eigen::MatrixXd::Zero(dims, dims));
    parallelFor(partials, threads, [&](int64_t partial, int) {
        Eigen::MatrixXd block;
        for (int64_t b = partial; b < blocks; b += partials) {
            const int64_t first = b * kBlockRows;
            const int64_t count = std::min(kBlockRows, rows - first);
            block.resize(count, dims);
            for (int j = 0; j < dims; ++j)
                block.col(j) = Eigen::Map<const Eigen::VectorXf>(scores + j * rows + first, count)
                                   .cast<double>()
                                   .array()
                               - means(j);
            sums[size_t(partial)].selfadjointView<Eigen::Lower>().rankUpdate(block.transpose());
        }
    });
    Eigen::MatrixXd total = Eigen::MatrixXd::Zero(dims, dims);
    for (const Eigen::MatrixXd &sum : sums)
        total += sum;
    return total.selfadjointView<Eigen::Lower>();
}

// Eigenvalue floor, then unit diagonal again (D R D keeps R positive definite).
Eigen::MatrixXd nearestCorrelation(const Eigen::MatrixXd &matrix)
{
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(matrix);
    const Eigen::VectorXd floored = solver.eigenvalues().cwiseMax(kEigenvalueFloor);
    Eigen::MatrixXd result = solver.eigenvectors() * floored.asDiagonal() * solver.eigenvectors().transpose();
    const Eigen::VectorXd scale = result.diagonal().cwiseSqrt().cwiseInverse();
    result = scale.asDiagonal() * result * scale.asDiagonal();
    result = (0.5 * (result + result.transpose())).eval();
    result.diagonal().setOnes();
    return result;
}

} // namespace

LatentCorrelation fitLatentCorrelation(const float *scores, int64_t rows,
                                       const std::vector<ScoreShape> &shapes, double shrinkage,
                                       bool undoDiscretization, int threads)
{
    const int dims = int(shapes.size());
    Eigen::VectorXd means(dims);
    parallelFor(dims, threads, [&](int64_t j, int) {
        means(j) = Eigen::Map<const Eigen::VectorXf>(scores + j * rows, rows).cast<double>().sum()
                   / double(rows);
    });
    const Eigen::MatrixXd products = centeredCrossProducts(scores, rows, dims, means, threads);

    const auto varies = [&](int j) { return !shapes[size_t(j)].constant && products(j, j) > 1e-12 * double(rows); };
    Eigen::MatrixXd pearson = Eigen::MatrixXd::Identity(dims, dims);
    for (int i = 0; i < dims; ++i)
        for (int j = 0; j < dims; ++j)
            if (i != j && varies(i) && varies(j))
                pearson(i, j) = products(i, j) / std::sqrt(products(i, i) * products(j, j));
    const auto regularized = [shrinkage](Eigen::MatrixXd matrix) {
        matrix *= 1 - shrinkage;
        matrix.diagonal().setOnes();
        return nearestCorrelation(matrix);
    };
    const Eigen::MatrixXd scoreCorrelation = regularized(pearson);

    LatentCorrelation result;
    // Mean log N(z; 0, R) = −½ (d log 2π + log det R + tr(R⁻¹ M)), M the scores' second moment,
    // R their own correlation: how well a Gaussian explains the scores, whatever the latent estimate.
    const Eigen::LLT<Eigen::MatrixXd> cholesky(scoreCorrelation);
    const Eigen::MatrixXd moment = products / double(rows) + means * means.transpose();
    const double logDeterminant = 2 * cholesky.matrixLLT().diagonal().array().log().sum();
    result.logLikelihood = -0.5 * (dims * std::log(2 * std::numbers::pi) + logDeterminant
                                   + cholesky.solve(moment).trace());

    Eigen::MatrixXd correlation = scoreCorrelation;
    if (undoDiscretization) {
        Eigen::MatrixXd latent = pearson;
        std::vector<std::vector<double>> hermite(static_cast<size_t>(dims));
        for (size_t j = 0; j < hermite.size(); ++j)
            hermite[j] = scoreHermiteCoefficients(shapes[j].cutPoints, kHermiteTerms);
        parallelFor(dims, threads, [&](int64_t i, int) {
            for (int j = 0; j < i; ++j) {
                const bool discrete = !shapes[size_t(i)].cutPoints.empty() || !shapes[size_t(j)].cutPoints.empty();
                if (discrete && varies(int(i)) && varies(j))
                    latent(i, j) = latentCorrelationFor(pearson(i, j), hermite[size_t(i)], hermite[size_t(j)]);
            }
        });
        correlation = regularized(latent.selfadjointView<Eigen::Lower>().toDenseMatrix());
    }
    result.matrix.resize(size_t(dims) * size_t(dims));
    Eigen::Map<RowMatrix>(result.matrix.data(), dims, dims) = correlation;
    return result;
}

LatentSampler::LatentSampler(const std::vector<double> &correlation, int dims,
                             const std::vector<LatentInterval> &intervals)
    : m_dims(dims)
{
    std::vector<bool> conditioned(size_t(dims), false);
    for (const LatentInterval &interval : intervals) {
        m_order.push_back(interval.dim);
        conditioned[size_t(interval.dim)] = true;
        m_lowerScores.push_back(standardNormalQuantile(interval.lower));
        m_upperScores.push_back(standardNormalQuantile(interval.upper));
    }
    for (int dim = 0; dim < dims; ++dim)
        if (!conditioned[size_t(dim)])
            m_order.push_back(dim);

    const Eigen::Map<const RowMatrix> full(correlation.data(), dims, dims);
    Eigen::MatrixXd permuted(dims, dims);
    for (int i = 0; i < dims; ++i)
        for (int j = 0; j < dims; ++j)
            permuted(i, j) = full(m_order[size_t(i)], m_order[size_t(j)]);
    const Eigen::LLT<Eigen::MatrixXd> cholesky(permuted);
    if (cholesky.info() != Eigen::Success)
        throw GeneratorError("The copula's correlation matrix is not positive definite; train the model again.");
    m_cholesky.resize(size_t(dims) * size_t(dims));
    Eigen::Map<RowMatrix>(m_cholesky.data(), dims, dims) = cholesky.matrixL().toDenseMatrix();
}

void LatentSampler::draw(int64_t rows, NormalRandom &random, LatentScratch &scratch, double *out) const
{
    const Eigen::Map<const RowMatrix> factor(m_cholesky.data(), m_dims, m_dims);
    const int conditioned = int(m_lowerScores.size());
    scratch.innovations.resize(size_t(rows) * size_t(m_dims));
    scratch.permuted.resize(scratch.innovations.size());
    Eigen::Map<RowMatrix> innovations(scratch.innovations.data(), rows, m_dims);
    Eigen::Map<RowMatrix> latent(scratch.permuted.data(), rows, m_dims);
    for (int64_t r = 0; r < rows; ++r) {
        for (int k = 0; k < conditioned; ++k) {
            // z_k = mean + scale · ε_k given ε_0 … ε_{k−1}; ε_k is truncated so that z_k stays in its interval.
            const double mean = factor.row(k).head(k).dot(innovations.row(r).head(k));
            const double scale = factor(k, k);
            innovations(r, k) = truncatedStandardNormal((m_lowerScores[size_t(k)] - mean) / scale,
                                                        (m_upperScores[size_t(k)] - mean) / scale, random.uniform());
        }
        for (int k = conditioned; k < m_dims; ++k)
            innovations(r, k) = random.normal();
    }
    latent.noalias() = innovations * factor.transpose().triangularView<Eigen::Upper>();
    for (int64_t r = 0; r < rows; ++r)
        for (int k = 0; k < m_dims; ++k)
            out[r * m_dims + m_order[size_t(k)]] = latent(r, k);
}

} // namespace synthreg::core
