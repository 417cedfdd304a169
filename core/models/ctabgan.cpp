#include "allocatortuning.h"
#include "conditionalsampling.h"
#include "conditionalvector.h"
#include "ctabgansampler.h"
#include "ctabgantrainer.h"
#include "generatorfamilies.h"
#include "qualitycheck.h"
#include "seedmix.h"
#include "torchsupport.h"
#include "weightaverage.h"

#include <cmath>
#include <optional>

namespace synthreg::core {

namespace {

const std::string kFamily = "ctabgan";

HyperparameterSpec integerSpec(const char *name, double minimum, double maximum, double value, const char *help)
{
    return {name, HyperparameterSpec::Type::Integer, minimum, maximum, value, {}, help, /*logScale=*/false};
}

// CTGAN's defaults (generator and discriminator (256, 256), batch 500, pac 10, Adam 2e-4), except
// two critic updates a step: with one, pbc's trend pairs and missing rates sat on the edge of
// what the learning tests allow from seed to seed (docs/benchmarks.md).
std::vector<HyperparameterSpec> ctabGanSpecs()
{
    std::vector<HyperparameterSpec> specs{
        integerSpec("epochs", 1, 10000, 300, "Passes over the data; more passes fit closer and take longer."),
        integerSpec("batch_size", 10, 10000, 500, "Rows per training step, rounded to a multiple of pac."),
        integerSpec("embedding_dim", 8, 1024, 128, "Size of the random noise each generated row starts from."),
        integerSpec("generator_dim", 16, 2048, 256, "Width of each of the generator's two residual layers."),
        integerSpec("discriminator_dim", 16, 2048, 256,
                    "Width of each of the two layers of the discriminator and of the auxiliary classifier."),
        {"learning_rate", HyperparameterSpec::Type::Real, 1e-5, 1e-2, 2e-4, {},
         "Adam step size; lower it when a loss becomes NaN.", /*logScale=*/true},
        integerSpec("discriminator_steps", 1, 10, 2,
                    "Critic updates per generator update; more give the generator a truer gradient and cost time."),
        integerSpec("pac", 1, 50, 10,
                    "Rows the discriminator judges together (PacGAN); keeps the generator from repeating a few rows."),
        {"aux_weight", HyperparameterSpec::Type::Real, 0, 10, 1, {},
         "Weight of the auxiliary classifier's loss when a target column is set (0 = ignore the target).",
         /*logScale=*/false},
        {"weight_average", HyperparameterSpec::Type::Real, 0, 0.9999, 0.995, {},
         "Rows come from a moving average of the generator's weights, each step keeping this share of the past "
         "(0 = the last weights); it smooths a GAN's swings between epochs.",
         /*logScale=*/false},
    };
    for (HyperparameterSpec &spec : qualityCheckSpecs())
        specs.push_back(std::move(spec));
    return specs;
}

CtabGanSettings settingsFrom(const Hyperparameters &values)
{
    CtabGanSettings settings;
    settings.epochs = int(values.at("epochs"));
    settings.batchSize = int(values.at("batch_size"));
    settings.embeddingDim = int(values.at("embedding_dim"));
    settings.generatorDim = int(values.at("generator_dim"));
    settings.discriminatorDim = int(values.at("discriminator_dim"));
    settings.learningRate = values.at("learning_rate");
    settings.discriminatorSteps = int(values.at("discriminator_steps"));
    settings.pac = int(values.at("pac"));
    settings.auxWeight = values.at("aux_weight");
    if (const auto average = values.find("weight_average"); average != values.end())
        settings.weightAverage = average->second;
    return settings;
}

void requireTrainable(const EncodedMatrix &data)
{
    if (data.rows <= 0)
        throw GeneratorError("The table has no rows to train on; import data or loosen the row filter.");
    if (data.width() <= 0)
        throw GeneratorError("The table has no columns to train on; include at least one column.");
    const size_t width = size_t(data.width());
    if (data.values.size() != size_t(data.rows) * width)
        throw GeneratorError("The encoded data does not match its column layout; encode the table again.");
    for (size_t i = 0; i < data.values.size(); ++i) {
        if (!std::isfinite(data.values[i]))
            throw GeneratorError("The training data holds a NaN or infinite value (row " + std::to_string(i / width + 1)
                                 + ", encoded column " + std::to_string(i % width + 1)
                                 + "); mark such values as missing, then train again.");
    }
}

// A fresh stream per attempt of conditional sampling that no nearby seed's first attempt
// repeats (a caller may sample chunks with seeds s, s+1, …).
uint64_t attemptSeed(uint64_t seed, int attempt)
{
    return attempt == 0 ? seed : mixedSeed(seed, uint64_t(attempt));
}

// Batches that re-estimate the averaged generator's batch-norm statistics (× batch_size rows).
constexpr int kRecalibrationBatches = 20;

/** Runs the epochs; false when cancelled. */
bool runEpochs(CtabGanTrainer &trainer, WeightAverage &average, BestEpoch &best, const BestEpoch::Draw &draw,
               const CtabGanSettings &settings, const TrainingContext &context, const torch::Device &device)
{
    const torchsupport::EpochClock clock;
    int64_t rowsSoFar = 0;
    for (int epoch = 1; epoch <= settings.epochs; ++epoch) {
        // Summed on the device and read once per epoch: no host sync per batch.
        torch::Tensor sums = torch::zeros({3}, torch::TensorOptions(device).dtype(torch::kFloat32));
        for (int step = 0; step < trainer.stepsPerEpoch(); ++step) {
            if (context.cancel && context.cancel->load())
                return false;
            const CtabGanLosses losses = trainer.step();
            average.update();
            sums += torch::stack({losses.generator, losses.discriminator,
                                  losses.auxiliary.defined() ? losses.auxiliary : torch::zeros_like(losses.generator)});
        }
        rowsSoFar += trainer.stepsPerEpoch() * trainer.batchSize();
        const torch::Tensor means = (sums / trainer.stepsPerEpoch()).to(torch::kCPU, torch::kFloat64);
        const double *mean = means.data_ptr<double>();
        EpochReport report;
        report.epoch = epoch;
        report.epochs = settings.epochs;
        report.losses = {{"generator", mean[0]}, {"discriminator", mean[1]}};
        if (trainer.hasAuxiliary())
            report.losses.emplace_back("auxiliary", mean[2]);
        for (const auto &[name, value] : report.losses)
            torchsupport::requireFiniteLoss(value, name.c_str(), epoch);
        clock.stamp(report, rowsSoFar);
        const bool improving = best.afterEpoch(report, draw);
        if ((context.onEpoch && !context.onEpoch(report)) || !improving)
            break;
    }
    return true;
}

class CtabGan final : public Generator
{
public:
    explicit CtabGan(const Hyperparameters &values)
        : m_values(values)
        , m_settings(settingsFrom(values))
    {
    }

