#include "medvaecpustep.h"

#include "cpustepsupport.h"
#include "denseblockkernels.h"
#include "medvaecpuembedding.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace synthreg::core {

namespace {

const float kSlope = float(DenseBlockImpl::kLeakySlope);
// Rows per task of the loss: a fixed size, so its sums do not depend on the thread count.
constexpr int64_t kLossRowsPerBlock = 64;

/**
 * Runs `body` over feature ranges on torch's threads (the pool the matrix products use), so no
 * thread spins idle through these loops. Each feature's result is computed by one thread in
 * one order: the outcome does not depend on the thread count.
 */
template<typename Body>
void forFeatureRanges(int64_t features, const Body &body)
{
    constexpr int64_t kFeaturesPerTask = 16;
    at::parallel_for(0, features, kFeaturesPerTask,
                     [&](int64_t begin, int64_t end) { body(FeatureRange{begin, end}); });
}

/** A Linear layer's parameters and the buffers of its output and input gradient. */
struct LinearLayer
{
    LinearLayer(torch::nn::LinearImpl &linear, int64_t capacity)
        : LinearLayer(linear.weight, linear.bias, gradientOf(linear.weight), gradientOf(linear.bias), capacity)
    {
    }

    /** A layer over tensors that are not a module's (and the gradients' tensors to write). */
    LinearLayer(torch::Tensor weightValues, torch::Tensor biasValues, torch::Tensor weightGradient,
                torch::Tensor biasGradient, int64_t capacity)
        : weight(std::move(weightValues))
        , bias(std::move(biasValues))
        , gradWeight(std::move(weightGradient))
        , gradBias(std::move(biasGradient))
        , output(rowBuffer(capacity, weight.size(0)))
        , gradInput(rowBuffer(capacity, weight.size(1)))
    {
    }

    torch::Tensor forward(const torch::Tensor &input)
    {
        torch::Tensor out = firstRows(output, input.size(0));
        return at::addmm_out(out, bias, input, weight.t());
    }

    /** Weight and bias gradients; returns the input's gradient. */
    torch::Tensor backward(const torch::Tensor &gradOutput, const torch::Tensor &input)
    {
        at::mm_out(gradWeight, gradOutput.t(), input);
        columnSums(blockOf(gradOutput), data(gradBias));
        torch::Tensor into = firstRows(gradInput, input.size(0));
        return at::mm_out(into, gradOutput, weight);
    }

    torch::Tensor weight;
    torch::Tensor bias;
    torch::Tensor gradWeight;
    torch::Tensor gradBias;
    torch::Tensor output;
    torch::Tensor gradInput;
};

/** One DenseBlock (Linear → BatchNorm1d → LeakyReLU): its parameters, statistics and buffers. */
struct DenseLayer
{
    DenseLayer(DenseBlockImpl &block, int64_t capacity)
        : linear(*block.linear(), capacity)
        , norm(block.norm())
        , normalized(rowBuffer(capacity, features()))
        , gradLinear(rowBuffer(capacity, features()))
        , mean(size_t(features()))
        , invStd(size_t(features()))
        , sumScratch(size_t(features()))
        , productScratch(size_t(features()))
    {
        gradientOf(norm->weight);
        gradientOf(norm->bias);
    }

    int64_t features() const { return linear.weight.size(0); }

    torch::Tensor forward(const torch::Tensor &input)
    {
        const int64_t rows = input.size(0);
        torch::Tensor pre = firstRows(normalized, rows);
        at::addmm_out(pre, linear.bias, input, linear.weight.t());
        const torch::Tensor out = firstRows(linear.output, rows);
        forFeatureRanges(features(), [&](FeatureRange range) {
            batchStatistics(blockOf(pre), range, sumScratch.data(), productScratch.data());
            updateRunningStatistics(rows, range);
            normalizeAndActivate(blockOf(pre), blockOf(out), range, mean.data(), invStd.data(), data(norm->weight),
                                 data(norm->bias), kSlope);
        });
        norm->num_batches_tracked.add_(1);
        return out;
    }

