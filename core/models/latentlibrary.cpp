#include "latentlibrary.h"

#include "generator.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <iterator>
#include <numeric>
#include <string>

namespace synthreg::core {

namespace {

// The blobs are the host's bytes; the model envelope is little-endian, so the host must be too.
static_assert(std::endian::native == std::endian::little, "LatentLibrary writes raw little-endian blobs");

template<typename T>
std::string_view bytesOf(const std::vector<T> &values)
{
    return {reinterpret_cast<const char *>(values.data()), values.size() * sizeof(T)};
}

template<typename T>
std::vector<T> valuesOf(const std::string &bytes, size_t expectedCount)
{
    if (bytes.size() != expectedCount * sizeof(T))
        throw GeneratorError("The saved Med-VAE latent library is damaged; train the model again.");
    std::vector<T> values(expectedCount);
    std::memcpy(values.data(), bytes.data(), bytes.size());
    return values;
}

} // namespace

LatentLibrary::LatentLibrary(std::vector<float> mu, std::vector<float> logVar, int latentDim, const EncodedMatrix &data)
    : m_rows(data.rows)
    , m_latentDim(latentDim)
    , m_mu(std::move(mu))
    , m_logVar(std::move(logVar))
    , m_levelRows(data.layout.spans.size())
{
    for (size_t s = 0; s < data.layout.spans.size(); ++s) {
        const Span &span = data.layout.spans[s];
        if (span.kind != SpanKind::Category)
            continue;
        m_levelRows[s].resize(size_t(span.width));
        for (int64_t r = 0; r < data.rows; ++r)
            m_levelRows[s][size_t(argmaxInSpan(data.row(r), span))].push_back(int32_t(r));
    }
}

std::vector<int32_t> LatentLibrary::rowsMeeting(const Conditions &conditions) const
{
    if (conditions.empty()) {
        std::vector<int32_t> all(static_cast<size_t>(m_rows));
        std::iota(all.begin(), all.end(), 0);
        return all;
    }
    std::vector<int32_t> meeting = m_levelRows[size_t(conditions.front().span)][size_t(conditions.front().category)];
    for (size_t c = 1; c < conditions.size() && !meeting.empty(); ++c) {
        const std::vector<int32_t> &level = m_levelRows[size_t(conditions[c].span)][size_t(conditions[c].category)];
        std::vector<int32_t> both;
        std::set_intersection(meeting.begin(), meeting.end(), level.begin(), level.end(), std::back_inserter(both));
        meeting = std::move(both);
    }
    return meeting;
}

void LatentLibrary::write(ModelWriter &writer) const
{
    writer.writeU64(uint64_t(m_rows));
    writer.writeU64(uint64_t(m_latentDim));
    writer.writeString(bytesOf(m_mu));
    writer.writeString(bytesOf(m_logVar));
    for (const auto &levels : m_levelRows)
        for (const std::vector<int32_t> &rows : levels)
            writer.writeString(bytesOf(rows));
}

LatentLibrary LatentLibrary::read(ModelReader &reader, const Layout &layout)
{
    LatentLibrary library;
    library.m_rows = int64_t(reader.readU64());
    library.m_latentDim = int(reader.readU64());
    const size_t count = size_t(library.m_rows) * size_t(library.m_latentDim);
    library.m_mu = valuesOf<float>(reader.readString(), count);
    library.m_logVar = valuesOf<float>(reader.readString(), count);
    library.m_levelRows.resize(layout.spans.size());
    for (size_t s = 0; s < layout.spans.size(); ++s) {
        if (layout.spans[s].kind != SpanKind::Category)
            continue;
        for (int level = 0; level < layout.spans[s].width; ++level) {
            const std::string bytes = reader.readString();
            library.m_levelRows[s].push_back(valuesOf<int32_t>(bytes, bytes.size() / sizeof(int32_t)));
        }
    }
    return library;
}

} // namespace synthreg::core
