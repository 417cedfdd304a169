#include "medvaemodules.h"

#include <algorithm>
#include <cmath>

namespace synthreg::core {

namespace {

// TVAE (CTGAN's tvae.py): sigma starts at 0.1 and is clamped to [0.01, 1.0] after each step.
const double kInitialLogSigma = std::log(0.1);
const double kMinLogSigma = std::log(0.01);
constexpr double kMaxLogSigma = 0.0;

torch::Tensor scalarColumnIndex(const Layout &layout)
{
    std::vector<int64_t> columns;
    for (const Span &span : layout.spans)
        if (span.kind == SpanKind::Scalar)
            columns.push_back(span.offset);
    return torch::tensor(columns, torch::kLong);
}

} // namespace

int spanEmbeddingWidth(int width) { return std::min(16, (width + 1) / 2 + 1); }

SpanEmbeddingImpl::SpanEmbeddingImpl(const Layout &layout)
{
    int64_t rows = 0;
    for (const Span &span : layout.spans)
        if (span.kind != SpanKind::Scalar)
            rows += spanEmbeddingWidth(span.width);
    torch::Tensor mask = torch::zeros({rows, int64_t(layout.width())});
    int64_t row = 0;
    for (const Span &span : layout.spans) {
        if (span.kind == SpanKind::Scalar)
            continue;
        const int64_t size = spanEmbeddingWidth(span.width);
        mask.narrow(0, row, size).narrow(1, span.offset, span.width).fill_(1.0);
        row += size;
    }
    // torch::nn::Embedding's N(0, 1) initialisation, restricted to each span's block.
    m_weight = register_parameter("weight", torch::randn({rows, int64_t(layout.width())}) * mask);
    m_mask = register_buffer("mask", mask);
    m_scalarColumns = register_buffer("scalar_columns", scalarColumnIndex(layout));
}

torch::Tensor SpanEmbeddingImpl::forward(const torch::Tensor &rows)
{
    const torch::Tensor embedded = rows.matmul((m_weight * m_mask).t());
    return torch::cat({rows.index_select(1, m_scalarColumns), embedded}, 1);
}

DenseBlockImpl::DenseBlockImpl(int64_t in, int64_t out)
    : m_linear(register_module("linear", torch::nn::Linear(in, out)))
    , m_norm(register_module("norm", torch::nn::BatchNorm1d(out)))
{
}

torch::Tensor DenseBlockImpl::forward(const torch::Tensor &input)
{
    return torch::leaky_relu(m_norm(m_linear(input)), kLeakySlope);
}

MedVaeEncoderImpl::MedVaeEncoderImpl(const Layout &layout, int64_t hiddenDim, int64_t latentDim)
    : m_embedding(register_module("embedding", SpanEmbedding(layout)))
    , m_body(register_module("body", torch::nn::Sequential(DenseBlock(m_embedding->outputWidth(), hiddenDim),
                                                           DenseBlock(hiddenDim, hiddenDim / 2))))
    , m_mu(register_module("mu", torch::nn::Linear(hiddenDim / 2, latentDim)))
    , m_logVar(register_module("log_var", torch::nn::Linear(hiddenDim / 2, latentDim)))
{
}

Posterior MedVaeEncoderImpl::forward(const torch::Tensor &rows)
{
    const torch::Tensor hidden = m_body->forward(m_embedding(rows));
    return {m_mu(hidden), m_logVar(hidden)};
}

MedVaeDecoderImpl::MedVaeDecoderImpl(const Layout &layout, int64_t hiddenDim, int64_t latentDim)
    : m_body(register_module("body", torch::nn::Sequential(DenseBlock(latentDim, hiddenDim / 2),
                                                           DenseBlock(hiddenDim / 2, hiddenDim),
                                                           torch::nn::Linear(hiddenDim, layout.width()))))
{
    const torch::Tensor columns = scalarColumnIndex(layout);
    m_logSigma = register_parameter("log_sigma", torch::full({columns.size(0)}, kInitialLogSigma));
    m_scalarColumns = register_buffer("scalar_columns", columns);
}

torch::Tensor MedVaeDecoderImpl::forward(const torch::Tensor &latent) { return m_body->forward(latent); }

void MedVaeDecoderImpl::clampSigma()
{
    torch::NoGradGuard noGrad;
    m_logSigma.clamp_(kMinLogSigma, kMaxLogSigma);
}

MedVaeNetImpl::MedVaeNetImpl(const Layout &layout, int64_t hiddenDim, int64_t latentDim)
    : encoder(register_module("encoder", MedVaeEncoder(layout, hiddenDim, latentDim)))
    , decoder(register_module("decoder", MedVaeDecoder(layout, hiddenDim, latentDim)))
{
}

VaeOutput MedVaeNetImpl::forward(const torch::Tensor &rows)
{
    const Posterior posterior = encoder(rows);
    const torch::Tensor latent = posterior.mu + torch::randn_like(posterior.mu) * torch::exp(0.5 * posterior.logVar);
    return {decoder(latent), posterior.mu, posterior.logVar};
}

SpanCrossEntropy::SpanCrossEntropy(const Layout &layout, const torch::Device &device)
    : m_spans(discreteSpanRanges(layout), device)
{
}

torch::Tensor SpanCrossEntropy::operator()(const torch::Tensor &logits, const torch::Tensor &target) const
{
    if (m_spans.isEmpty())
        return torch::zeros({}, logits.options());
    const torch::Tensor logProbabilities = torch::log_softmax(m_spans.gather(logits, kAbsentLogit), 2);
    return -(logProbabilities * m_spans.gather(target, 0.0)).sum() / double(std::max<int64_t>(1, logits.size(0)));
}

VaeLoss vaeLoss(const VaeOutput &output, const torch::Tensor &target, MedVaeDecoderImpl &decoder,
                const SpanCrossEntropy &crossEntropy, const VaeLossWeights &weights)
{
    const torch::Tensor &columns = decoder.scalarColumns();
    torch::Tensor scalarMean = output.reconstruction.index_select(1, columns);
    if (weights.scalarTanh)
        scalarMean = torch::tanh(scalarMean);
    const torch::Tensor sigma = decoder.sigma();
    // TVAE's Gaussian negative log-likelihood (constant dropped): (x - mean)² / 2σ² + log σ.
    const torch::Tensor gaussian = ((target.index_select(1, columns) - scalarMean).pow(2) / (2 * sigma.pow(2))
                                    + sigma.log())
                                       .sum(1)
                                       .mean();
    // Kingma & Welling, appendix B: KL of N(mu, sigma²) from N(0, I).
    const torch::Tensor kl =
        (-0.5 * (1 + output.logVar - output.mu.pow(2) - output.logVar.exp()).sum(1)).mean();
    return {weights.continuous * gaussian + weights.categorical * crossEntropy(output.reconstruction, target), kl};
}

} // namespace synthreg::core
