#pragma once

#include "core/data/schema.h"
#include "core/data/table.h"
#include "core/models/encodedmatrix.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace synthreg::core {

/** How continuous columns are represented. */
enum class ContinuousEncoding {
    ModeSpecific,   ///< CTGAN/CTAB-GAN+: variational Gaussian mixture; Scalar alpha in [-1, 1] + Mode one-hot
    Standardized,   ///< one Scalar (z-score after the optional log) + a 2-wide missing Category when needed (copula)
};

struct EncoderOptions
{
    ContinuousEncoding continuous = ContinuousEncoding::ModeSpecific;
    int maxModes = 10;                 ///< Gaussian mixture components per continuous column
    double modeWeightThreshold = 0.005; ///< components below this weight are dropped (CTGAN)
    int64_t mixtureSampleRows = 20000;  ///< the mixture is fitted on a seeded subsample of this many rows
    double pointMassShare = 0.05;       ///< a single value holding ≥ this share becomes its own mode (CTAB-GAN+ mixed type)
    bool logTransformLongTails = true;  ///< log(x - min + 1) for positive, strongly right-skewed columns
    int maxCategoryLevels = 200;        ///< above this, rare levels are grouped into one "other" level
    uint64_t seed = 0;
};

/**
 * A fitted, invertible map between a Table under a Schema and an EncodedMatrix.
 *
 * Modelled columns (isModelledRole) are encoded in schema order; PatientId columns come back
 * from decode() as fresh synthetic identifiers ("SYN-000001"), Excluded columns are dropped.
 * Missing values follow each column's MissingPolicy: Keep adds a "missing" mode or level so
 * the decoded data reproduces the missing rate and its dependence on other columns; Impute
 * fills the median or the most frequent level; DropRows leaves such rows out of encode().
 * decode() rounds to the column's decimals (or to integers when every real value was one),
 * clamps to the schema's bounds or else the observed range, keeps survival times > 0, and
 * writes the source's category labels, date precision and column names. Without schema
 * decimals, values are rounded to the fewest decimals (up to 10) that every observed value
 * has (SDV's learned rounding: integers stay integers).
 *
 * Thread-safe for concurrent const calls. Value type (shared immutable state).
 */
class TableEncoder
{
public:
    /**
     * Fits on `table` (the training rows). Returns nullopt and sets `error` to one sentence
     * with the fix when nothing can be modelled (no modelled columns, no rows, a schema that
     * does not fit the table). `warnings` receives notes the user should see (levels grouped,
     * constant or all-missing columns), one sentence each.
     */
    static std::optional<TableEncoder> fit(const Table &table, const Schema &schema, const EncoderOptions &options,
                                           QString *error, QStringList *warnings = nullptr);

    const Layout &layout() const;
    const EncoderOptions &options() const;
    /** Index of the encoded column `name` (Span::column), or -1 when it is not modelled. */
    int encodedColumn(const QString &name) const;

    /**
     * The rows of `table` (same columns as at fit) as a matrix. Mode assignment is sampled:
     * deterministic in `seed`. Rows missing a value in a DropRows column are left out, so the
     * matrix can have fewer rows than `table`. Values unseen at fit (a holdout table) become the
     * "other" level or else the most frequent one. Throws GeneratorError when a fitted column
     * is not in `table`.
     */
    EncodedMatrix encode(const Table &table, uint64_t seed) const;

    /**
     * Rows of `matrix` as a table with the source's columns, names and labels. Argmax over Mode
     * and Category spans. `firstRowNumber` numbers synthetic identifiers across chunks; `seed`
     * drives the only randomness (which rare level an "other" becomes). Throws GeneratorError
     * when the matrix's width does not match layout().
     */
    Table decode(const EncodedMatrix &matrix, uint64_t seed, int64_t firstRowNumber = 0) const;

    /**
     * Parses conditions such as "sex=f" or "stage=4" into encoded conditions. Returns nullopt
     * and sets `error` naming the column and the allowed levels when a column is unknown, not
     * categorical, or has no such level.
     */
    std::optional<Conditions> parseConditions(const QStringList &texts, QString *error) const;

    QByteArray save() const;
    static std::optional<TableEncoder> load(const QByteArray &bytes, QString *error);

    struct State;   // defined in encoderstate.h
    explicit TableEncoder(std::shared_ptr<const State> state);

private:
    std::shared_ptr<const State> m_state;
};

} // namespace synthreg::core
