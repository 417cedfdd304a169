#pragma once

// The fitted parameters of a TableEncoder: per encoded column its kind and what encode() and
// decode() need. Private to core/encoding; encoderserialization.cpp writes every field.

#include "tableencoder.h"

#include "core/data/column.h"
#include "core/data/columnspec.h"

#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace synthreg::core {

/** One kept component of a continuous column's Gaussian mixture (in the transformed space). */
struct MixtureComponent
{
    double mean = 0;
    double stddev = 1;
    double logScale = 0;   ///< log weight + normalising terms: log p(k, t) = logScale - (t - mean)² / (2 stddev²)
    double weight = 0;     ///< the mixture weight, for reports only
};

/** A continuous column (numbers, or timestamps as days after an anchor). */
struct ContinuousState
{
    double anchorSeconds = 0;   ///< Timestamp storage: value = (seconds - anchor) / 86400 days
    bool logTransform = false;  ///< t = log(x - logShift + 1)
    double logShift = 0;

    // Mode-specific modes, in this order: Gaussian components, point masses, "missing".
    std::vector<MixtureComponent> components;
    std::vector<double> pointMasses;   ///< exact values (untransformed), ascending
    bool missingMode = false;

    // Standardized: z = (t - center) / scale, plus an [observed, missing] flag span.
    double center = 0;
    double scale = 1;
    bool missingFlag = false;

    double lower = 0;              ///< decode clamps to [lower, upper] (schema bounds, else observed)
    double upper = 0;
    int decimals = -1;             ///< round decoded values to this many decimals; -1 = leave them
    double smallestPositive = 0;   ///< SurvivalTime: decoded values are at least this (> 0)
    double fillValue = std::numeric_limits<double>::quiet_NaN();   ///< median: Impute, and missing cells that have no mode
    bool allMissing = false;

    int modeCount() const { return int(components.size() + pointMasses.size()) + (missingMode ? 1 : 0); }
};

/** A discrete column: one Category span over the kept levels, then "other", then "missing". */
struct DiscreteState
{
    QStringList labels;            ///< kept levels as the source wrote them
    std::vector<double> keys;      ///< Numeric/Timestamp storage: each kept level's value (seconds for timestamps)
    QStringList otherLabels;       ///< levels grouped into "other" (empty: no "other" level)
    std::vector<double> otherKeys;
    std::vector<double> otherCumulative;   ///< cumulative row counts of the grouped levels, for sampling
    bool missingLevel = false;
    int fillLevel = 0;             ///< most frequent kept level: Impute, unseen values, missing cells without a level
    bool allMissing = false;

    bool hasOther() const { return !otherLabels.isEmpty(); }
    int width() const { return int(labels.size()) + (hasOther() ? 1 : 0) + (missingLevel ? 1 : 0); }
    int otherLevel() const { return int(labels.size()); }
    int missingLevelIndex() const { return int(labels.size()) + (hasOther() ? 1 : 0); }
};

/** One modelled column: where it came from and its fitted codec. */
struct EncodedColumnState
{
    QString name;
    ColumnRole role = ColumnRole::Continuous;
    MissingPolicy missing = MissingPolicy::Keep;
    StorageKind storage = StorageKind::Numeric;
    TimestampPrecision precision = TimestampPrecision::Date;
    QString sourceFormat;
    QStringList sourceLabels;   ///< Categorical storage: the source's label list, in its order
    bool isContinuous = true;
    ContinuousState continuous;
    DiscreteState discrete;
};

/** A column of decode()'s output: an encoded column, or fresh synthetic identifiers. */
struct OutputColumnState
{
    QString name;
    int encoded = -1;   ///< index into State::columns; -1 = PatientId
};

struct TableEncoder::State
{
    EncoderOptions options;
    std::vector<EncodedColumnState> columns;
    std::vector<OutputColumnState> outputs;
    Layout layout;                 ///< derived from columns by buildLayout()
    std::vector<int> firstSpan;    ///< per encoded column, its first span in layout
};

/** Fills `state.layout` and `state.firstSpan` from the columns and the continuous encoding. */
void buildLayout(TableEncoder::State &state);

} // namespace synthreg::core
