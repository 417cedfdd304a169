#include "logisticregression.h"

#include <Eigen/Dense>
#include <boost/math/distributions/normal.hpp>

#include <cmath>

namespace synthreg::core {

namespace {

double logLikelihoodOf(const Eigen::VectorXd &eta, const Eigen::VectorXd &y)
{
    // log(1 + e^eta) computed without overflow.
    double sum = 0;
    for (Eigen::Index i = 0; i < eta.size(); ++i) {
        const double softplus = eta(i) > 0 ? eta(i) + std::log1p(std::exp(-eta(i))) : std::log1p(std::exp(eta(i)));
        sum += y(i) * eta(i) - softplus;
    }
    return sum;
}

} // namespace

LogisticFit fitLogisticRegression(const std::vector<double> &covariates, size_t rows, size_t cols,
                                  const std::vector<double> &outcome, int maxIterations, double tolerance)
{
    LogisticFit fit;
    const Eigen::Index n = Eigen::Index(rows);
    const Eigen::Index p = Eigen::Index(cols) + 1;
    if (rows == 0 || covariates.size() != rows * cols || outcome.size() != rows) {
        fit.error = QStringLiteral("No complete rows to fit.");
        return fit;
    }
    Eigen::MatrixXd x(n, p);
    x.col(0).setOnes();
    x.rightCols(p - 1) = Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
        covariates.data(), n, p - 1);
    const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(outcome.data(), n);

    Eigen::VectorXd beta = Eigen::VectorXd::Zero(p);
    Eigen::VectorXd eta = Eigen::VectorXd::Zero(n);
    double logLik = logLikelihoodOf(eta, y);
    Eigen::LDLT<Eigen::MatrixXd> information;
    for (fit.iterations = 1; fit.iterations <= maxIterations; ++fit.iterations) {
        const Eigen::VectorXd mu = (1.0 + (-eta.array()).exp()).inverse().matrix();
        const Eigen::VectorXd w = (mu.array() * (1.0 - mu.array())).max(1e-300).matrix();
        // Newton step = IRLS: beta += (X'WX)^-1 X'(y - mu).
        information.compute(x.transpose() * w.asDiagonal() * x);
        if (information.info() != Eigen::Success || information.vectorD().minCoeff() <= 1e-12 * information.vectorD().maxCoeff()) {
            fit.error = QStringLiteral("The covariates are collinear or constant: no estimate exists.");
            return fit;
        }
        beta += information.solve(x.transpose() * (y - mu));
        eta = x * beta;
        const double next = logLikelihoodOf(eta, y);
        if (beta.cwiseAbs().maxCoeff() > 30) {
            fit.error = QStringLiteral("The outcome is (almost) perfectly separated by a covariate: the odds ratio is infinite.");
            return fit;
        }
        const bool done = std::abs(next - logLik) <= tolerance * (std::abs(next) + tolerance);
        logLik = next;
        if (done) {
            fit.converged = true;
            break;
        }
    }
    if (!fit.converged) {
        fit.error = QStringLiteral("The fit did not converge in %1 iterations.").arg(maxIterations);
        return fit;
    }
    // Standard errors from the information matrix at the final estimate.
    const Eigen::VectorXd mu = (1.0 + (-eta.array()).exp()).inverse().matrix();
    const Eigen::VectorXd w = (mu.array() * (1.0 - mu.array())).matrix();
    information.compute(x.transpose() * w.asDiagonal() * x);
    const Eigen::MatrixXd covariance = information.solve(Eigen::MatrixXd::Identity(p, p));
    const boost::math::normal standardNormal;
    fit.logLikelihood = logLik;
    for (Eigen::Index j = 0; j < p; ++j) {
        const double se = std::sqrt(covariance(j, j));
        const double z = beta(j) / se;
        fit.coefficients.push_back(beta(j));
        fit.standardErrors.push_back(se);
        fit.zValues.push_back(z);
        fit.pValues.push_back(std::isfinite(z) ? 2.0 * boost::math::cdf(boost::math::complement(standardNormal, std::abs(z))) : NAN);
    }
    return fit;
}

} // namespace synthreg::core