    /** Every parameter's gradient; returns the gradient at the Linear's output. */
    torch::Tensor backwardToLinear(const torch::Tensor &gradOutput, const torch::Tensor &input)
    {
        const int64_t rows = input.size(0);
        torch::Tensor gradPre = firstRows(gradLinear, rows);
        const NormGradients into{data(gradPre),
                                 data(norm->weight.mutable_grad()),
                                 data(norm->bias.mutable_grad()),
                                 data(linear.gradBias),
                                 sumScratch.data(),
                                 productScratch.data()};
        forFeatureRanges(features(), [&](FeatureRange range) {
            normBackward(blockOf(gradOutput), blockOf(firstRows(linear.output, rows)),
                         blockOf(firstRows(normalized, rows)), range, data(norm->weight), invStd.data(), kSlope,
                         into);
        });
        at::mm_out(linear.gradWeight, gradPre.t(), input);
        return gradPre;
    }

    torch::Tensor backward(const torch::Tensor &gradOutput, const torch::Tensor &input)
    {
        const torch::Tensor gradPre = backwardToLinear(gradOutput, input);
        torch::Tensor into = firstRows(linear.gradInput, input.size(0));
        return at::mm_out(into, gradPre, linear.weight);
    }

    /** BatchNorm1d in training mode: the batch's mean and unbiased variance into the running ones. */
    void updateRunningStatistics(int64_t rows, FeatureRange range)
    {
        // BatchNorm1d without a momentum keeps a cumulative average (torch: 1 / batches seen).
        const c10::optional<double> configured = norm->options.momentum();
        const double momentum = configured ? *configured : 1.0 / double(norm->num_batches_tracked.item<int64_t>() + 1);
        const double epsilon = norm->options.eps();
        const double unbiased = double(rows) / double(rows - 1);
        float *runningMean = data(norm->running_mean);
        float *runningVariance = data(norm->running_var);
        for (int64_t k = range.begin; k < range.end; ++k) {
            mean[k] = float(sumScratch[k]);
            invStd[k] = float(1.0 / std::sqrt(productScratch[k] + epsilon));
            runningMean[k] = float((1 - momentum) * runningMean[k] + momentum * sumScratch[k]);
            runningVariance[k] = float((1 - momentum) * runningVariance[k] + momentum * productScratch[k] * unbiased);
        }
    }

    LinearLayer linear;
    torch::nn::BatchNorm1d norm;
    torch::Tensor normalized;   ///< rows × features: x̂ (the Linear's output before that)
    torch::Tensor gradLinear;
    std::vector<float> mean;
    std::vector<float> invStd;
    // Forward: the batch's mean and biased variance; backward: Σ g and Σ g·x̂ (NormGradients).
    std::vector<double> sumScratch;
    std::vector<double> productScratch;
};

/**
 * The encoder's mu and log-variance heads as one Linear of twice the latent width: both read
 * the same input, so one matrix product forward and two backward replace six. Rows of the
 * output hold [mu | logVar].
 */
struct PosteriorHeads
{
    PosteriorHeads(torch::nn::LinearImpl &mu, torch::nn::LinearImpl &logVar, int64_t capacity)
        : muWeight(mu.weight)
        , muBias(mu.bias)
        , logVarWeight(logVar.weight)
        , logVarBias(logVar.bias)
        , both(torch::empty({2 * latentWidth(), mu.weight.size(1)}), torch::empty({2 * latentWidth()}),
               torch::empty({2 * latentWidth(), mu.weight.size(1)}), torch::empty({2 * latentWidth()}), capacity)
        , gradOutput(rowBuffer(capacity, 2 * latentWidth()))
    {
        for (const torch::Tensor &parameter : {muWeight, muBias, logVarWeight, logVarBias})
            gradientOf(parameter);
    }

