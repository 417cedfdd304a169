#include "variationalmixture.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>

namespace synthreg::core {

namespace {

constexpr double kNegligibleLog = 40;

double digamma(double x)
{
    double result = 0;
    while (x < 6) {   // recurrence ψ(x) = ψ(x + 1) - 1/x up to where the asymptotic series is exact to 1e-12
        result -= 1 / x;
        x += 1;
    }
    const double f = 1 / (x * x);
    return result + std::log(x) - 0.5 / x
         - f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f / 132))));
}

double betaLn(double a, double b)
{
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

/** 1-D k-means from quantile starts (sklearn initialises the responsibilities from k-means labels). */
std::vector<int> kMeansLabels(const std::vector<double> &sorted, int clusters)
{
    const size_t n = sorted.size();
    std::vector<double> centers(static_cast<size_t>(clusters));
    for (int k = 0; k < clusters; ++k)
        centers[size_t(k)] = sorted[std::min(n - 1, size_t((k + 0.5) / clusters * double(n)))];
    std::vector<int> labels(n, 0);
    for (int iteration = 0; iteration < 100; ++iteration) {
        bool changed = false;
        int k = 0;
        // Values and centers are both ascending, so each value's nearest center is found by walking.
        for (size_t i = 0; i < n; ++i) {
            while (k + 1 < clusters && std::abs(sorted[i] - centers[size_t(k + 1)]) <= std::abs(sorted[i] - centers[size_t(k)]))
                ++k;
            changed |= labels[i] != k;
            labels[i] = k;
        }
        if (!changed && iteration > 0)
            break;
        std::vector<double> sums(size_t(clusters), 0.0);
        std::vector<size_t> counts(size_t(clusters), 0);
        for (size_t i = 0; i < n; ++i) {
            sums[size_t(labels[i])] += sorted[i];
            ++counts[size_t(labels[i])];
        }
        for (int c = 0; c < clusters; ++c)
            if (counts[size_t(c)] > 0)
                centers[size_t(c)] = sums[size_t(c)] / double(counts[size_t(c)]);
        std::sort(centers.begin(), centers.end());
    }
    return labels;
}

/** The variational posterior (sklearn's attribute names in the comments). */
struct Posterior
{
    std::vector<double> stickA, stickB;   // weight_concentration_
    std::vector<double> meanPrecision;    // mean_precision_
    std::vector<double> means;            // means_
    std::vector<double> degreesOfFreedom; // degrees_of_freedom_
    std::vector<double> precisionRoot;    // precisions_cholesky_ (1 / sqrt(covariances_))
};

class MixtureFitter
{
public:
    MixtureFitter(const std::vector<double> &x, int components, const MixtureOptions &options)
        : m_x(x), m_k(components), m_options(options)
    {
        const double n = double(x.size());
        m_meanPrior = std::accumulate(x.begin(), x.end(), 0.0) / n;
        double squares = 0;
        for (double v : x)
            squares += (v - m_meanPrior) * (v - m_meanPrior);
        m_covariancePrior = x.size() > 1 ? squares / (n - 1) : 0.0;   // np.cov: ddof = 1
    }

    // sklearn BayesianGaussianMixture._m_step for covariance_type='full', one feature.
    void mStep(const std::vector<double> &resp)
    {
        const size_t n = m_x.size(), k = size_t(m_k);
        std::vector<double> nk(k, 10 * std::numeric_limits<double>::epsilon()), xk(k, 0.0), sk(k, 0.0);
        for (size_t i = 0; i < n; ++i)
            for (size_t c = 0; c < k; ++c) {
                nk[c] += resp[i * k + c];
                xk[c] += resp[i * k + c] * m_x[i];
            }
        for (size_t c = 0; c < k; ++c)
            xk[c] /= nk[c];
        for (size_t i = 0; i < n; ++i)
            for (size_t c = 0; c < k; ++c)
                sk[c] += resp[i * k + c] * (m_x[i] - xk[c]) * (m_x[i] - xk[c]);
        Posterior &p = m_posterior;
        p = Posterior{std::vector<double>(k), std::vector<double>(k), std::vector<double>(k), std::vector<double>(k),
                      std::vector<double>(k), std::vector<double>(k)};
        double tail = 0;   // Σ_{j>c} n_j: the Dirichlet-process stick-breaking prior
        for (size_t c = k; c-- > 0;) {
            p.stickA[c] = 1 + nk[c];
            p.stickB[c] = m_options.weightConcentrationPrior + tail;
            tail += nk[c];
        }
        const double beta0 = m_options.meanPrecisionPrior;
        for (size_t c = 0; c < k; ++c) {
            sk[c] = sk[c] / nk[c] + m_options.regularization;
            p.meanPrecision[c] = beta0 + nk[c];
            p.means[c] = (beta0 * m_meanPrior + nk[c] * xk[c]) / p.meanPrecision[c];
            p.degreesOfFreedom[c] = 1 + nk[c];   // degrees_of_freedom_prior = n_features
            const double diff = xk[c] - m_meanPrior;
            const double covariance = (m_covariancePrior + nk[c] * sk[c] + nk[c] * beta0 / p.meanPrecision[c] * diff * diff)
                                    / p.degreesOfFreedom[c];
            p.precisionRoot[c] = 1 / std::sqrt(covariance);
        }
    }

    /** Per component: the part of the weighted log probability that does not depend on x. */
    std::vector<double> logScales() const
    {
        const Posterior &p = m_posterior;
        std::vector<double> scales(static_cast<size_t>(m_k));
        double previousSticks = 0;   // Σ_{j<c} E[log(1 - v_j)]
        for (size_t c = 0; c < size_t(m_k); ++c) {
            const double digammaSum = digamma(p.stickA[c] + p.stickB[c]);
            const double logWeight = digamma(p.stickA[c]) - digammaSum + previousSticks;
            previousSticks += digamma(p.stickB[c]) - digammaSum;
            const double logLambda = std::log(2.0) + digamma(0.5 * p.degreesOfFreedom[c]);
            scales[c] = logWeight + std::log(p.precisionRoot[c]) - 0.5 * std::log(2 * std::numbers::pi)
                      - 0.5 * std::log(p.degreesOfFreedom[c]) + 0.5 * (logLambda - 1 / p.meanPrecision[c]);
        }
        return scales;
    }

    /** E-step: fills `resp`, returns Σ_i Σ_k r log r (for the lower bound). */
    double eStep(std::vector<double> &resp) const
    {
        const std::vector<double> scales = logScales();
        const size_t k = size_t(m_k);
        double entropyTerm = 0;
        std::vector<double> logp(k);
        for (size_t i = 0; i < m_x.size(); ++i) {
            double best = -std::numeric_limits<double>::infinity();
            for (size_t c = 0; c < k; ++c) {
                const double y = (m_x[i] - m_posterior.means[c]) * m_posterior.precisionRoot[c];
                logp[c] = scales[c] - 0.5 * y * y;
                best = std::max(best, logp[c]);
            }
            double sum = 0;
            for (size_t c = 0; c < k; ++c) {
                // Below e^-40 a term is under double precision next to the best one (which adds 1).
                const double gap = logp[c] - best;
                sum += resp[i * k + c] = gap < -kNegligibleLog ? 0.0 : std::exp(gap);
            }
            const double logSum = std::log(sum);
            for (size_t c = 0; c < k; ++c) {
                double &r = resp[i * k + c];
                r /= sum;
                if (r > 0)
                    entropyTerm += r * (logp[c] - best - logSum);
            }
        }
        return entropyTerm;
    }

    // sklearn BayesianGaussianMixture._compute_lower_bound, one feature.
    double lowerBound(double entropyTerm) const
    {
        const Posterior &p = m_posterior;
        double logWishart = 0, logNormWeight = 0, logMeanPrecision = 0;
        for (size_t c = 0; c < size_t(m_k); ++c) {
            const double dof = p.degreesOfFreedom[c];
            const double logDetCholesky = std::log(p.precisionRoot[c]) - 0.5 * std::log(dof);
            logWishart += -(dof * logDetCholesky + dof * 0.5 * std::log(2.0) + std::lgamma(0.5 * dof));
            logNormWeight -= betaLn(p.stickA[c], p.stickB[c]);
            logMeanPrecision += std::log(p.meanPrecision[c]);
        }
        return -entropyTerm - logWishart - logNormWeight - 0.5 * logMeanPrecision;
    }

    std::vector<MixtureComponent> components() const
    {
        const Posterior &p = m_posterior;
        const std::vector<double> scales = logScales();
        std::vector<MixtureComponent> out(static_cast<size_t>(m_k));
        double remaining = 1, total = 0;
        for (size_t c = 0; c < size_t(m_k); ++c) {
            const double sum = p.stickA[c] + p.stickB[c];
            out[c] = MixtureComponent{p.means[c], 1 / p.precisionRoot[c], scales[c], p.stickA[c] / sum * remaining};
            remaining *= p.stickB[c] / sum;
            total += out[c].weight;
        }
        for (MixtureComponent &component : out)
            component.weight /= total;
        return out;
    }

private:
    const std::vector<double> &m_x;
    int m_k;
    MixtureOptions m_options;
    double m_meanPrior = 0;
    double m_covariancePrior = 0;
    Posterior m_posterior;
};

} // namespace

