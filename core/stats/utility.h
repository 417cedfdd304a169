#pragma once

#include "evaluationinput.h"
#include "holdoutinput.h"

#include <QJsonObject>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <vector>

namespace synthreg::core {

/** Settings shared by the XGBoost-based utility metrics. Fixed seed: same numbers every run. */
struct UtilityOptions
{
    int rounds = 100;              ///< boosting rounds
    int maxDepth = 6;
    double learningRate = 0.3;
    int threads = 2;
    uint64_t seed = 42;
    int folds = 5;                             ///< discriminator cross-validation
    size_t maxDiscriminatorRowsPerSide = 20000;///< larger tables are subsampled (seeded) per side
};

/** What the target column makes of the prediction task. */
enum class UtilityTask { BinaryClassification, MulticlassClassification, Regression };

/** Scores of one model on the real holdout; NaN where a score does not apply to the task. */
struct PredictionScores
{
    double accuracy = NAN;
    double auc = NAN;    ///< binary: ROC AUC of the positive class; multiclass: macro one-vs-rest
    double f1 = NAN;     ///< binary: F1 of the positive class; multiclass: macro F1
    double r2 = NAN;
    double rmse = NAN;

    QJsonObject toJson() const;
};

/**
 * Train on synthetic, test on real (TSTR) for one target column, beside the train-on-real
 * baseline: both models are XGBoost with the same settings, both are tested on the same real
 * holdout. Features are all other scored columns: numbers as they are (missing = NaN, which
 * XGBoost routes itself); categories one-hot with a missing category's indicators NaN, or as
 * integer codes when a column has more than 32 labels.
 */
struct TstrResult
{
    QString target;
    UtilityTask task = UtilityTask::BinaryClassification;
    QStringList classes;        ///< classification: the classes in the order orderedLabels() gives
    QString positiveClass;      ///< binary: the last of the two classes in that order
    size_t syntheticTrainRows = 0;
    size_t realTrainRows = 0;
    size_t testRows = 0;        ///< holdout rows with a target value
    PredictionScores trainedOnSynthetic;
    PredictionScores trainedOnReal;
    QStringList warnings;
    QString error;              ///< when set, the scores are NaN

    bool ok() const { return error.isEmpty(); }
    QJsonObject toJson() const;
};

/**
 * Runs TSTR for `target`. Rows whose target is missing are left out of every set. Never
 * throws: a target that is not a scored column, that holds one class in the real data or in
 * the holdout, or an XGBoost failure, becomes `error`.
 */
TstrResult trainSyntheticTestReal(const HoldoutInput &input, const QString &target, const UtilityOptions &options = {});

/**
 * Real-vs-synthetic discriminator: XGBoost told real rows (label 0) from synthetic rows
 * (label 1) on all scored columns; the mean ROC AUC over stratified, seeded k-fold
 * cross-validation. 0.5: indistinguishable; 1.0: every synthetic row is recognisable.
 */
struct DiscriminatorResult
{
    double auc = NAN;               ///< mean over folds
    std::vector<double> foldAuc;
    size_t realRows = 0;            ///< rows used (after subsampling)
    size_t syntheticRows = 0;
    int folds = 0;
    QString error;

    bool ok() const { return error.isEmpty(); }
    QJsonObject toJson() const;
};

/** Never throws: too few rows for the folds or an XGBoost failure becomes `error`. */
DiscriminatorResult discriminatorAuc(const EvaluationInput &input, const UtilityOptions &options = {});

/**
 * Labels in the order that decides reference levels and positive classes: numeric order when
 * every label reads as a number ("0" < "1" < "2"), otherwise by Unicode code point
 * ("alive" < "dead", "no" < "yes", "f" < "m").
 */
QStringList orderedLabels(const QStringList &labels);

QString utilityTaskKey(UtilityTask task);   ///< "binary", "multiclass", "regression"

} // namespace synthreg::core