    int64_t latentWidth() const { return muWeight.size(0); }
    const torch::Tensor &output() const { return both.output; }

    torch::Tensor forward(const torch::Tensor &input)
    {
        const int64_t latent = latentWidth();
        both.weight.narrow(0, 0, latent).copy_(muWeight);
        both.weight.narrow(0, latent, latent).copy_(logVarWeight);
        both.bias.narrow(0, 0, latent).copy_(muBias);
        both.bias.narrow(0, latent, latent).copy_(logVarBias);
        return both.forward(input);
    }

    /** From gradOutput's first rows: both heads' parameter gradients; returns the input's. */
    torch::Tensor backward(const torch::Tensor &input)
    {
        const int64_t latent = latentWidth();
        const torch::Tensor gradInput = both.backward(firstRows(gradOutput, input.size(0)), input);
        muWeight.mutable_grad().copy_(both.gradWeight.narrow(0, 0, latent));
        logVarWeight.mutable_grad().copy_(both.gradWeight.narrow(0, latent, latent));
        muBias.mutable_grad().copy_(both.gradBias.narrow(0, 0, latent));
        logVarBias.mutable_grad().copy_(both.gradBias.narrow(0, latent, latent));
        return gradInput;
    }

    torch::Tensor muWeight;
    torch::Tensor muBias;
    torch::Tensor logVarWeight;
    torch::Tensor logVarBias;
    LinearLayer both;           ///< weight [mu; logVar], output rows [mu | logVar]
    torch::Tensor gradOutput;   ///< rows × [d mu | d logVar]
};

/**
 * Σ term(k) for k in [0, count) in eight float lanes, so the compiler can vectorise the sum
 * (a single accumulator is a serial chain); the lanes are added in a fixed order.
 */
template<typename Term>
double laneSum(int64_t count, const Term &term)
{
    constexpr int64_t kLanes = 8;
    float lanes[kLanes] = {};
    int64_t k = 0;
    for (; k + kLanes <= count; k += kLanes)
        for (int64_t lane = 0; lane < kLanes; ++lane)
            lanes[lane] += term(k + lane);
    double total = 0;
    for (; k < count; ++k)
        total += term(k);
    for (const float lane : lanes)
        total += lane;
    return total;
}

DenseBlockImpl &denseBlockAt(torch::nn::Sequential &body, size_t index) { return *body[index]->as<DenseBlockImpl>(); }

} // namespace

struct MedVaeCpuStep::Network
{
    Network(MedVaeNetImpl &net, const Layout &layout, const VaeLossWeights &weights, int64_t capacity);

    /** z = mu + noise · exp(logVar / 2); returns the summed KL. */
    double reparameterize(int64_t rows);
    /** Loss of the decoder's raw output against `batch`; its gradient into gradRaw, log sigma's into its grad. */
    double reconstructionLossAndGradient(const torch::Tensor &raw, const torch::Tensor &batch);
    /** Rows [begin, begin + size): cross-entropy and Gaussian sums, then log sigma's gradient, into `partial`. */
    void lossOfRows(int64_t begin, int64_t size, const torch::Tensor &raw, const torch::Tensor &batch, double *partial);
    /** The latent code's gradient, plus klScale × the KL's, into the heads' gradOutput. */
    void reparameterizeBackward(const torch::Tensor &gradLatent, int64_t rows, double klScale);
    /** The embedding weight's gradient from the first layer's (the data itself needs none). */
    void embedBackward(const torch::Tensor &gradFirstLinear, const torch::Tensor &batch);