std::vector<MixtureComponent> fitVariationalMixture(std::vector<double> values, const MixtureOptions &options)
{
    std::sort(values.begin(), values.end());
    size_t distinctCount = values.empty() ? 0 : 1;
    for (size_t i = 1; i < values.size(); ++i)
        distinctCount += values[i] != values[i - 1];
    const int k = std::max(1, std::min(options.maxComponents, int(distinctCount)));

    const std::vector<int> labels = kMeansLabels(values, k);
    std::vector<double> resp(values.size() * size_t(k), 0.0);
    for (size_t i = 0; i < values.size(); ++i)
        resp[i * size_t(k) + size_t(labels[i])] = 1;

    MixtureFitter fitter(values, k, options);
    fitter.mStep(resp);
    double bound = -std::numeric_limits<double>::infinity();
    for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
        const double entropyTerm = fitter.eStep(resp);
        fitter.mStep(resp);
        const double previous = bound;
        bound = fitter.lowerBound(entropyTerm);
        if (std::abs(bound - previous) < options.tolerance)
            break;
    }

    std::vector<MixtureComponent> all = fitter.components();
    std::vector<MixtureComponent> kept;
    for (const MixtureComponent &component : all)
        if (component.weight > options.weightThreshold)
            kept.push_back(component);
    if (kept.empty())
        kept.push_back(*std::max_element(all.begin(), all.end(),
                                         [](const auto &a, const auto &b) { return a.weight < b.weight; }));
    std::sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) { return a.mean < b.mean; });
    return kept;
}

} // namespace synthreg::core
