#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace synthreg::core {

/**
 * What one slice of an encoded row holds. The generators see only this layout, never the
 * table it came from (docs/architecture.md, "core/models").
 */
enum class SpanKind {
    Scalar,    ///< one value; mode-specific encoding: alpha in [-1, 1] (tanh output); standardized: any real
    Mode,      ///< one-hot over the modes of the preceding Scalar's column (softmax output); may hold
               ///< point-mass and "missing" modes
    Category,  ///< one-hot over a discrete column's levels (softmax output); the conditional vector
               ///< and sampling conditions address these spans
};

struct Span
{
    SpanKind kind = SpanKind::Scalar;
    int offset = 0;   ///< first matrix column of the span
    int width = 1;    ///< 1 for Scalar, number of modes or levels otherwise
    int column = 0;   ///< index of the encoded source column the span belongs to (several spans may share one)
};

/** The column-span layout of an encoded matrix, in matrix-column order. */
struct Layout
{
    std::vector<Span> spans;

    int width() const { return spans.empty() ? 0 : spans.back().offset + spans.back().width; }
    /** Indices into `spans` of the Category spans, in order. */
    std::vector<int> categorySpans() const;
};

/** A dense row-major float matrix with its layout: what the encoder produces and the generators consume. */
struct EncodedMatrix
{
    Layout layout;
    int64_t rows = 0;
    std::vector<float> values;   ///< rows × layout.width(), row-major

    int width() const { return layout.width(); }
    const float *row(int64_t index) const { return values.data() + index * width(); }
    float *row(int64_t index) { return values.data() + index * width(); }
};

/** "This Category span must take this level" — what `sex=f` becomes after encoding. */
struct Condition
{
    int span = 0;       ///< index into Layout::spans; must be a Category span
    int category = 0;   ///< 0-based position within the span
    bool operator==(const Condition &) const = default;
};
using Conditions = std::vector<Condition>;

/** Index of the largest value within `span` of `row` (how one-hot and softmax outputs are read). */
int argmaxInSpan(const float *row, const Span &span);

/** True when every condition's span of `row` has its largest value at the condition's category. */
bool meetsConditions(const float *row, const Layout &layout, const Conditions &conditions);

} // namespace synthreg::core