    // Encoder
    CpuSpanEmbedding embedding;
    const std::vector<int64_t> &scalarColumns;   ///< the data columns of the Scalar spans
    torch::Tensor gradEmbedded;
    DenseLayer encoder1;
    DenseLayer encoder2;
    PosteriorHeads heads;
    // Latent
    torch::Tensor noise;
    torch::Tensor sigma;   ///< rows × latent: exp(logVar / 2)
    torch::Tensor latent;
    // Decoder and loss
    DenseLayer decoder1;
    DenseLayer decoder2;
    LinearLayer output;
    torch::Tensor logSigma;
    std::vector<std::pair<int, int>> discreteSpans;
    VaeLossWeights weights;
    torch::Tensor shifted;      ///< rows × width: logits less their span's maximum
    torch::Tensor exponential;  ///< exp(shifted)
    torch::Tensor gradRaw;
    std::vector<double> lossPartials;   ///< per block of rows: cross-entropy, Gaussian, d log sigma
    std::vector<double> scalarVariances;   ///< σ² of each Scalar span, for the step's loss
};

MedVaeCpuStep::Network::Network(MedVaeNetImpl &net, const Layout &layout, const VaeLossWeights &lossWeights,
                                int64_t capacity)
    : embedding(*net.encoder->embedding(), layout, capacity)
    , scalarColumns(embedding.scalarColumns())
    , gradEmbedded(rowBuffer(capacity, embedding.codeWidth()))
    , encoder1(denseBlockAt(net.encoder->body(), 0), capacity)
    , encoder2(denseBlockAt(net.encoder->body(), 1), capacity)
    , heads(*net.encoder->muHead(), *net.encoder->logVarHead(), capacity)
    , noise(rowBuffer(capacity, heads.latentWidth()))
    , sigma(rowBuffer(capacity, heads.latentWidth()))
    , latent(rowBuffer(capacity, heads.latentWidth()))
    , decoder1(denseBlockAt(net.decoder->body(), 0), capacity)
    , decoder2(denseBlockAt(net.decoder->body(), 1), capacity)
    , output(*net.decoder->body()[2]->as<torch::nn::Linear>(), capacity)
    , logSigma(net.decoder->logSigma())
    , discreteSpans(discreteSpanRanges(layout))
    , weights(lossWeights)
    , shifted(rowBuffer(capacity, layout.width()))
    , exponential(rowBuffer(capacity, layout.width()))
    , gradRaw(rowBuffer(capacity, layout.width()))
{
    gradientOf(logSigma);
}

double MedVaeCpuStep::Network::reparameterize(int64_t rows)
{
    const int64_t width = heads.latentWidth();
    const torch::Tensor posterior = firstRows(heads.output(), rows);
    // The draw of MedVaeNet::forward (randn_like(mu)): same generator, shape and order.
    firstRows(noise, rows).normal_();
    firstRows(sigma, rows).copy_(posterior.narrow(1, width, width)).mul_(0.5).exp_();
    double kl = 0;
    for (int64_t r = 0; r < rows; ++r) {
        const float *m = data(posterior) + r * 2 * width;
        const float *v = m + width;
        const float *e = data(noise) + r * width;
        const float *s = data(sigma) + r * width;
        float *z = data(latent) + r * width;
        for (int64_t k = 0; k < width; ++k)
            z[k] = m[k] + e[k] * s[k];
        kl += -0.5 * laneSum(width, [&](int64_t k) { return 1.0f + v[k] - m[k] * m[k] - s[k] * s[k]; });
    }
    return kl;
}

double MedVaeCpuStep::Network::reconstructionLossAndGradient(const torch::Tensor &raw, const torch::Tensor &batch)
{
    const int64_t rows = raw.size(0);
    const int64_t blocks = (rows + kLossRowsPerBlock - 1) / kLossRowsPerBlock;
    const size_t scalars = scalarColumns.size();
    lossPartials.assign(size_t(blocks) * (2 + scalars), 0.0);
    scalarVariances.resize(scalars);
    for (size_t s = 0; s < scalars; ++s)
        scalarVariances[s] = std::exp(2.0 * data(logSigma)[s]);
    at::parallel_for(0, blocks, 1, [&](int64_t first, int64_t last) {
        for (int64_t block = first; block < last; ++block) {
            const int64_t begin = block * kLossRowsPerBlock;
            const int64_t size = std::min(kLossRowsPerBlock, rows - begin);
            lossOfRows(begin, size, raw, batch, lossPartials.data() + size_t(block) * (2 + scalars));
        }
    });
    // Blocks are summed in order: the result does not depend on the thread count.
    double crossEntropy = 0;
    double gaussian = 0;
    std::vector<double> gradLogSigma(scalars, 0.0);
    for (int64_t block = 0; block < blocks; ++block) {
        const double *partial = lossPartials.data() + size_t(block) * (2 + scalars);
        crossEntropy += partial[0];
        gaussian += partial[1];
        for (size_t s = 0; s < scalars; ++s)
            gradLogSigma[s] += partial[2 + s];
    }
    std::copy(gradLogSigma.begin(), gradLogSigma.end(), data(logSigma.mutable_grad()));
    return weights.continuous * gaussian + weights.categorical * crossEntropy;
}

