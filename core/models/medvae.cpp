#include "medvae.h"

#include "allocatortuning.h"
#include "fusedadam.h"
#include "conditionalsampling.h"
#include "generatorfamilies.h"
#include "latentlibrary.h"
#include "medvaecpustep.h"
#include "medvaemodules.h"
#include "qualitycheck.h"
#include "torchsupport.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>

namespace synthreg::core {

namespace {

const std::string kFamily = "medvae";
// Rows per decoder or encoder pass outside training: bounds memory (rows × hidden floats) on
// a million-row request while keeping per-op overhead negligible.
constexpr int64_t kChunkRows = 16384;
// Mixes the attempt number into the seed of a sampling draw (the golden-ratio increment of splitmix64).
constexpr uint64_t kAttemptSeedStep = 0x9E3779B97F4A7C15ull;
// Training rows each component of the sampling prior summarises at least: no component sits on a few rows.
constexpr int kPriorMinimumRows = 20;

/** Refuses data the network cannot train on, with the fix. */
void checkTrainingData(const EncodedMatrix &data)
{
    if (data.width() == 0)
        throw GeneratorError("The training data has no columns to model; mark at least one column as modelled.");
    if (data.rows == 0)
        throw GeneratorError("The training data has no rows; train on a table with rows.");
    if (data.rows == 1)
        throw GeneratorError("Med-VAE needs at least 2 training rows (its batch normalisation compares rows); "
                             "add rows or choose the Gaussian copula.");
    if (data.rows > INT32_MAX || data.values.size() != size_t(data.rows) * size_t(data.width()))
        throw GeneratorError("The encoded training data does not match its layout; encode the table again.");
    const auto bad = std::find_if(data.values.begin(), data.values.end(), [](float v) { return !std::isfinite(v); });
    if (bad != data.values.end()) {
        const size_t index = size_t(bad - data.values.begin());
        throw GeneratorError("The encoded training data holds a missing or infinite value (row "
                             + std::to_string(index / size_t(data.width()) + 1) + ", encoded column "
                             + std::to_string(index % size_t(data.width()) + 1)
                             + "); impute or drop such values before training.");
    }
}

/** Mode-specific encoding keeps every Scalar in [-1, 1] (tanh outputs); standardized values are unbounded. */
bool hasBoundedScalars(const EncodedMatrix &data)
{
    for (const Span &span : data.layout.spans) {
        if (span.kind != SpanKind::Scalar)
            continue;
        for (int64_t r = 0; r < data.rows; ++r)
            if (std::abs(data.row(r)[span.offset]) > 1.0f)
                return false;
    }
    return true;
}

/** 1 × width: 1 on the columns of Mode and Category spans, 0 on Scalar columns. */
torch::Tensor discreteMask(const Layout &layout)
{
    torch::Tensor mask = torch::ones({1, int64_t(layout.width())});
    for (const Span &span : layout.spans)
        if (span.kind == SpanKind::Scalar)
            mask[0][span.offset] = 0.0;
    return mask;
}

/** An epoch's batch losses: kept on the device until the epoch ends (one sync), or summed on the CPU. */
class EpochLosses
{
public:
    void add(const VaeLoss &loss)
    {
        m_reconstruction.push_back(loss.reconstruction.detach());
        m_kl.push_back(loss.kl.detach());
        ++m_batches;
    }
    void add(const VaeStepLosses &loss)
    {
        m_cpuReconstruction += loss.reconstruction;
        m_cpuKl += loss.kl;
        ++m_batches;
    }
    double meanReconstruction() const { return (m_cpuReconstruction + sumOf(m_reconstruction)) / batches(); }
    double meanKl() const { return (m_cpuKl + sumOf(m_kl)) / batches(); }

private:
    static double sumOf(const std::vector<torch::Tensor> &values)
    {
        return values.empty() ? 0.0 : torch::stack(values).sum().item<double>();
    }
    double batches() const { return double(std::max<int64_t>(1, m_batches)); }

    std::vector<torch::Tensor> m_reconstruction;
    std::vector<torch::Tensor> m_kl;
    double m_cpuReconstruction = 0;
    double m_cpuKl = 0;
    int64_t m_batches = 0;
};

class MedVae final : public Generator
{
public:
    explicit MedVae(const Hyperparameters &values)
        : m_values(values)
        , m_settings(MedVaeSettings::from(values))
    {
    }

