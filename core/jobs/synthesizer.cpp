#include "synthesizer.h"

#include "core/models/seedmix.h"
#include "trainingquality.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace synthreg::core {

namespace {

struct Synthesis
{
    Q_DECLARE_TR_FUNCTIONS(Synthesis)
};

constexpr quint32 kTrainedModelMagic = 0x53524d31;   // "SRM1"
constexpr quint32 kTrainedModelVersion = 1;

std::vector<EpochReport> historyFromJson(const QJsonArray &epochs)
{
    std::vector<EpochReport> history;
    for (const QJsonValue &value : epochs) {
        const QJsonObject object = value.toObject();
        EpochReport report;
        report.epoch = object.value(QStringLiteral("epoch")).toInt();
        report.epochs = object.value(QStringLiteral("epochs")).toInt();
        const QJsonObject losses = object.value(QStringLiteral("losses")).toObject();
        for (auto it = losses.begin(); it != losses.end(); ++it)
            report.losses.emplace_back(it.key().toStdString(), it.value().toDouble());
        report.rowsPerSecond = object.value(QStringLiteral("rows_per_second")).toDouble();
        report.elapsedSeconds = object.value(QStringLiteral("elapsed_seconds")).toDouble();
        if (const QJsonValue quality = object.value(QStringLiteral("quality")); quality.isDouble())
            report.quality = quality.toDouble();
        report.bestEpoch = object.value(QStringLiteral("best_epoch")).toInt();
        if (const QJsonValue best = object.value(QStringLiteral("best_quality")); best.isDouble())
            report.bestQuality = best.toDouble();
        history.push_back(std::move(report));
    }
    return history;
}

std::optional<Hyperparameters> resolveRequestParameters(const GeneratorInfo &info, const TrainingRequest &request,
                                                        QString *error)
{
    std::map<std::string, std::string> texts = request.parameters;
    if (request.epochs) {
        const bool hasEpochs = std::any_of(info.hyperparameters.begin(), info.hyperparameters.end(),
                                           [](const HyperparameterSpec &spec) { return spec.name == "epochs"; });
        if (hasEpochs)
            texts["epochs"] = std::to_string(*request.epochs);
    }
    std::string message;
    std::optional<Hyperparameters> values = resolveHyperparameters(info.hyperparameters, texts, &message);
    if (!values)
        *error = QString::fromStdString(message);
    return values;
}

} // namespace

QJsonArray historyJson(const std::vector<EpochReport> &history)
{
    QJsonArray epochs;
    for (const EpochReport &report : history) {
        QJsonObject losses;
        for (const auto &[name, value] : report.losses)
            losses.insert(QString::fromStdString(name), value);
        QJsonObject epoch{{QStringLiteral("epoch"), report.epoch},
                          {QStringLiteral("epochs"), report.epochs},
                          {QStringLiteral("losses"), losses},
                          {QStringLiteral("rows_per_second"), report.rowsPerSecond},
                          {QStringLiteral("elapsed_seconds"), report.elapsedSeconds}};
        // Only epochs with a quality check carry a score (JSON has no NaN).
        if (std::isfinite(report.quality))
            epoch.insert(QStringLiteral("quality"), report.quality);
        if (report.bestEpoch > 0) {
            epoch.insert(QStringLiteral("best_epoch"), report.bestEpoch);
            epoch.insert(QStringLiteral("best_quality"), report.bestQuality);
        }
        epochs.append(epoch);
    }
    return epochs;
}

EncoderOptions encoderOptionsFor(const std::string &family, uint64_t seed)
{
    EncoderOptions options;
    options.seed = seed;
    if (family == "copula")
        options.continuous = ContinuousEncoding::Standardized;
    return options;
}

TrainingOutcome trainModel(const TrainingRequest &request, const TrainingProgress &progress,
                           const std::atomic<bool> *cancel)
{
    TrainingOutcome outcome;
    const GeneratorInfo *info = findGenerator(request.family);
    if (!info) {
        QStringList known;
        for (const GeneratorInfo &each : availableGenerators())
            known << QString::fromStdString(each.family);
        outcome.error = Synthesis::tr("Unknown generator '%1'; choose one of %2.")
                            .arg(QString::fromStdString(request.family), known.join(QStringLiteral(", ")));
        return outcome;
    }
    const std::optional<Hyperparameters> values = resolveRequestParameters(*info, request, &outcome.error);
    if (!values)
        return outcome;

    QElapsedTimer clock;
    clock.start();
    QStringList warnings;
    const std::optional<TableEncoder> encoder = TableEncoder::fit(
        request.table, request.schema, encoderOptionsFor(request.family, request.seed), &outcome.error, &warnings);
    if (!encoder)
        return outcome;

    TrainingContext context;
    context.seed = request.seed;
    context.device = request.device;
    context.threads = request.threads;
    context.cancel = cancel;
    if (!request.targetColumn.isEmpty()) {
        context.targetColumn = encoder->encodedColumn(request.targetColumn);
        if (context.targetColumn < 0) {
            outcome.error = Synthesis::tr("The target column '%1' is not modelled; give it a role in the schema "
                                          "or choose another target.").arg(request.targetColumn);
            return outcome;
        }
    }
    std::vector<EpochReport> history;
    context.onEpoch = [&](const EpochReport &report) {
        history.push_back(report);
        if (progress)
            progress(report);
        return true;
    };

    const TrainingQualityScore quality(request.table, request.schema, *encoder, request.seed);
    context.scoreSample = [&](const EncodedMatrix &sample) { return quality(sample); };

    try {
        const EncodedMatrix matrix = encoder->encode(request.table, request.seed);
        std::shared_ptr<Generator> generator = createGenerator(request.family, *values);
        if (!generator->fit(matrix, context)) {
            outcome.cancelled = true;
            outcome.error = Synthesis::tr("Training was cancelled.");
            return outcome;
        }
        outcome.model = TrainedModel{*encoder, std::move(generator), request.family, *values, request.seed,
                                     request.device, double(clock.elapsed()) / 1000.0, std::move(history), warnings};
    } catch (const std::exception &error) {
        // GeneratorError carries a message with its fix; anything else is still reported, never a crash.
        outcome.error = QString::fromStdString(error.what());
    }
    return outcome;
}