void MedVaeCpuStep::Network::lossOfRows(int64_t begin, int64_t size, const torch::Tensor &raw,
                                        const torch::Tensor &batch, double *partial)
{
    const int64_t rows = raw.size(0);   // the batch's: every term is averaged over it
    const RowBlock logits = blockOf(raw.narrow(0, begin, size));
    const RowBlock target = blockOf(batch.narrow(0, begin, size));
    const torch::Tensor shiftedRows = shifted.narrow(0, begin, size);
    const RowBlock shift = blockOf(shiftedRows);
    const RowBlock grad = blockOf(gradRaw.narrow(0, begin, size));
    // Each span's logits less their maximum (Scalar columns: 0), then one vectorised exp.
    for (int64_t r = 0; r < size; ++r) {
        for (const int64_t column : scalarColumns)
            shift.row(r)[column] = 0;
        for (const auto &[offset, width] : discreteSpans) {
            const float *x = logits.row(r) + offset;
            const float largest = *std::max_element(x, x + width);
            for (int level = 0; level < width; ++level)
                shift.row(r)[offset + level] = x[level] - largest;
        }
    }
    torch::Tensor exponentials = exponential.narrow(0, begin, size);
    const RowBlock power = blockOf(at::exp_out(exponentials, shiftedRows));

    const double categoricalScale = weights.categorical / double(rows);
    const double continuousScale = weights.continuous / double(rows);
    const float *logSigmas = data(logSigma);
    const size_t scalars = scalarColumns.size();
    const std::vector<double> &variances = scalarVariances;
    double &crossEntropy = partial[0];
    double &gaussian = partial[1];
    double *gradLogSigma = partial + 2;
    for (int64_t r = 0; r < size; ++r) {
        // Cross-entropy against (soft) targets t: −Σ t·(x − log Σe); d/d logit = p · Σt − t.
        for (const auto &[offset, width] : discreteSpans) {
            const float *t = target.row(r) + offset;
            const float *e = power.row(r) + offset;
            const float *x = shift.row(r) + offset;
            float total = 0;
            float targetTotal = 0;
            float targetDot = 0;
            for (int level = 0; level < width; ++level) {
                total += e[level];
                targetTotal += t[level];
                targetDot += t[level] * x[level];
            }
            crossEntropy -= targetDot - double(targetTotal) * std::log(double(total));
            const float probabilityScale = float(categoricalScale * targetTotal / total);
            const float targetScale = float(categoricalScale);
            float *g = grad.row(r) + offset;
            for (int level = 0; level < width; ++level)
                g[level] = probabilityScale * e[level] - targetScale * t[level];
        }
        // TVAE's Gaussian negative log-likelihood (x − mean)² / 2σ² + log σ of the Scalar spans.
        for (size_t s = 0; s < scalars; ++s) {
            const int64_t column = scalarColumns[s];
            const double rawValue = logits.row(r)[column];
            const double mean = weights.scalarTanh ? std::tanh(rawValue) : rawValue;
            const double error = mean - target.row(r)[column];
            const double scaledSquare = error * error / variances[s];
            gaussian += scaledSquare / 2 + logSigmas[s];
            const double slope = weights.scalarTanh ? 1 - mean * mean : 1;
            grad.row(r)[column] = float(continuousScale * error / variances[s] * slope);
            gradLogSigma[s] += continuousScale * (1 - scaledSquare);
        }
    }
}

