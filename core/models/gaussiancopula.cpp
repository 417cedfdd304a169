#include "generatorfamilies.h"

#include "conditionalsampling.h"
#include "copulamarginals.h"
#include "latentgaussian.h"
#include "levelordering.h"
#include "parallelfor.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <new>

namespace synthreg::core {

namespace {

// A stored key: never rename.
constexpr char kFamily[] = "copula";
constexpr uint64_t kPayloadVersion = 1;
constexpr int64_t kSampleBlockRows = 1024;

struct WorkerMemory
{
    LatentScratch scratch;
    std::vector<double> latent;
};

const std::vector<HyperparameterSpec> &specs()
{
    static const std::vector<HyperparameterSpec> all = {
        {"quantiles", HyperparameterSpec::Type::Integer, 11, 100001, 1001, {},
         "resolution of each continuous column's empirical distribution (stored quantiles)", true},
        {"correlation_shrinkage", HyperparameterSpec::Type::Real, 0, 1, 0, {},
         "pulls correlations towards zero; raise it for tables with few rows", false},
        {"polychoric", HyperparameterSpec::Type::Boolean, 0, 1, 1, {},
         "estimate the correlation behind categorical columns instead of SDV's plain score correlation, "
         "which weakens their dependencies", false},
        {"association_order", HyperparameterSpec::Type::Boolean, 0, 1, 1, {},
         "order each categorical's levels by how they differ in the other columns instead of SDV's order by "
         "frequency, so that one correlation can follow, say, education and years of education", false},
    };
    return all;
}

// Eigen and the score buffers signal exhaustion with std::bad_alloc; callers expect GeneratorError.
template<typename Body>
auto translateOutOfMemory(Body &&body) -> decltype(body())
{
    try {
        return body();
    } catch (const std::bad_alloc &) {
        throw GeneratorError("Out of memory in the Gaussian copula; use fewer rows or columns, "
                             "or generate fewer rows at a time.");
    }
}

bool isCancelled(const TrainingContext &context) { return context.cancel && context.cancel->load(); }

bool isConsistent(const Layout &layout)
{
    int offset = 0;
    for (const Span &span : layout.spans) {
        if (span.offset != offset || span.width < 1 || span.kind > SpanKind::Category
            || (span.kind == SpanKind::Scalar && span.width != 1))
            return false;
        offset += span.width;
    }
    return true;
}

void checkTrainingData(const EncodedMatrix &data)
{
    if (data.rows <= 0)
        throw GeneratorError("The training data have no rows; choose a table with at least one row.");
    if (data.layout.spans.empty() || data.width() <= 0)
        throw GeneratorError("The training data have no columns; include at least one column in training.");
    if (data.rows >= (int64_t(1) << 32))
        throw GeneratorError("The Gaussian copula trains on at most 4 billion rows; sample the table down first.");
    if (!isConsistent(data.layout))
        throw GeneratorError("The encoded layout is inconsistent (span widths and offsets disagree); "
                             "encode the table again.");
    if (data.values.size() != size_t(data.rows) * size_t(data.width()))
        throw GeneratorError("The encoded data hold fewer or more values than rows × columns; encode the table again.");
}

// SDV's GaussianCopulaSynthesizer: each span becomes one normal latent through its marginal
// (copulamarginals.h); the latents' correlation is the only dependence the model knows.
class GaussianCopula final : public Generator
{
public:
    explicit GaussianCopula(Hyperparameters values)
        : m_values(std::move(values))
    {
    }

    static std::unique_ptr<GaussianCopula> load(ModelReader &reader);

    std::string family() const override { return kFamily; }
    const Hyperparameters &hyperparameters() const override { return m_values; }
    bool isFitted() const override { return m_fitted; }
    bool fit(const EncodedMatrix &data, const TrainingContext &context) override
    {
        m_fitted = false;
        return translateOutOfMemory([&] { return train(data, context); });
    }
    EncodedMatrix sample(int64_t rows, const Conditions &conditions, uint64_t seed) const override
    {
        return translateOutOfMemory([&] { return draw(rows, conditions, seed); });
    }
    std::string save() const override;

private:
    // What sampling under conditions needs: the latent intervals and each span's required level (or −1).
    struct ConditionPlan
    {
        std::vector<LatentInterval> intervals;
        std::vector<int> forcedLevel;
    };
    bool train(const EncodedMatrix &data, const TrainingContext &context);
    EncodedMatrix draw(int64_t rows, const Conditions &conditions, uint64_t seed) const;
    ConditionPlan planConditions(const Conditions &conditions) const;
    void decode(const double *latent, const std::vector<int> &forcedLevel, float *row) const;

