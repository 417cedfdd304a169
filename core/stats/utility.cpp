#include "utility.h"
#include "core/stats/numericvalues.h"

#include "classificationmetrics.h"
#include "xgboostmodel.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <numeric>
#include <random>

namespace synthreg::core {

namespace {

constexpr qsizetype kMaxOneHotLevels = 32;


// One feature column of several record sets (train/holdout/synthetic, or real/synthetic).
struct FeatureSource
{
    bool categorical = false;
    qsizetype levels = 0;
    std::vector<const std::vector<double> *> numeric;   // per set
    std::vector<const std::vector<int32_t> *> codes;    // per set

    size_t width() const { return categorical && levels <= kMaxOneHotLevels ? size_t(levels) : 1; }
};

FeatureMatrix encodeFeatures(const std::vector<FeatureSource> &sources, size_t set, const std::vector<size_t> &rows)
{
    FeatureMatrix out;
    out.rows = rows.size();
    for (const FeatureSource &source : sources)
        out.cols += source.width();
    out.values.assign(out.rows * out.cols, 0.0f);
    size_t offset = 0;
    for (const FeatureSource &source : sources) {
        const size_t width = source.width();
        for (size_t i = 0; i < rows.size(); ++i) {
            float *at = &out.values[i * out.cols + offset];
            if (!source.categorical) {
                at[0] = float((*source.numeric[set])[rows[i]]);
                continue;
            }
            const int32_t code = (*source.codes[set])[rows[i]];
            if (width == 1)
                at[0] = code < 0 ? NAN : float(code);
            else if (code < 0)
                std::fill_n(at, width, NAN);   // unknown category: every indicator missing
            else
                at[code] = 1.0f;
        }
        offset += width;
    }
    return out;
}

XgboostParams paramsFor(const UtilityOptions &options, XgboostParams::Objective objective, int classes)
{
    XgboostParams params;
    params.objective = objective;
    params.classCount = classes;
    params.rounds = options.rounds;
    params.maxDepth = options.maxDepth;
    params.learningRate = options.learningRate;
    params.threads = options.threads;
    params.seed = options.seed;
    return params;
}

PredictionScores scoreClassification(const std::vector<float> &predicted, const std::vector<int> &truth, int classes)
{
    PredictionScores scores;
    const size_t n = truth.size();
    std::vector<int> predictedClass(n);
    if (classes == 2) {
        for (size_t i = 0; i < n; ++i)
            predictedClass[i] = predicted[i] >= 0.5f ? 1 : 0;
        std::vector<double> probability(predicted.begin(), predicted.end());
        std::vector<uint8_t> isPositive(n);
        for (size_t i = 0; i < n; ++i)
            isPositive[i] = truth[i] == 1;
        scores.auc = rocAuc(probability, isPositive);
        scores.f1 = f1Score(truth, predictedClass, 1);
    } else {
        for (size_t i = 0; i < n; ++i) {
            const float *row = &predicted[i * size_t(classes)];
            predictedClass[i] = int(std::max_element(row, row + classes) - row);
        }
        // Macro one-vs-rest over the classes the holdout holds (sklearn needs all of them).
        double sum = 0;
        int counted = 0;
        for (int c = 0; c < classes; ++c) {
            std::vector<double> probability(n);
            std::vector<uint8_t> isClass(n);
            for (size_t i = 0; i < n; ++i) {
                probability[i] = predicted[i * size_t(classes) + size_t(c)];
                isClass[i] = truth[i] == c;
            }
            const double auc = rocAuc(probability, isClass);
            if (!std::isnan(auc)) {
                sum += auc;
                ++counted;
            }
        }
        scores.auc = counted ? sum / counted : NAN;
        scores.f1 = macroF1(truth, predictedClass);
    }
    scores.accuracy = accuracy(truth, predictedClass);
    return scores;
}

} // namespace

QStringList orderedLabels(const QStringList &labels)
{
    QStringList ordered = labels;
    bool allNumbers = true;
    for (const QString &label : labels) {
        bool ok = false;
        label.toDouble(&ok);
        allNumbers = allNumbers && ok;
    }
    if (allNumbers)
        std::stable_sort(ordered.begin(), ordered.end(), [](const QString &a, const QString &b) { return a.toDouble() < b.toDouble(); });
    else
        std::stable_sort(ordered.begin(), ordered.end());
    return ordered;
}

QString utilityTaskKey(UtilityTask task)
{
    switch (task) {
    case UtilityTask::BinaryClassification: return QStringLiteral("binary");
    case UtilityTask::MulticlassClassification: return QStringLiteral("multiclass");
    case UtilityTask::Regression: return QStringLiteral("regression");
    }
    return {};
}

TstrResult trainSyntheticTestReal(const HoldoutInput &input, const QString &target, const UtilityOptions &options)
{
    TstrResult result;
    result.target = target;
    const HoldoutColumn *targetColumn = input.find(target);
    if (!targetColumn) {
        result.error = QStringLiteral("The target '%1' is not a scored column of the data: pick a column whose role is not "
                                      "patient id or excluded.").arg(target);
        return result;
    }
    constexpr size_t kTrain = size_t(RecordSet::Train), kHoldout = size_t(RecordSet::Holdout), kSynthetic = size_t(RecordSet::Synthetic);
    std::vector<FeatureSource> sources;
    for (const HoldoutColumn &column : input.columns) {
        if (&column == targetColumn)
            continue;
        FeatureSource source{column.isCategorical(), column.labels.size(), {}, {}};
        for (size_t set = 0; set < 3; ++set) {
            source.numeric.push_back(&column.numeric[set]);
            source.codes.push_back(&column.codes[set]);
        }
        sources.push_back(source);
    }

    // Labels per set: a class index (classification) or the value (regression); -1/NaN = no target.
    std::array<std::vector<size_t>, 3> rows;
    std::array<std::vector<float>, 3> labels;
    int classCount = 0;
    if (targetColumn->isCategorical()) {
        std::vector<size_t> seen(size_t(targetColumn->labels.size()), 0);
        for (const auto &codes : targetColumn->codes) {
            for (int32_t code : codes) {
                if (code >= 0)
                    ++seen[size_t(code)];
            }
        }
        QStringList present;
        for (qsizetype code = 0; code < targetColumn->labels.size(); ++code) {
            if (seen[size_t(code)] > 0)
                present << targetColumn->labels[code];
        }
        result.classes = orderedLabels(present);
        classCount = int(result.classes.size());
        if (classCount < 2) {
            result.error = QStringLiteral("The target '%1' holds a single class: a classifier needs at least two.").arg(target);
            return result;
        }
        result.task = classCount == 2 ? UtilityTask::BinaryClassification : UtilityTask::MulticlassClassification;
        if (classCount == 2)
            result.positiveClass = result.classes.last();
        std::vector<int> classOf(size_t(targetColumn->labels.size()), -1);
        for (qsizetype code = 0; code < targetColumn->labels.size(); ++code)
            classOf[size_t(code)] = int(result.classes.indexOf(targetColumn->labels[code]));
        for (size_t set = 0; set < 3; ++set) {
            const auto &codes = targetColumn->codes[set];
            for (size_t row = 0; row < codes.size(); ++row) {
                if (codes[row] >= 0) {
                    rows[set].push_back(row);
                    labels[set].push_back(float(classOf[size_t(codes[row])]));
                }
            }
        }
    } else {
        result.task = UtilityTask::Regression;
        for (size_t set = 0; set < 3; ++set) {
            const auto &values = targetColumn->numeric[set];
            for (size_t row = 0; row < values.size(); ++row) {
                if (!std::isnan(values[row])) {
                    rows[set].push_back(row);
                    labels[set].push_back(float(values[row]));
                }
            }
        }
    }
    result.realTrainRows = rows[kTrain].size();
    result.syntheticTrainRows = rows[kSynthetic].size();
    result.testRows = rows[kHoldout].size();
    auto distinctClasses = [&](size_t set) {
        std::vector<float> copy = labels[set];
        std::sort(copy.begin(), copy.end());
        return size_t(std::unique(copy.begin(), copy.end()) - copy.begin());
    };
    if (result.testRows == 0 || result.realTrainRows == 0 || result.syntheticTrainRows == 0) {
        result.error = QStringLiteral("The target '%1' is missing in every row of the %2.")
                           .arg(target, result.testRows == 0 ? QStringLiteral("holdout")
                                        : result.realTrainRows == 0 ? QStringLiteral("training data") : QStringLiteral("synthetic data"));
        return result;
    }
    if (result.task != UtilityTask::Regression) {
        if (distinctClasses(kHoldout) < 2 || distinctClasses(kTrain) < 2) {
            result.error = QStringLiteral("The %1 holds a single class of '%2': accuracy can be measured, discrimination cannot. "
                                          "Use a larger holdout or another target.")
                               .arg(distinctClasses(kHoldout) < 2 ? QStringLiteral("holdout") : QStringLiteral("training data"), target);
            return result;
        }
        if (distinctClasses(kSynthetic) < 2)
            result.warnings << QStringLiteral("The synthetic data holds a single class of '%1': its model predicts that class for everyone.").arg(target);
    }

    const auto objective = result.task == UtilityTask::Regression            ? XgboostParams::Objective::Regression
                           : result.task == UtilityTask::BinaryClassification ? XgboostParams::Objective::Binary
                                                                              : XgboostParams::Objective::Multiclass;
    const XgboostParams params = paramsFor(options, objective, classCount);
    const FeatureMatrix test = encodeFeatures(sources, kHoldout, rows[kHoldout]);
    std::vector<int> truth(labels[kHoldout].begin(), labels[kHoldout].end());
    auto evaluate = [&](size_t trainSet, PredictionScores *scores) {
        XgboostModel model;
        if (!model.train(encodeFeatures(sources, trainSet, rows[trainSet]), labels[trainSet], params)) {
            result.error = model.errorString();
            return false;
        }
        const auto predicted = model.predict(test);
        if (!predicted) {
            result.error = model.errorString();
            return false;
        }
        if (result.task == UtilityTask::Regression) {
            const std::vector<double> observed(labels[kHoldout].begin(), labels[kHoldout].end());
            const std::vector<double> fitted(predicted->begin(), predicted->end());
            scores->r2 = rSquared(observed, fitted);
            scores->rmse = rootMeanSquaredError(observed, fitted);
        } else {
            *scores = scoreClassification(*predicted, truth, classCount);
        }
        return true;
    };
    if (!evaluate(kSynthetic, &result.trainedOnSynthetic) || !evaluate(kTrain, &result.trainedOnReal)) {
        result.trainedOnSynthetic = result.trainedOnReal = PredictionScores();
        return result;
    }
    return result;
}

DiscriminatorResult discriminatorAuc(const EvaluationInput &input, const UtilityOptions &options)
{
    DiscriminatorResult result;
    result.folds = options.folds;
    std::vector<FeatureSource> sources;
    for (const EvaluationColumn &column : input.columns) {
        const bool categorical = column.kind == MetricKind::Categorical;
        sources.push_back({categorical, column.categorical.labels.size(),
                           {&column.numeric.real, &column.numeric.synthetic},
                           {&column.categorical.real, &column.categorical.synthetic}});
    }
    std::mt19937_64 random(options.seed);
    auto sample = [&](size_t count) {
        std::vector<size_t> order(count);
        std::iota(order.begin(), order.end(), size_t(0));
        std::shuffle(order.begin(), order.end(), random);
        order.resize(std::min(count, options.maxDiscriminatorRowsPerSide));
        return order;   // shuffled: fold = position % folds is a random stratified split
    };
    const std::array<std::vector<size_t>, 2> rows{sample(input.realRows), sample(input.syntheticRows)};
    result.realRows = rows[0].size();
    result.syntheticRows = rows[1].size();
    if (sources.empty() || options.folds < 2 || result.realRows < size_t(options.folds) || result.syntheticRows < size_t(options.folds)) {
        result.error = QStringLiteral("The discriminator needs scored columns and at least %1 real and %1 synthetic rows "
                                      "(one per fold).").arg(std::max(2, options.folds));
        return result;
    }
    const std::array<FeatureMatrix, 2> features{encodeFeatures(sources, 0, rows[0]), encodeFeatures(sources, 1, rows[1])};
    const XgboostParams params = paramsFor(options, XgboostParams::Objective::Binary, 2);
    for (int fold = 0; fold < options.folds; ++fold) {
        FeatureMatrix train, test;
        train.cols = test.cols = features[0].cols;
        std::vector<float> trainLabels;
        std::vector<uint8_t> testIsSynthetic;
        for (size_t side = 0; side < 2; ++side) {
            for (size_t i = 0; i < rows[side].size(); ++i) {
                FeatureMatrix &into = int(i % size_t(options.folds)) == fold ? test : train;
                const auto begin = features[side].values.begin() + std::ptrdiff_t(i * features[side].cols);
                into.values.insert(into.values.end(), begin, begin + std::ptrdiff_t(features[side].cols));
                ++into.rows;
                if (&into == &train)
                    trainLabels.push_back(float(side));
                else
                    testIsSynthetic.push_back(uint8_t(side));
            }
        }
        XgboostModel model;
        if (!model.train(train, trainLabels, params)) {
            result.error = model.errorString();
            return result;
        }
        const auto predicted = model.predict(test);
        if (!predicted) {
            result.error = model.errorString();
            return result;
        }
        result.foldAuc.push_back(rocAuc(std::vector<double>(predicted->begin(), predicted->end()), testIsSynthetic));
    }
    result.auc = std::accumulate(result.foldAuc.begin(), result.foldAuc.end(), 0.0) / double(result.foldAuc.size());
    return result;
}

QJsonObject PredictionScores::toJson() const
{
    return {{QStringLiteral("accuracy"), jsonNumber(accuracy)}, {QStringLiteral("auc"), jsonNumber(auc)},
            {QStringLiteral("f1"), jsonNumber(f1)}, {QStringLiteral("r2"), jsonNumber(r2)},
            {QStringLiteral("rmse"), jsonNumber(rmse)}};
}

QJsonObject TstrResult::toJson() const
{
    QJsonObject json{{QStringLiteral("target"), target},
                     {QStringLiteral("task"), utilityTaskKey(task)},
                     {QStringLiteral("classes"), QJsonArray::fromStringList(classes)},
                     {QStringLiteral("positive_class"), positiveClass},
                     {QStringLiteral("synthetic_train_rows"), qint64(syntheticTrainRows)},
                     {QStringLiteral("real_train_rows"), qint64(realTrainRows)},
                     {QStringLiteral("test_rows"), qint64(testRows)},
                     {QStringLiteral("trained_on_synthetic"), trainedOnSynthetic.toJson()},
                     {QStringLiteral("trained_on_real"), trainedOnReal.toJson()},
                     {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

QJsonObject DiscriminatorResult::toJson() const
{
    QJsonArray perFold;
    for (double value : foldAuc)
        perFold.append(jsonNumber(value));
    QJsonObject json{{QStringLiteral("auc"), jsonNumber(auc)},
                     {QStringLiteral("fold_auc"), perFold},
                     {QStringLiteral("real_rows"), qint64(realRows)},
                     {QStringLiteral("synthetic_rows"), qint64(syntheticRows)},
                     {QStringLiteral("folds"), folds}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

} // namespace synthreg::core
