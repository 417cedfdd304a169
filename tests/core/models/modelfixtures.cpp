#include "modelfixtures.h"

#include <algorithm>
#include <random>

namespace synthreg::test {

using core::Span;
using core::SpanKind;

core::EncodedMatrix structuredFixture(int64_t rows, uint64_t seed)
{
    core::EncodedMatrix matrix;
    matrix.layout.spans = {Span{SpanKind::Scalar, 0, 1, 0}, Span{SpanKind::Mode, 1, 2, 0},
                           Span{SpanKind::Category, 3, 3, 1}, Span{SpanKind::Category, 6, 2, 2}};
    matrix.rows = rows;
    matrix.values.assign(size_t(rows) * size_t(matrix.width()), 0.0f);
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> uniform(0, 1);
    std::normal_distribution<double> alpha(0, 0.2);
    for (int64_t r = 0; r < rows; ++r) {
        float *row = matrix.row(r);
        const double u = uniform(random);
        const int level = u < 0.6 ? 0 : u < 0.9 ? 1 : 2;
        const int mode = level == 0 ? 0 : 1;
        const int flag = uniform(random) < (level == 2 ? 0.9 : 0.1) ? 1 : 0;
        row[0] = float(std::clamp(alpha(random), -0.99, 0.99));
        row[1 + mode] = 1.0f;
        row[3 + level] = 1.0f;
        row[6 + flag] = 1.0f;
    }
    return matrix;
}

double shareOf(const core::EncodedMatrix &matrix, int span, int category)
{
    if (matrix.rows == 0)
        return 0;
    int64_t count = 0;
    for (int64_t r = 0; r < matrix.rows; ++r)
        count += core::argmaxInSpan(matrix.row(r), matrix.layout.spans[size_t(span)]) == category;
    return double(count) / double(matrix.rows);
}

double conditionalShare(const core::EncodedMatrix &matrix, int ifSpan, int ifCategory, int thenSpan, int thenCategory)
{
    int64_t given = 0;
    int64_t both = 0;
    for (int64_t r = 0; r < matrix.rows; ++r) {
        if (core::argmaxInSpan(matrix.row(r), matrix.layout.spans[size_t(ifSpan)]) != ifCategory)
            continue;
        ++given;
        both += core::argmaxInSpan(matrix.row(r), matrix.layout.spans[size_t(thenSpan)]) == thenCategory;
    }
    return given == 0 ? 0 : double(both) / double(given);
}

} // namespace synthreg::test