    std::string family() const override { return kFamily; }
    const Hyperparameters &hyperparameters() const override { return m_values; }
    bool isFitted() const override { return m_fitted; }
    bool fit(const EncodedMatrix &data, const TrainingContext &context) override;
    EncodedMatrix sample(int64_t rows, const Conditions &conditions, uint64_t seed) const override;
    std::string save() const override;
    /** Reads the payload save() wrote after the envelope; the model then lives on the CPU. */
    void restore(ModelReader &reader);

private:
    void requireFitted() const;

    Hyperparameters m_values;
    CtabGanSettings m_settings;
    Layout m_layout;
    ConditionalVector m_conditions;
    int m_targetColumn = -1;
    bool m_hasAuxiliary = false;
    CtabGanGenerator m_generator{nullptr};
    torch::Device m_device = torch::kCPU;
    bool m_fitted = false;
};

bool CtabGan::fit(const EncodedMatrix &data, const TrainingContext &context)
{
    return torchsupport::translateErrors([&] {
        m_fitted = false;
        requireTrainable(data);
        const torch::Device device = torchsupport::selectDevice(context.device);
        torchsupport::prepareRun(context.seed, context.threads);
        ConditionalVector conditions(data);
        CtabGanGenerator generator = makeCtabGanGenerator(m_settings, data.width(), conditions.width());
        CtabGanTrainer trainer(generator, data, conditions, m_settings, context.targetColumn, device);
        // Rows come from the averaged generator; the trained one only learns.
        CtabGanGenerator averaged = makeCtabGanGenerator(m_settings, data.width(), conditions.width());
        averaged->to(device);
        WeightAverage average(*generator, *averaged, m_settings.weightAverage);
        const auto recalibrate = [&] {
            recalibrateBatchNorm(
                *averaged, [&] { averaged->forward(trainer.generatorInput(trainer.batchSize())); },
                kRecalibrationBatches);
        };
        BestEpoch best(QualityCheckSettings::from(m_values), m_settings.epochs, context, {averaged.ptr().get()});
        const BestEpoch::Draw draw = [&](int64_t rows, uint64_t seed) {
            recalibrate();
            torch::NoGradGuard noGrad;
            CtabGanSampler sampler(averaged, data.layout, conditions, m_settings.embeddingDim, device);
            EncodedMatrix sample{data.layout, rows, std::vector<float>(size_t(rows) * size_t(data.width()))};
            torch::manual_seed(seed);
            sampler.draw(rows, std::nullopt, sample.values.data());
            return sample;
        };
        if (!runEpochs(trainer, average, best, draw, m_settings, context, device))
            return false;
        // The best check's batch-norm statistics come back with its weights; without checks they are estimated now.
        if (!best.finish())
            recalibrate();
        m_layout = data.layout;
        m_conditions = std::move(conditions);
        m_targetColumn = context.targetColumn;
        m_hasAuxiliary = trainer.hasAuxiliary();
        m_generator = averaged;
        m_generator->eval();
        m_device = device;
        m_fitted = true;
        return true;
    });
}

void CtabGan::requireFitted() const
{
    if (!m_fitted)
        throw GeneratorError("The CTAB-GAN+ model has not been trained; train it first.");
}

EncodedMatrix CtabGan::sample(int64_t rows, const Conditions &conditions, uint64_t seed) const
{
    return torchsupport::translateErrors([&] {
        requireFitted();
        if (rows < 0)
            throw GeneratorError("The number of rows to generate cannot be negative; ask for zero or more.");
        checkConditions(m_layout, conditions);
        tuneAllocatorForTensors();
        torch::NoGradGuard noGrad;
        CtabGanSampler sampler(m_generator, m_layout, m_conditions, m_settings.embeddingDim, m_device);
        // CTGAN steers generation with the first condition; collectRowsMeeting enforces them all.
        const std::optional<Condition> steer =
            conditions.empty() ? std::nullopt : std::optional<Condition>(conditions.front());
        return collectRowsMeeting(rows, m_layout, conditions, [&](int64_t batchRows, int attempt) {
            torch::manual_seed(attemptSeed(seed, attempt));
            EncodedMatrix batch;
            batch.layout = m_layout;
            batch.rows = batchRows;
            batch.values.resize(size_t(batchRows) * size_t(m_layout.width()));
            sampler.draw(batchRows, steer, batch.values.data());
            return batch;
        });
    });
}

std::string CtabGan::save() const
{
    return torchsupport::translateErrors([&] {
        requireFitted();
        ModelWriter writer(kFamily, m_values, m_layout);
        writer.writeDoubles(m_conditions.levelCounts());
        writer.writeDouble(double(m_targetColumn));
        writer.writeU64(m_hasAuxiliary ? 1 : 0);
        writer.writeString(torchsupport::moduleBytes(*m_generator.ptr()));
        return writer.bytes();
    });
}

void CtabGan::restore(ModelReader &reader)
{
    m_layout = reader.layout();
    m_conditions = ConditionalVector(m_layout, reader.readDoubles());
    m_targetColumn = int(reader.readDouble());
    m_hasAuxiliary = reader.readU64() != 0;
    m_generator = makeCtabGanGenerator(m_settings, m_layout.width(), m_conditions.width());
    torchsupport::loadModuleBytes(*m_generator, reader.readString(), torch::kCPU);
    m_generator->eval();
    m_device = torch::kCPU;
    m_fitted = true;
}

} // namespace

GeneratorInfo ctabGanInfo()
{
    return {kFamily, "CTAB-GAN+",
            "Conditional GAN for mixed-type clinical tables with rare categories; samples under conditions and "
            "can keep a target column predictable.",
            ctabGanSpecs()};
}

std::unique_ptr<Generator> makeCtabGan(const Hyperparameters &values)
{
    std::string error;
    if (!validateHyperparameters(ctabGanSpecs(), values, &error))
        throw GeneratorError("CTAB-GAN+ settings are invalid: " + error);
    return std::make_unique<CtabGan>(values);
}

std::unique_ptr<Generator> loadCtabGan(ModelReader &reader)
{
    return torchsupport::translateErrors([&] {
        auto model = std::make_unique<CtabGan>(reader.hyperparameters());
        model->restore(reader);
        return std::unique_ptr<Generator>(std::move(model));
    });
}

} // namespace synthreg::core
