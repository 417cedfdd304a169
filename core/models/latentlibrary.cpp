#include "latentlibrary.h"

#include "generator.h"

#include <torch/torch.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <iterator>
#include <numeric>
#include <string>

#include <ATen/CPUGeneratorImpl.h>

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

// Rows the mixture is fitted on at most: its moments need no more, and k-means stays cheap on a million rows.
constexpr int64_t kMixtureSampleRows = 20000;
constexpr int kKMeansIterations = 25;
constexpr uint64_t kMixtureSeed = 0x4d65645641450001ull;

/** Index of the nearest centre of each row of `points`. */
torch::Tensor nearestCentre(const torch::Tensor &points, const torch::Tensor &centres)
{
    return torch::cdist(points, centres).argmin(1);
}

/** k-means++ seeding, then Lloyd iterations; empty clusters keep their centre. */
torch::Tensor kMeans(const torch::Tensor &points, int64_t k, torch::Generator &random)
{
    const int64_t rows = points.size(0);
    std::vector<int64_t> chosen{torch::randint(rows, {1}, random).item<int64_t>()};
    torch::Tensor distance = (points - points[chosen[0]]).pow(2).sum(1);
    while (int64_t(chosen.size()) < k) {
        chosen.push_back(torch::multinomial(distance + 1e-12, 1, /*replacement=*/false, random).item<int64_t>());
        distance = torch::minimum(distance, (points - points[chosen.back()]).pow(2).sum(1));
    }
    torch::Tensor centres = points.index_select(0, torch::tensor(chosen, torch::kInt64));
    for (int iteration = 0; iteration < kKMeansIterations; ++iteration) {
        const torch::Tensor assignment = nearestCentre(points, centres);
        const torch::Tensor sums = torch::zeros_like(centres).index_add_(0, assignment, points);
        const torch::Tensor counts = torch::bincount(assignment, {}, k).to(points.dtype()).unsqueeze(1);
        centres = torch::where(counts > 0, sums / counts.clamp_min(1), centres);
    }
    return centres;
}

} // namespace

LatentMixture LatentLibrary::aggregateMixture(int components, int minimumRows) const
{
    LatentMixture mixture;
    mixture.latentDim = m_latentDim;
    if (components <= 0 || m_rows == 0 || m_latentDim == 0)
        return mixture;
    const auto doubles = torch::TensorOptions().dtype(torch::kFloat64);
    torch::Tensor mu = torch::from_blob(const_cast<float *>(m_mu.data()), {m_rows, m_latentDim}, torch::kFloat32)
                           .to(torch::kFloat64);
    torch::Tensor variance =
        torch::from_blob(const_cast<float *>(m_logVar.data()), {m_rows, m_latentDim}, torch::kFloat32)
            .to(torch::kFloat64)
            .exp();
    torch::Generator random = at::detail::createCPUGenerator(kMixtureSeed);
    if (m_rows > kMixtureSampleRows) {
        const torch::Tensor subset = torch::randperm(m_rows, random).narrow(0, 0, kMixtureSampleRows);
        mu = mu.index_select(0, subset);
        variance = variance.index_select(0, subset);
    }
    const int64_t rows = mu.size(0);
    int64_t k = std::clamp<int64_t>(rows / std::max(1, minimumRows), 1, components);
    torch::Tensor centres = kMeans(mu, k, random);
    torch::Tensor assignment = nearestCentre(mu, centres);
    // Clusters under the minimum give their rows to the nearest large cluster.
    const torch::Tensor counts = torch::bincount(assignment, {}, k);
    const torch::Tensor large = (counts >= std::min<int64_t>(minimumRows, rows)).nonzero().squeeze(1);
    centres = centres.index_select(0, large.numel() > 0 ? large : counts.argmax().unsqueeze(0));
    assignment = nearestCentre(mu, centres);
    k = centres.size(0);

    const torch::Tensor identity = torch::eye(m_latentDim, doubles);
    for (int64_t c = 0; c < k; ++c) {
        const torch::Tensor members = (assignment == c).nonzero().squeeze(1);
        const torch::Tensor m = mu.index_select(0, members);
        const torch::Tensor mean = m.mean(0);
        const torch::Tensor centred = m - mean;
        // Law of total variance: the spread of the means plus the mean posterior variance.
        const torch::Tensor covariance = centred.t().matmul(centred) / double(m.size(0))
            + torch::diag(variance.index_select(0, members).mean(0)) + 1e-6 * identity;
        const torch::Tensor factor = torch::linalg_cholesky(covariance).to(torch::kFloat32).contiguous();
        const torch::Tensor meanFloat = mean.to(torch::kFloat32).contiguous();
        mixture.weights.push_back(double(m.size(0)) / double(rows));
        mixture.means.insert(mixture.means.end(), meanFloat.data_ptr<float>(),
                             meanFloat.data_ptr<float>() + m_latentDim);
        mixture.choleskyFactors.insert(mixture.choleskyFactors.end(), factor.data_ptr<float>(),
                                       factor.data_ptr<float>() + factor.numel());
    }
    return mixture;
}

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
