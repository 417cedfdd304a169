#pragma once

#include "core/data/schema.h"
#include "core/data/table.h"

#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace synthreg::core {

/** How a metric must treat a column, from its schema role (SDMetrics' sdtype, in effect). */
enum class MetricKind {
    Numerical,     ///< continuous, integer, survival time, visit time: KS, Pearson
    Datetime,      ///< dates: numerical metrics on days since 1970
    Categorical,   ///< categorical, ordinal, binary, event indicator: TVD, contingency
    Skipped,       ///< patient id, excluded: never scored
};

MetricKind metricKindFor(ColumnRole role);

/** A numerical column of both tables as doubles; NaN = missing. Dates are days since 1970. */
struct NumericPair
{
    std::vector<double> real;
    std::vector<double> synthetic;
};

/**
 * A categorical column of both tables on one shared label list: the same label has the
 * same code in both, whatever order each import met them in. -1 = missing. Numeric storage
 * (codes such as stage 1-4) becomes labels through formatNumber.
 */
struct CategoricalPair
{
    QStringList labels;
    std::vector<int32_t> real;
    std::vector<int32_t> synthetic;

    /** The labels the real table holds at least once, in label order. */
    QStringList realLevels() const;
};

/** One scored column: its name, kind and values of both tables in the matching form. */
struct EvaluationColumn
{
    QString name;
    ColumnRole role = ColumnRole::Continuous;
    MetricKind kind = MetricKind::Numerical;
    NumericPair numeric;            ///< filled for Numerical and Datetime
    CategoricalPair categorical;    ///< filled for Categorical
};

/**
 * The real and synthetic tables lined up for evaluation: the schema's scored columns, in
 * schema order. Built once; every metric reads it.
 */
struct EvaluationInput
{
    std::vector<EvaluationColumn> columns;
    size_t realRows = 0;
    size_t syntheticRows = 0;

    /**
     * Lines up `real` and `synthetic` under `schema`. Returns nullopt and sets `error` when
     * the tables' columns differ (the message names the missing and extra columns), when the
     * synthetic table is empty, or when a column's storage cannot serve its role.
     */
    static std::optional<EvaluationInput> build(const Table &real, const Table &synthetic, const Schema &schema,
                                                QString *error);

    const EvaluationColumn *find(const QString &name) const;
};

NumericPair alignNumeric(const Column &real, const Column &synthetic);
CategoricalPair alignCategorical(const Column &real, const Column &synthetic);

} // namespace synthreg::core