void MedVaeCpuStep::Network::reparameterizeBackward(const torch::Tensor &gradLatent, int64_t rows, double klScale)
{
    const int64_t width = heads.latentWidth();
    const float klPerRow = float(klScale / double(rows));
    for (int64_t r = 0; r < rows; ++r) {
        const float *m = data(heads.output()) + r * 2 * width;
        const float *e = data(noise) + r * width;
        const float *s = data(sigma) + r * width;
        const float *gz = data(gradLatent) + r * width;
        float *gm = data(heads.gradOutput) + r * 2 * width;
        float *gv = gm + width;
        for (int64_t k = 0; k < width; ++k) {
            gm[k] = gz[k] + klPerRow * m[k];
            gv[k] = 0.5f * (gz[k] * e[k] * s[k] + klPerRow * (s[k] * s[k] - 1.0f));
        }
    }
}

void MedVaeCpuStep::Network::embedBackward(const torch::Tensor &gradFirstLinear, const torch::Tensor &batch)
{
    const int64_t rows = batch.size(0);
    const int64_t scalars = int64_t(scalarColumns.size());
    const torch::Tensor weight = encoder1.linear.weight;
    // Only the embeddings' part of the first layer's input gradient is needed (the data has none).
    torch::Tensor gradCodes = firstRows(gradEmbedded, rows);
    at::mm_out(gradCodes, gradFirstLinear, weight.narrow(1, scalars, weight.size(1) - scalars));
    embedding.backward(gradCodes, batch);
}

MedVaeCpuStep::MedVaeCpuStep(MedVaeNetImpl &net, const Layout &layout, const VaeLossWeights &weights)
    : m_layout(layout)
    , m_weights(weights)
    , m_net(net)
{
}

MedVaeCpuStep::~MedVaeCpuStep() = default;

VaeStepLosses MedVaeCpuStep::operator()(const torch::Tensor &batch, double klScale)
{
    torch::NoGradGuard noGrad;
    const int64_t rows = batch.size(0);
    if (!m_network || m_capacity < rows) {
        m_capacity = rows;
        m_network = std::make_unique<Network>(m_net, m_layout, m_weights, m_capacity);
    }
    Network &n = *m_network;

    const torch::Tensor inputRows = n.embedding.forward(batch);
    const torch::Tensor hidden1 = n.encoder1.forward(inputRows);
    const torch::Tensor hidden2 = n.encoder2.forward(hidden1);
    n.heads.forward(hidden2);
    const double klSum = n.reparameterize(rows);
    const torch::Tensor latent = firstRows(n.latent, rows);
    const torch::Tensor hidden3 = n.decoder1.forward(latent);
    const torch::Tensor hidden4 = n.decoder2.forward(hidden3);
    const torch::Tensor raw = n.output.forward(hidden4);
    const double reconstructionSum = n.reconstructionLossAndGradient(raw, batch);

    const torch::Tensor gradHidden4 = n.output.backward(firstRows(n.gradRaw, rows), hidden4);
    const torch::Tensor gradHidden3 = n.decoder2.backward(gradHidden4, hidden3);
    const torch::Tensor gradLatent = n.decoder1.backward(gradHidden3, latent);
    n.reparameterizeBackward(gradLatent, rows, klScale);
    const torch::Tensor gradHidden2 = n.heads.backward(hidden2);
    const torch::Tensor gradHidden1 = n.encoder2.backward(gradHidden2, hidden1);
    n.embedBackward(n.encoder1.backwardToLinear(gradHidden1, inputRows), batch);
    return {reconstructionSum / double(rows), klSum / double(rows)};
}

} // namespace synthreg::core
