#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace synthreg::core {

/** Dense features for XGBoost: row-major float values, NaN = missing. */
struct FeatureMatrix
{
    size_t rows = 0;
    size_t cols = 0;
    std::vector<float> values;
};

/** What an XgboostModel learns; the defaults are XGBoost's own (as its scikit-learn wrapper). */
struct XgboostParams
{
    enum class Objective { Binary, Multiclass, Regression };
    Objective objective = Objective::Binary;
    int classCount = 2;         ///< Multiclass only
    int rounds = 100;           ///< boosting rounds (n_estimators)
    int maxDepth = 6;
    double learningRate = 0.3;
    int threads = 2;
    uint64_t seed = 42;
};

/**
 * A gradient-boosted tree model through XGBoost's C API (hist trees, deterministic for a
 * given seed and thread count). Owns its booster; movable, not copyable; one thread at a
 * time. Failures never throw: train() and predict() report them through errorString().
 */
class XgboostModel
{
public:
    XgboostModel() = default;
    ~XgboostModel();
    XgboostModel(XgboostModel &&other) noexcept;
    XgboostModel &operator=(XgboostModel &&other) noexcept;
    XgboostModel(const XgboostModel &) = delete;
    XgboostModel &operator=(const XgboostModel &) = delete;

    /**
     * Trains on `features` with one label per row: 0/1 (Binary), 0..classCount-1
     * (Multiclass) or the value (Regression). Returns false and sets errorString() when
     * XGBoost refuses (the message is XGBoost's own).
     */
    bool train(const FeatureMatrix &features, const std::vector<float> &labels, const XgboostParams &params);

    /**
     * Predictions for every row: P(label 1) (Binary), rows x classCount probabilities,
     * row-major (Multiclass), or values (Regression). nullopt and errorString() on failure
     * or before train().
     */
    std::optional<std::vector<float>> predict(const FeatureMatrix &features);

    const QString &errorString() const { return m_error; }

private:
    void release();

    void *m_booster = nullptr;   // BoosterHandle; the C API's header stays out of ours
    QString m_error;
};

} // namespace synthreg::core
