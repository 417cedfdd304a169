#pragma once

// Private to core/models .cpp files (includes torch): the Med-VAE network and its loss.

#include "encodedmatrix.h"
#include "spanactivation.h"
#include "torchsupport.h"

namespace synthreg::core {

/** Width of the learned embedding of a Mode or Category span of `width` levels: min(16, ceil(width/2) + 1). */
int spanEmbeddingWidth(int width);

/**
 * The encoder's input layer: every Mode and Category span goes through its own bias-free
 * linear map (an embedding lookup for one-hot rows that also takes soft rows), Scalar spans
 * pass through. All spans share one masked block-diagonal matmul, so the cost does not grow
 * with the number of spans.
 */
class SpanEmbeddingImpl : public torch::nn::Module
{
public:
    explicit SpanEmbeddingImpl(const Layout &layout);
    /** (rows × data width) → (rows × outputWidth()): Scalar values, then the embeddings. */
    torch::Tensor forward(const torch::Tensor &rows);
    int64_t outputWidth() const { return m_scalarColumns.size(0) + m_weight.size(0); }

    /** Embedding rows × data width; only the entries inside each span's block are used. */
    torch::Tensor &weight() { return m_weight; }
    const torch::Tensor &mask() const { return m_mask; }
    const torch::Tensor &scalarColumns() const { return m_scalarColumns; }

private:
    torch::Tensor m_weight;          // embedding rows × data width, zero outside each span's block
    torch::Tensor m_mask;            // 1 inside the blocks
    torch::Tensor m_scalarColumns;   // Long: data columns of the Scalar spans
};
TORCH_MODULE(SpanEmbedding);

/** Linear → BatchNorm1d → LeakyReLU(0.2): Med-VAE's hidden block (TVAE uses Linear → ReLU). */
class DenseBlockImpl : public torch::nn::Module
{
public:
    static constexpr double kLeakySlope = 0.2;

    DenseBlockImpl(int64_t in, int64_t out);
    torch::Tensor forward(const torch::Tensor &input);

    torch::nn::Linear &linear() { return m_linear; }
    torch::nn::BatchNorm1d &norm() { return m_norm; }

private:
    torch::nn::Linear m_linear;
    torch::nn::BatchNorm1d m_norm;
};
TORCH_MODULE(DenseBlock);

/** The encoder's Gaussian posterior q(z | x). */
struct Posterior
{
    torch::Tensor mu;
    torch::Tensor logVar;
};

class MedVaeEncoderImpl : public torch::nn::Module
{
public:
    MedVaeEncoderImpl(const Layout &layout, int64_t hiddenDim, int64_t latentDim);
    Posterior forward(const torch::Tensor &rows);

    SpanEmbedding &embedding() { return m_embedding; }
    /** The DenseBlocks between the embedding and the two heads. */
    torch::nn::Sequential &body() { return m_body; }
    torch::nn::Linear &muHead() { return m_mu; }
    torch::nn::Linear &logVarHead() { return m_logVar; }

private:
    SpanEmbedding m_embedding;
    torch::nn::Sequential m_body;
    torch::nn::Linear m_mu;
    torch::nn::Linear m_logVar;
};
TORCH_MODULE(MedVaeEncoder);

/**
 * Latent code → raw outputs (logits for Mode/Category spans, pre-tanh values for Scalar
 * spans), with TVAE's learned per-Scalar-span sigma of the Gaussian reconstruction.
 */
class MedVaeDecoderImpl : public torch::nn::Module
{
public:
    MedVaeDecoderImpl(const Layout &layout, int64_t hiddenDim, int64_t latentDim);
    torch::Tensor forward(const torch::Tensor &latent);

    /** One sigma per Scalar span, in span order; TVAE keeps it in [0.01, 1]. */
    torch::Tensor sigma() const { return m_logSigma.exp(); }
    /** Data columns of the Scalar spans (Long), on the module's device. */
    const torch::Tensor &scalarColumns() const { return m_scalarColumns; }
    /** Clamps sigma into [0.01, 1] after an optimizer step (TVAE's decoder.sigma.data.clamp_). */
    void clampSigma();
    /** DenseBlocks, then the Linear output layer. */
    torch::nn::Sequential &body() { return m_body; }
    torch::Tensor &logSigma() { return m_logSigma; }

private:
    torch::nn::Sequential m_body;
    torch::Tensor m_logSigma;
    torch::Tensor m_scalarColumns;
};
TORCH_MODULE(MedVaeDecoder);

/** What one pass of the VAE returns. */
struct VaeOutput
{
    torch::Tensor reconstruction;   ///< raw decoder outputs (rows × data width)
    torch::Tensor mu;
    torch::Tensor logVar;
};

class MedVaeNetImpl : public torch::nn::Module
{
public:
    MedVaeNetImpl(const Layout &layout, int64_t hiddenDim, int64_t latentDim);
    /** Encodes, draws z = mu + sigma * eps (torch's global generator) and decodes. */
    VaeOutput forward(const torch::Tensor &rows);

    MedVaeEncoder encoder;
    MedVaeDecoder decoder;
};
TORCH_MODULE(MedVaeNet);

/**
 * Cross-entropy of logits against one-hot (or soft) targets, summed over the Mode and
 * Category spans and averaged over rows: every span in one padded log-softmax, so a wide
 * registry costs a few tensor operations instead of a few per span.
 */
class SpanCrossEntropy
{
public:
    SpanCrossEntropy(const Layout &layout, const torch::Device &device);
    torch::Tensor operator()(const torch::Tensor &logits, const torch::Tensor &target) const;

private:
    PaddedSpans m_spans;
};

/** The loss terms of one batch, each averaged over rows. */
struct VaeLoss
{
    torch::Tensor reconstruction;   ///< weighted Gaussian NLL of Scalar spans + cross-entropy of Mode/Category spans
    torch::Tensor kl;               ///< KL(q(z|x) || N(0, I)), summed over latent dimensions
};

struct VaeLossWeights
{
    double continuous = 1;
    double categorical = 1;
    bool scalarTanh = true;   ///< Scalar spans hold alpha in [-1, 1] (mode-specific encoding)
};

VaeLoss vaeLoss(const VaeOutput &output, const torch::Tensor &target, MedVaeDecoderImpl &decoder,
                const SpanCrossEntropy &crossEntropy, const VaeLossWeights &weights);

} // namespace synthreg::core