QByteArray TrainedModel::save() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    const std::string generatorBytes = generator->save();
    const QJsonObject about{{QStringLiteral("family"), QString::fromStdString(family)},
                            {QStringLiteral("seed"), QString::number(seed)},
                            {QStringLiteral("device"), QString::fromStdString(device)},
                            {QStringLiteral("training_seconds"), trainingSeconds},
                            {QStringLiteral("history"), historyJson(history)},
                            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
    out << kTrainedModelMagic << kTrainedModelVersion << QJsonDocument(about).toJson(QJsonDocument::Compact)
        << encoder.save() << QByteArray(generatorBytes.data(), qsizetype(generatorBytes.size()));
    return bytes;
}

std::optional<TrainedModel> TrainedModel::load(const QByteArray &bytes, QString *error)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QByteArray aboutBytes;
    QByteArray encoderBytes;
    QByteArray generatorBytes;
    in >> magic >> version >> aboutBytes >> encoderBytes >> generatorBytes;
    if (in.status() != QDataStream::Ok || magic != kTrainedModelMagic || version != kTrainedModelVersion) {
        *error = Synthesis::tr("The stored model cannot be read by this version of SynthReg; train it again.");
        return std::nullopt;
    }
    std::optional<TableEncoder> encoder = TableEncoder::load(encoderBytes, error);
    if (!encoder)
        return std::nullopt;
    try {
        std::shared_ptr<Generator> generator = loadGenerator(generatorBytes.toStdString());
        const QJsonObject about = QJsonDocument::fromJson(aboutBytes).object();
        return TrainedModel{*encoder,
                            generator,
                            generator->family(),
                            generator->hyperparameters(),
                            about.value(QStringLiteral("seed")).toString().toULongLong(),
                            about.value(QStringLiteral("device")).toString().toStdString(),
                            about.value(QStringLiteral("training_seconds")).toDouble(),
                            historyFromJson(about.value(QStringLiteral("history")).toArray()),
                            about.value(QStringLiteral("warnings")).toVariant().toStringList()};
    } catch (const std::exception &failure) {
        *error = QString::fromStdString(failure.what());
        return std::nullopt;
    }
}

bool sampleRows(const TrainedModel &model, const SamplingRequest &request, const SampleSink &sink,
                const std::atomic<bool> *cancel, QString *error)
{
    if (request.rows < 0) {
        *error = Synthesis::tr("The number of rows must be 0 or more.");
        return false;
    }
    const std::optional<Conditions> conditions = model.encoder.parseConditions(request.conditions, error);
    if (!conditions)
        return false;
    const int64_t chunkRows = std::max<int64_t>(1, request.chunkRows);
    try {
        int64_t written = 0;
        uint64_t chunk = 0;
        do {
            if (cancel && cancel->load()) {
                *error = Synthesis::tr("Sampling was cancelled.");
                return false;
            }
            const int64_t rows = std::min(chunkRows, request.rows - written);
            const uint64_t seed = mixedSeed(request.seed, ++chunk);
            const EncodedMatrix matrix = model.generator->sample(rows, *conditions, seed);
            if (!sink(model.encoder.decode(matrix, seed, written))) {
                *error = Synthesis::tr("Sampling was stopped.");
                return false;
            }
            written += rows;
        } while (written < request.rows);
    } catch (const std::exception &failure) {
        *error = QString::fromStdString(failure.what());
        return false;
    }
    return true;
}

std::optional<Table> sampleTable(const TrainedModel &model, const SamplingRequest &request, QString *error)
{
    std::vector<Table> chunks;
    if (!sampleRows(model, request, [&](const Table &chunk) { chunks.push_back(chunk); return true; }, nullptr, error))
        return std::nullopt;
    if (chunks.size() == 1)
        return chunks.front();
    return concatenateRows(chunks);
}

} // namespace synthreg::core