    std::string family() const override { return kFamily; }
    const Hyperparameters &hyperparameters() const override { return m_values; }
    bool isFitted() const override { return m_fitted; }

    bool fit(const EncodedMatrix &data, const TrainingContext &context) override;
    EncodedMatrix sample(int64_t rows, const Conditions &conditions, uint64_t seed) const override;
    std::string save() const override;

    static std::unique_ptr<Generator> load(ModelReader &reader);

private:
    bool train(const EncodedMatrix &data, const TrainingContext &context);
    /** Eval mode, the latent library and prior over `rows`: what sample() needs. */
    void finishTraining(MedVaeNet net, const torch::Device &device, const torch::Tensor &rows,
                        const EncodedMatrix &data);
    void buildLibrary(const torch::Tensor &rows, const EncodedMatrix &data);
    torch::Tensor libraryLatents(const std::vector<int32_t> &candidates, int64_t rows, torch::Generator &random) const;
    torch::Tensor priorLatents(int64_t rows, torch::Generator &random) const;
    EncodedMatrix decode(const torch::Tensor &latent, torch::Generator &random) const;

    Hyperparameters m_values;
    MedVaeSettings m_settings;
    Layout m_layout;
    bool m_scalarTanh = true;
    torch::Device m_device = torch::kCPU;
    MedVaeNet m_net{nullptr};
    torch::Tensor m_discreteMask;
    LatentLibrary m_library;
    LatentMixture m_prior;   ///< derived from m_library; empty: N(0, I)
    bool m_fitted = false;
};

bool MedVae::fit(const EncodedMatrix &data, const TrainingContext &context)
{
    m_fitted = false;
    m_net = nullptr;
    m_library = {};
    return torchsupport::translateErrors([&] {
        checkTrainingData(data);
        return train(data, context);
    });
}

bool MedVae::train(const EncodedMatrix &data, const TrainingContext &context)
{
    const torch::Device device = torchsupport::selectDevice(context.device);
    torchsupport::prepareRun(context.seed, context.threads);
    m_layout = data.layout;
    m_scalarTanh = hasBoundedScalars(data);
    MedVaeNet net(m_layout, m_settings.hiddenDim, m_settings.latentDim);
    net->to(device);
    AdamSettings adam;   // torch's Adam defaults otherwise, as TVAE
    adam.learningRate = m_settings.learningRate;
    adam.weightDecay = m_settings.weightDecay;
    FusedAdam optimizer(net->parameters(), adam);
    const VaeLossWeights weights{m_settings.continuousWeight, m_settings.categoricalWeight, m_scalarTanh};
    const SpanCrossEntropy crossEntropy(m_layout, device);
    const torch::Tensor rows = torchsupport::toTensor(data, device);
    torch::Generator shuffle = at::detail::createCPUGenerator(context.seed);
    const int64_t smallTableBatch = (data.rows + torchsupport::kMinStepsPerEpoch - 1) / torchsupport::kMinStepsPerEpoch;
    const int64_t batchSize = std::max<int64_t>(2, std::min<int64_t>(m_settings.batchSize, smallTableBatch));
    const torchsupport::EpochClock clock;
    BestEpoch best(QualityCheckSettings::from(m_values), m_settings.epochs, context, {net.ptr().get()});
    const BestEpoch::Draw draw = [&](int64_t sampleRows, uint64_t seed) {
        // Sampling needs what fitting ends with: eval mode and the latent library of this epoch.
        finishTraining(net, device, rows, data);
        const EncodedMatrix sample = this->sample(sampleRows, {}, seed);
        m_fitted = false;
        net->train();
        return sample;
    };

    // The CPU takes the written-out step (autograd's arithmetic, 1.4–1.7× faster epochs); other devices autograd.
    std::unique_ptr<MedVaeCpuStep> cpuStep;
    if (device.is_cpu())
        cpuStep = std::make_unique<MedVaeCpuStep>(*net, m_layout, weights);

    for (int epoch = 1; epoch <= m_settings.epochs; ++epoch) {
        const double klScale = klWeight(epoch, m_settings.epochs, m_settings.annealFraction, m_settings.beta);
        // Shuffled on the CPU generator (the same order on every device), copied over once an epoch.
        const torch::Tensor order = torch::randperm(data.rows, shuffle).to(device);
        EpochLosses losses;
        for (int64_t start = 0; start < data.rows; start += batchSize) {
            const int64_t size = std::min(batchSize, data.rows - start);
            if (size < 2)
                break;   // BatchNorm needs two rows; a final single row waits for the next epoch's shuffle
            if (context.cancel && context.cancel->load())
                return false;
            const torch::Tensor batch = rows.index_select(0, order.narrow(0, start, size));
            if (cpuStep) {
                losses.add((*cpuStep)(batch, klScale));   // overwrites every gradient
            } else {
                const VaeOutput output = net(batch);
                const VaeLoss loss = vaeLoss(output, batch, *net->decoder, crossEntropy, weights);
                optimizer.zeroGrad();
                (loss.reconstruction + klScale * loss.kl).backward();
                losses.add(loss);
            }
            optimizer.step();
            net->decoder->clampSigma();
        }
        const double meanReconstruction = losses.meanReconstruction();
        const double meanKl = losses.meanKl();
        const double total = meanReconstruction + klScale * meanKl;
        torchsupport::requireFiniteLoss(total, "Med-VAE", epoch);
        EpochReport report;
        report.epoch = epoch;
        report.epochs = m_settings.epochs;
        report.losses = {{"reconstruction", meanReconstruction}, {"kl", meanKl}, {"total", total}};
        clock.stamp(report, int64_t(epoch) * data.rows);
        const bool improving = best.afterEpoch(report, draw);
        if ((context.onEpoch && !context.onEpoch(report)) || !improving)
            break;
    }
    best.finish();
    finishTraining(net, device, rows, data);
    return true;
}

void MedVae::finishTraining(MedVaeNet net, const torch::Device &device, const torch::Tensor &rows,
                            const EncodedMatrix &data)
{
    net->eval();
    m_net = net;
    m_device = device;
    m_discreteMask = discreteMask(m_layout).to(device);
    buildLibrary(rows, data);
    m_fitted = true;
}

void MedVae::buildLibrary(const torch::Tensor &rows, const EncodedMatrix &data)
{
    torch::NoGradGuard noGrad;
    std::vector<float> mu;
    std::vector<float> logVar;
    mu.reserve(size_t(data.rows) * size_t(m_settings.latentDim));
    logVar.reserve(mu.capacity());
    const auto append = [](std::vector<float> &to, const torch::Tensor &values) {
        const torch::Tensor cpu = values.to(torch::kCPU, torch::kFloat32).contiguous();
        to.insert(to.end(), cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
    };
    for (int64_t start = 0; start < data.rows; start += kChunkRows) {
        const Posterior posterior = m_net->encoder(rows.narrow(0, start, std::min(kChunkRows, data.rows - start)));
        append(mu, posterior.mu);
        append(logVar, posterior.logVar);
    }
    m_library = LatentLibrary(std::move(mu), std::move(logVar), m_settings.latentDim, data);
    m_prior = m_library.aggregateMixture(m_settings.priorComponents, kPriorMinimumRows);
}

EncodedMatrix MedVae::sample(int64_t rows, const Conditions &conditions, uint64_t seed) const
{
    if (!m_fitted)
        throw GeneratorError("The Med-VAE model is not trained yet; train it before generating rows.");
    if (rows < 0)
        throw GeneratorError("The number of rows to generate cannot be negative.");
    checkConditions(m_layout, conditions);
    tuneAllocatorForTensors();
    if (rows == 0)
        return EncodedMatrix{m_layout, 0, {}};
    const std::vector<int32_t> candidates = conditions.empty() ? std::vector<int32_t>{}
                                                               : m_library.rowsMeeting(conditions);
    if (!conditions.empty() && candidates.empty()) {
        std::string named;
        for (const Condition &condition : conditions)
            named += (named.empty() ? "" : " and ") + std::string("level ") + std::to_string(condition.category + 1)
                     + " of encoded column " + std::to_string(m_layout.spans[size_t(condition.span)].column + 1);
        throw GeneratorError("No training row has " + named
                             + "; the model cannot generate such rows. Relax the condition.");
    }
    return torchsupport::translateErrors([&] {
        torch::NoGradGuard noGrad;
        return collectRowsMeeting(rows, m_layout, conditions, [&](int64_t batchRows, int attempt) {
            torch::Generator random = at::detail::createCPUGenerator(seed + uint64_t(attempt) * kAttemptSeedStep);
            EncodedMatrix batch{m_layout, 0, {}};
            batch.values.reserve(size_t(batchRows) * size_t(m_layout.width()));
            for (int64_t start = 0; start < batchRows; start += kChunkRows) {
                const int64_t size = std::min(kChunkRows, batchRows - start);
                // Unconditioned: the fitted prior; conditioned: around training rows that meet the conditions.
                const torch::Tensor latent =
                    conditions.empty() ? priorLatents(size, random) : libraryLatents(candidates, size, random);
                const EncodedMatrix chunk = decode(latent, random);
                batch.values.insert(batch.values.end(), chunk.values.begin(), chunk.values.end());
                batch.rows += chunk.rows;
            }
            return batch;
        });
    });
}

torch::Tensor MedVae::libraryLatents(const std::vector<int32_t> &candidates, int64_t rows,
                                     torch::Generator &random) const
{
    const auto view = [&](const std::vector<float> &values) {
        return torch::from_blob(const_cast<float *>(values.data()), {m_library.rows(), int64_t(m_library.latentDim())},
                                torch::kFloat32);
    };
    const torch::Tensor pool = torch::from_blob(const_cast<int32_t *>(candidates.data()),
                                                {int64_t(candidates.size())}, torch::kInt32);
    const torch::Tensor chosen = pool.index_select(0, torch::randint(int64_t(candidates.size()), {rows}, random));
    const torch::Tensor mu = view(m_library.mu()).index_select(0, chosen);
    const torch::Tensor logVar = view(m_library.logVar()).index_select(0, chosen);
    return mu + torch::exp(0.5 * logVar) * torch::randn(mu.sizes(), random);
}

torch::Tensor MedVae::priorLatents(int64_t rows, torch::Generator &random) const
{
    const int64_t dim = m_settings.latentDim;
    const int64_t components = m_prior.components();
    if (components == 0)
        return torch::randn({rows, dim}, random);
    const torch::Tensor component =
        torch::multinomial(torch::tensor(m_prior.weights, torch::kFloat64), rows, /*replacement=*/true, random);
    const torch::Tensor means =
        torch::from_blob(const_cast<float *>(m_prior.means.data()), {components, dim}, torch::kFloat32);
    const torch::Tensor noise = torch::randn({rows, dim}, random);
    // z = mean + L·noise, one matrix product per component over the rows that drew it (a
    // per-row product copied every row's factor: 4 KiB a row at 32 dimensions, most of the
    // time of a million-row request).
    std::vector<std::vector<int64_t>> rowsOf(static_cast<size_t>(components));
    const int64_t *drawn = component.data_ptr<int64_t>();
    for (int64_t r = 0; r < rows; ++r)
        rowsOf[size_t(drawn[r])].push_back(r);
    torch::Tensor latent = torch::empty({rows, dim}, torch::kFloat32);
    for (int64_t c = 0; c < components; ++c) {
        std::vector<int64_t> &members = rowsOf[size_t(c)];
        if (members.empty())
            continue;
        const torch::Tensor index = torch::from_blob(members.data(), {int64_t(members.size())}, torch::kLong);
        float *factorValues = const_cast<float *>(m_prior.choleskyFactors.data()) + c * dim * dim;
        const torch::Tensor factor = torch::from_blob(factorValues, {dim, dim}, torch::kFloat32);
        latent.index_copy_(0, index, torch::addmm(means[c], noise.index_select(0, index), factor.t()));
    }
    return latent;
}

EncodedMatrix MedVae::decode(const torch::Tensor &latent, torch::Generator &random) const
{
    MedVaeNet net = m_net;
    const int64_t rows = latent.size(0);
    const torch::Tensor raw = net->decoder(latent.to(m_device));
    // Mode and Category values are drawn from the decoder's categorical p(x | z) by the
    // Gumbel-max trick rather than taken as its argmax (TVAE): the argmax turns a 90 % level
    // into 100 % (and a 5 % outcome into 0 %) wherever z does not pin the level down.
    // Softmax is monotonic, so hardening the perturbed logits samples without computing it.
    const torch::Tensor uniform = torch::rand({rows, int64_t(m_layout.width())}, random).clamp_min(1e-10);
    torch::Tensor values = raw + (-torch::log(-torch::log(uniform))).to(m_device) * m_discreteMask;
    // TVAE's sampling of Scalars: the mean plus Gaussian noise of the learned sigma, alpha
    // clipped to [-1, 1]. Noise is drawn on the CPU so a seed gives the same rows on every device.
    const torch::Tensor &columns = net->decoder->scalarColumns();
    torch::Tensor scalars = raw.index_select(1, columns);
    if (m_scalarTanh)
        scalars = torch::tanh(scalars);
    scalars = scalars + torch::randn({rows, columns.size(0)}, random).to(m_device) * net->decoder->sigma();
    if (m_scalarTanh)
        scalars = scalars.clamp(-1.0, 1.0);
    values.index_copy_(1, columns, scalars);
    return torchsupport::toMatrix(torchsupport::hardenSpans(values, m_layout), m_layout);
}

std::string MedVae::save() const
{
    if (!m_fitted)
        throw GeneratorError("The Med-VAE model is not trained yet; train it before saving.");
    ModelWriter writer(kFamily, m_values, m_layout);
    writer.writeU64(m_scalarTanh ? 1 : 0);
    MedVaeNet net = m_net;
    writer.writeString(torchsupport::moduleBytes(*net));
    m_library.write(writer);
    return writer.bytes();
}

std::unique_ptr<Generator> MedVae::load(ModelReader &reader)
{
    auto model = std::make_unique<MedVae>(reader.hyperparameters());
    model->m_layout = reader.layout();
    model->m_scalarTanh = reader.readU64() != 0;
    const std::string weights = reader.readString();
    try {
        model->m_net = MedVaeNet(model->m_layout, model->m_settings.hiddenDim, model->m_settings.latentDim);
        torchsupport::loadModuleBytes(*model->m_net, weights, torch::kCPU);
    } catch (const c10::Error &error) {
        throw GeneratorError(std::string("The saved Med-VAE weights cannot be read (") + error.what_without_backtrace()
                             + "); train the model again.");
    }
    model->m_net->eval();
    model->m_discreteMask = discreteMask(model->m_layout);
    model->m_library = LatentLibrary::read(reader, model->m_layout);
    if (model->m_library.latentDim() != model->m_settings.latentDim)
        throw GeneratorError("The saved Med-VAE latent library does not match the model; train the model again.");
    model->m_prior = model->m_library.aggregateMixture(model->m_settings.priorComponents, kPriorMinimumRows);
    model->m_fitted = true;
    return model;
}

} // namespace

std::vector<std::pair<std::string, double>> medVaeGradientNorms(const EncodedMatrix &data,
                                                                const Hyperparameters &values, uint64_t seed)
{
    return torchsupport::translateErrors([&] {
        checkTrainingData(data);
        const MedVaeSettings settings = MedVaeSettings::from(values);
        torch::manual_seed(seed);
        MedVaeNet net(data.layout, settings.hiddenDim, settings.latentDim);
        const torch::Tensor rows = torchsupport::toTensor(data, torch::kCPU);
        const VaeLoss loss = vaeLoss(net(rows), rows, *net->decoder, SpanCrossEntropy(data.layout, torch::kCPU),
                                     {settings.continuousWeight, settings.categoricalWeight, hasBoundedScalars(data)});
        (loss.reconstruction + settings.beta * loss.kl).backward();
        std::vector<std::pair<std::string, double>> norms;
        for (const auto &parameter : net->named_parameters())
            norms.emplace_back(parameter.key(), parameter.value().grad().defined()
                                                    ? parameter.value().grad().norm().item<double>()
                                                    : 0.0);
        return norms;
    });
}

GeneratorInfo medVaeInfo()
{
    return {kFamily, "Med-VAE",
            "Fast, stable variational autoencoder for registries; conditional generation from a latent library.",
            medVaeSpecs()};
}

std::unique_ptr<Generator> makeMedVae(const Hyperparameters &values) { return std::make_unique<MedVae>(values); }

std::unique_ptr<Generator> loadMedVae(ModelReader &reader) { return MedVae::load(reader); }

} // namespace synthreg::core