    Hyperparameters m_values;
    Layout m_layout;
    std::vector<CopulaMarginal> m_marginals;   ///< one per span
    std::vector<double> m_correlation;         ///< spans × spans, row-major
    int m_threads = 0;   // the fit's thread count, reused by sample(); 0 (all cores) after loading
    bool m_fitted = false;
};

bool GaussianCopula::train(const EncodedMatrix &data, const TrainingContext &context)
{
    checkTrainingData(data);
    if (isCancelled(context))
        return false;
    const auto start = std::chrono::steady_clock::now();
    const size_t spans = data.layout.spans.size();
    const int quantiles = int(m_values.at("quantiles"));
    const bool hasScalars = std::any_of(data.layout.spans.begin(), data.layout.spans.end(),
                                        [](const Span &span) { return span.kind == SpanKind::Scalar; });
    const std::vector<float> midRanks = hasScalars ? midRankScores(data.rows, context.threads) : std::vector<float>();

    // Normal scores, one span after the other (column-major): each worker writes its own span.
    // Left uninitialized: the workers touch their own spans' pages first, in parallel.
    const std::unique_ptr<float[]> scores(new float[size_t(data.rows) * spans]);
    std::vector<CopulaMarginal> marginals(spans);
    std::vector<MarginalScratch> scratch(size_t(workerCount(context.threads)));
    std::vector<std::vector<double>> levelPositions(spans);   // empty: levels by falling share
    const auto fitMarginals = [&](bool discreteOnly) {
        parallelFor(int64_t(spans), context.threads, [&](int64_t s, int worker) {
            const Span &span = data.layout.spans[size_t(s)];
            if (isCancelled(context) || (discreteOnly && span.kind == SpanKind::Scalar))
                return;
            float *spanScores = scores.get() + s * data.rows;
            MarginalScratch &memory = scratch[size_t(worker)];
            marginals[size_t(s)] = span.kind == SpanKind::Scalar
                                       ? CopulaMarginal::fitScalar(data, span, quantiles, midRanks, memory, spanScores)
                                       : CopulaMarginal::fitDiscrete(data, span, mixSeed(context.seed, uint64_t(s)),
                                                                     levelPositions[size_t(s)], memory, spanScores);
        });
    };
    fitMarginals(false);
    // Two rounds: the first orders each categorical against the others' share orders, the
    // second against their association orders (levelordering.h).
    for (int round = 0; round < 2 && m_values.at("association_order") != 0 && !isCancelled(context); ++round) {
        levelPositions = levelPositionsByAssociation(data, scores.get(), context.threads);
        fitMarginals(true);
    }
    if (isCancelled(context))
        return false;

    std::vector<ScoreShape> shapes(spans);
    for (size_t s = 0; s < spans; ++s)
        shapes[s] = {marginals[s].isConstant(), marginals[s].cutPoints()};
    LatentCorrelation correlation = fitLatentCorrelation(scores.get(), data.rows, shapes, m_values.at("correlation_shrinkage"),
                                                         m_values.at("polychoric") != 0, context.threads);

    m_layout = data.layout;
    m_marginals = std::move(marginals);
    m_correlation = std::move(correlation.matrix);
    m_threads = context.threads;
    m_fitted = true;
    if (context.onEpoch) {
        // No epochs: one report so that a progress view shows the fit as done.
        EpochReport report;
        report.epoch = 1;
        report.epochs = 1;
        report.losses = {{"log_likelihood", correlation.logLikelihood}};
        report.elapsedSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        report.rowsPerSecond = double(data.rows) / std::max(report.elapsedSeconds, 1e-9);
        context.onEpoch(report);
    }
    return true;
}

GaussianCopula::ConditionPlan GaussianCopula::planConditions(const Conditions &conditions) const
{
    checkConditions(m_layout, conditions);
    ConditionPlan plan;
    plan.forcedLevel.assign(m_marginals.size(), -1);
    for (const Condition &condition : conditions) {
        int &forced = plan.forcedLevel[size_t(condition.span)];
        if (forced == condition.category)
            continue;
        if (forced >= 0)
            throw GeneratorError("Two conditions ask one column for different levels; keep one of them.");
        const auto [lower, upper] = m_marginals[size_t(condition.span)].interval(condition.category);
        if (!(upper > lower))
            throw GeneratorError("A condition asks for a level that never occurs in the training data, so the "
                                 "Gaussian copula cannot generate it; condition on a level the data hold.");
        forced = condition.category;
        plan.intervals.push_back({condition.span, lower, upper});
    }
    return plan;
}

void GaussianCopula::decode(const double *latent, const std::vector<int> &forcedLevel, float *row) const
{
    for (size_t s = 0; s < m_marginals.size(); ++s) {
        const Span &span = m_layout.spans[s];
        const CopulaMarginal &marginal = m_marginals[s];
        const double u = standardNormalCdf(latent[s]);
        if (!marginal.isDiscrete()) {
            row[span.offset] = float(marginal.valueAt(u));
            continue;
        }
        // A conditioned latent lies in its level's interval; naming the level avoids rounding at the edge.
        const int level = forcedLevel[s] >= 0 ? forcedLevel[s] : marginal.levelAt(u);
        row[span.offset + level] = 1.0f;
    }
}

EncodedMatrix GaussianCopula::draw(int64_t rows, const Conditions &conditions, uint64_t seed) const
{
    if (!m_fitted)
        throw GeneratorError("The Gaussian copula is not trained yet; train it before generating rows.");
    if (rows < 0)
        throw GeneratorError("The number of rows to generate cannot be negative.");
    const ConditionPlan plan = planConditions(conditions);
    const LatentSampler sampler(m_correlation, int(m_marginals.size()), plan.intervals);

    const auto drawBatch = [&](int64_t batchRows, int attempt) {
        EncodedMatrix batch;
        batch.layout = m_layout;
        batch.rows = batchRows;
        batch.values.assign(size_t(batchRows) * size_t(m_layout.width()), 0.0f);
        const uint64_t batchSeed = mixSeed(seed, uint64_t(attempt));
        const int64_t blocks = (batchRows + kSampleBlockRows - 1) / kSampleBlockRows;
        // Each block draws from its own stream: the rows do not depend on the thread count.
        std::vector<WorkerMemory> memory(size_t(workerCount(m_threads)));
        parallelFor(blocks, m_threads, [&](int64_t block, int worker) {
            const int64_t first = block * kSampleBlockRows;
            const int64_t count = std::min(kSampleBlockRows, batchRows - first);
            NormalRandom random(mixSeed(batchSeed, uint64_t(block)));
            std::vector<double> &latent = memory[size_t(worker)].latent;
            latent.resize(size_t(count) * m_marginals.size());
            sampler.draw(count, random, memory[size_t(worker)].scratch, latent.data());
            for (int64_t r = 0; r < count; ++r)
                decode(latent.data() + r * int64_t(m_marginals.size()), plan.forcedLevel, batch.row(first + r));
        });
        return batch;
    };
    return collectRowsMeeting(rows, m_layout, conditions, drawBatch);
}

std::string GaussianCopula::save() const
{
    if (!m_fitted)
        throw GeneratorError("The Gaussian copula is not trained yet; train it before saving.");
    ModelWriter writer(kFamily, m_values, m_layout);
    writer.writeU64(kPayloadVersion);
    for (const CopulaMarginal &marginal : m_marginals)
        marginal.save(writer);
    writer.writeDoubles(m_correlation);
    return writer.bytes();
}

std::unique_ptr<GaussianCopula> GaussianCopula::load(ModelReader &reader)
{
    auto model = std::make_unique<GaussianCopula>(reader.hyperparameters());
    if (reader.readU64() != kPayloadVersion)
        throw GeneratorError("The copula was saved by a newer version of SynthReg; train the model again.");
    model->m_layout = reader.layout();
    if (!isConsistent(model->m_layout))
        throw GeneratorError("The saved copula is damaged; train the model again.");
    for (const Span &span : model->m_layout.spans)
        model->m_marginals.push_back(CopulaMarginal::load(reader, span));
    model->m_correlation = reader.readDoubles();
    const size_t spans = model->m_layout.spans.size();
    if (spans == 0 || model->m_correlation.size() != spans * spans
        || !std::all_of(model->m_correlation.begin(), model->m_correlation.end(),
                        [](double value) { return std::isfinite(value); }))
        throw GeneratorError("The saved copula is damaged; train the model again.");
    model->m_fitted = true;
    return model;
}

} // namespace

GeneratorInfo gaussianCopulaInfo()
{
    return {kFamily, "Gaussian copula",
            "The instant baseline: captures each column's distribution and pairwise correlations, "
            "not complex interactions.",
            specs()};
}

std::unique_ptr<Generator> makeGaussianCopula(const Hyperparameters &values)
{
    std::string error;
    if (!validateHyperparameters(specs(), values, &error))
        throw GeneratorError("Invalid Gaussian copula settings: " + error);
    return std::make_unique<GaussianCopula>(values);
}

std::unique_ptr<Generator> loadGaussianCopula(ModelReader &reader) { return GaussianCopula::load(reader); }

} // namespace synthreg::core
