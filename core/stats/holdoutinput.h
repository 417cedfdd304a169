#pragma once

#include "evaluationinput.h"

#include <array>
#include <optional>

namespace synthreg::core {

/** The three record sets of a holdout-based evaluation. */
enum class RecordSet {
    Train = 0,     ///< the real rows the generator saw
    Holdout = 1,   ///< real rows it never saw
    Synthetic = 2,
};

/**
 * One scored column of the three sets: numeric values (NaN = missing, dates as days since
 * 1970) or categorical codes on one label list shared by all three sets (-1 = missing).
 */
struct HoldoutColumn
{
    QString name;
    ColumnRole role = ColumnRole::Continuous;
    MetricKind kind = MetricKind::Numerical;
    QStringList labels;                              ///< Categorical only: train's labels first
    std::array<std::vector<double>, 3> numeric;      ///< indexed by RecordSet; Numerical and Datetime
    std::array<std::vector<int32_t>, 3> codes;       ///< indexed by RecordSet; Categorical

    bool isCategorical() const { return kind == MetricKind::Categorical; }
    const std::vector<double> &values(RecordSet set) const { return numeric[size_t(set)]; }
    const std::vector<int32_t> &codesOf(RecordSet set) const { return codes[size_t(set)]; }
};

/**
 * Train, holdout and synthetic tables lined up column by column (the schema's scored
 * columns, in schema order), for metrics that need to know which real rows the generator
 * saw: privacy (DCR against a holdout, membership inference) and train-on-synthetic,
 * test-on-real utility.
 */
struct HoldoutInput
{
    std::vector<HoldoutColumn> columns;
    std::array<size_t, 3> rows{};   ///< indexed by RecordSet

    size_t rowCount(RecordSet set) const { return rows[size_t(set)]; }
    const HoldoutColumn *find(const QString &name) const;

    /**
     * Lines up the three tables under `schema`. Returns nullopt and sets `error` when the
     * holdout's or the synthetic table's columns differ from the training table's (the
     * message names the table and the columns), when one of them has no rows, or when a
     * column's storage cannot serve its role.
     */
    static std::optional<HoldoutInput> build(const Table &train, const Table &holdout, const Table &synthetic,
                                             const Schema &schema, QString *error);

    /**
     * Merges two inputs built with the same training table: `trainVsSynthetic` from
     * EvaluationInput::build(train, synthetic, …) and `trainVsHoldout` from
     * EvaluationInput::build(train, holdout, …). Category codes are remapped onto one list.
     * Returns nullopt and sets `error` when the two do not share their training columns.
     */
    static std::optional<HoldoutInput> fromEvaluationInputs(const EvaluationInput &trainVsSynthetic,
                                                            const EvaluationInput &trainVsHoldout, QString *error);
};

} // namespace synthreg::core
