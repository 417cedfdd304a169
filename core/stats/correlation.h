#pragma once

#include "core/stats/evaluationinput.h"
#include "core/stats/hypothesistests.h"

#include <QJsonObject>
#include <QStringList>

#include <span>
#include <vector>

namespace synthreg::core {

/** Which coefficient fills one cell of an association matrix. */
enum class AssociationKind {
    Pearson,           ///< numerical (or date) with numerical
    Spearman,          ///< numerical with numerical, on ranks
    CramersV,          ///< categorical with categorical, without bias correction
    CorrelationRatio,  ///< categorical with numerical (eta)
    Identity,          ///< the diagonal
};

QString associationKindKey(AssociationKind kind);

/**
 * A square matrix over named columns, row-major. A cell is NaN where the coefficient is undefined
 * (fewer than two complete rows, a constant column, a single category).
 */
struct AssociationMatrix
{
    QStringList columns;
    std::vector<double> values;
    std::vector<AssociationKind> kinds;

    double at(int row, int column) const { return values[size_t(row) * size_t(columns.size()) + size_t(column)]; }
    QJsonObject toJson() const;
};

/** The real, synthetic and difference (synthetic - real) matrices for one numeric coefficient. */
struct CorrelationMatrices
{
    AssociationMatrix real;
    AssociationMatrix synthetic;
    AssociationMatrix difference;
    QJsonObject toJson() const;
};

/** Pearson- and Spearman-based matrices; categorical cells are the same in both. */
struct CorrelationReport
{
    CorrelationMatrices pearson;
    CorrelationMatrices spearman;
    QJsonObject toJson() const;
};

/**
 * Association matrices over every scored column of `input`, each cell on the rows where both
 * columns are present (pairwise complete). Dates count as numerical (days since 1970).
 */
CorrelationReport computeCorrelations(const EvaluationInput &input);

/**
 * Cramer's V = sqrt(chi2 / (n (min(r, c) - 1))) with the uncorrected chi-square, as
 * scipy.stats.contingency.association(method='cramer') (correction=False) and SDMetrics' real
 * association. NaN for fewer than two rows or columns, or an empty row or column.
 */
double cramersV(const ContingencyTable &table);

/**
 * The cross table of two coded columns over the rows where both codes are present (>= 0), with
 * only the categories that occur.
 */
ContingencyTable crossTable(std::span<const int32_t> a, std::span<const int32_t> b);

/**
 * Correlation ratio eta = sqrt(sum_k n_k (mean_k - mean)^2 / sum_i (y_i - mean)^2) on the rows where
 * both the category (>= 0) and the value (not NaN) are present; NaN when the values are constant.
 */
double correlationRatio(std::span<const int32_t> categories, std::span<const double> values);

/** The pairs of `x` and `y` where neither is NaN. */
void pairwiseComplete(std::span<const double> x, std::span<const double> y, std::vector<double> *xOut,
                      std::vector<double> *yOut);

} // namespace synthreg::core
