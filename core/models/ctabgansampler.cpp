#include "ctabgansampler.h"

#include <algorithm>

namespace synthreg::core {

namespace {

// Rows per pass: buffers of a few MB stay in cache and bound memory for any requested count.
constexpr int64_t kChunkRows = 4096;

} // namespace

CtabGanSampler::CtabGanSampler(CtabGanGenerator generator, const Layout &layout,
                               const ConditionalVector &conditions, int embeddingDim, const torch::Device &device)
    : m_layout(layout)
    , m_conditions(conditions)
    , m_embeddingDim(embeddingDim)
    , m_device(device)
{
    for (const Residual &residual : generator->residuals) {
        // Eval-mode BatchNorm is affine: scale·(x − mean) + shift, so it folds into the Linear before it.
        const torch::nn::BatchNorm1d &norm = residual->bn;
        const torch::Tensor scale = norm->weight / torch::sqrt(norm->running_var + norm->options.eps());
        m_residuals.push_back({(residual->fc->weight * scale.unsqueeze(1)).detach(),
                               ((residual->fc->bias - norm->running_mean) * scale + norm->bias).detach()});
        m_hiddenWidth = residual->fc->weight.size(0);
    }
    m_output = {generator->output->weight.detach(), generator->output->bias.detach()};

    const auto floats = torch::TensorOptions(device).dtype(torch::kFloat32);
    const int64_t blocks = int64_t(m_residuals.size()) * m_hiddenWidth + m_embeddingDim + conditions.width();
    m_blocks = torch::empty({kChunkRows, blocks}, floats);
    m_noise = torch::empty({kChunkRows, m_embeddingDim}, floats);
    m_raw = torch::empty({kChunkRows, int64_t(layout.width())}, floats);
    m_gumbel = torch::empty_like(m_raw);
    if (!device.is_cpu())
        m_rows = torch::empty_like(m_raw);
}

void CtabGanSampler::draw(int64_t rows, const std::optional<Condition> &steer, float *out)
{
    const int64_t width = m_layout.width();
    for (int64_t start = 0; start < rows; start += kChunkRows)
        drawChunk(std::min(kChunkRows, rows - start), steer, out + start * width);
}

void CtabGanSampler::drawChunk(int64_t rows, const std::optional<Condition> &steer, float *out)
{
    const torch::Tensor blocks = m_blocks.narrow(0, 0, rows);
    const int64_t layers = int64_t(m_residuals.size());
    const int64_t noiseAt = layers * m_hiddenWidth;
    const torch::Tensor noise = m_noise.narrow(0, 0, rows);
    noise.normal_();
    blocks.narrow(1, noiseAt, m_embeddingDim).copy_(noise);
    if (m_conditions.width() > 0)
        blocks.narrow(1, noiseAt + m_embeddingDim, m_conditions.width())
            .copy_(steer ? m_conditions.fixed(rows, *steer, m_device) : m_conditions.drawEmpirical(rows, m_device));

    // Layer l reads every block right of its own and writes its block: cat([out, input]) in place.
    for (int64_t layer = 0; layer < layers; ++layer) {
        const int64_t outputAt = (layers - 1 - layer) * m_hiddenWidth;
        torch::Tensor output = blocks.narrow(1, outputAt, m_hiddenWidth);
        const int64_t inputAt = outputAt + m_hiddenWidth;
        const torch::Tensor input = blocks.narrow(1, inputAt, blocks.size(1) - inputAt);
        const Folded &folded = m_residuals[size_t(layer)];
        torch::addmm_out(output, folded.bias, input, folded.weight.t());
        output.relu_();
    }
    torch::Tensor raw = m_raw.narrow(0, 0, rows);
    torch::addmm_out(raw, m_output.bias, blocks, m_output.weight.t());

    // Gumbel-max: argmax(logits − log(−log U)) is a draw from softmax(logits).
    const torch::Tensor gumbel = m_gumbel.narrow(0, 0, rows);
    gumbel.uniform_().log_().neg_().log_().neg_().add_(raw);
    torch::Tensor cpuRows = torch::from_blob(out, {rows, raw.size(1)}, torch::kFloat32);
    torch::Tensor target = m_device.is_cpu() ? cpuRows : m_rows.narrow(0, 0, rows);
    target.zero_();
    for (const Span &span : m_layout.spans) {
        if (span.kind == SpanKind::Scalar) {
            torch::Tensor slot = target.narrow(1, span.offset, 1);
            torch::tanh_out(slot, raw.narrow(1, span.offset, 1));
        } else {
            target.narrow(1, span.offset, span.width)
                .scatter_(1, gumbel.narrow(1, span.offset, span.width).argmax(1, /*keepdim=*/true), 1.0);
        }
    }
    if (!m_device.is_cpu())
        cpuRows.copy_(target);
}

} // namespace synthreg::core
