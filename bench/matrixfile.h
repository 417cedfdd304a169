#pragma once

// The encoded-matrix file the two model benchmarks share: synthreg-bench-encoding writes the
// encoded real data (`--save-matrix`), synthreg-bench-models trains on it — also on a GPU
// machine that has LibTorch but no Qt. Little-endian: "SRMX", rows, span count,
// (kind, offset, width, column) per span as int64, then rows × width float32.
#include "core/models/encodedmatrix.h"

#include <cstdio>
#include <fstream>
#include <optional>
#include <string>

namespace synthreg::bench {

inline bool writeMatrixFile(const core::EncodedMatrix &matrix, const std::string &path)
{
    std::ofstream out(path, std::ios::binary);
    const auto put = [&](int64_t value) { out.write(reinterpret_cast<const char *>(&value), sizeof value); };
    out.write("SRMX", 4);
    put(matrix.rows);
    put(int64_t(matrix.layout.spans.size()));
    for (const core::Span &span : matrix.layout.spans) {
        put(int64_t(span.kind));
        put(span.offset);
        put(span.width);
        put(span.column);
    }
    out.write(reinterpret_cast<const char *>(matrix.values.data()), std::streamsize(matrix.values.size() * sizeof(float)));
    return bool(out);
}

inline std::optional<core::EncodedMatrix> readMatrixFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    in.read(magic, 4);
    if (!in || std::string(magic, 4) != "SRMX")
        return std::nullopt;
    const auto get = [&] { int64_t value = 0; in.read(reinterpret_cast<char *>(&value), sizeof value); return value; };
    core::EncodedMatrix matrix;
    matrix.rows = get();
    const int64_t spans = get();
    for (int64_t i = 0; i < spans && in; ++i) {
        core::Span span;
        span.kind = core::SpanKind(get());
        span.offset = int(get());
        span.width = int(get());
        span.column = int(get());
        matrix.layout.spans.push_back(span);
    }
    matrix.values.resize(size_t(matrix.rows) * size_t(matrix.width()));
    in.read(reinterpret_cast<char *>(matrix.values.data()), std::streamsize(matrix.values.size() * sizeof(float)));
    if (!in)
        return std::nullopt;
    return matrix;
}

} // namespace synthreg::bench
