#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace synthreg::core {

/** What a column means to the generators and the evaluation. */
enum class ColumnRole {
    Continuous,
    Integer,         ///< integer or count
    Categorical,
    Ordinal,         ///< categorical with ordered levels (ColumnSpec::levels)
    Binary,
    Date,
    DateTime,
    SurvivalTime,
    EventIndicator,  ///< ColumnSpec::eventCoding says which codes mean what
    PatientId,
    VisitTime,
    Excluded,        ///< direct identifier, free text or unusable: never modelled, never released
};

/** What happens to missing values of a column. */
enum class MissingPolicy {
    Keep,      ///< synthesize the missingness (rate and dependence on other columns)
    Impute,    ///< median (numeric) or mode (categorical) before training
    DropRows,  ///< rows missing this column are left out of training
};

/** Codes of an event indicator column, written as the values appear in the data ("0", "2", "dead"). */
struct EventCoding
{
    QStringList censored;
    QStringList event;
    QStringList competing;

    bool isEmpty() const { return censored.isEmpty() && event.isEmpty() && competing.isEmpty(); }
    bool operator==(const EventCoding &) const = default;
};

/** The user's decisions about one column, plus the reason the inference gave for its proposal. */
struct ColumnSpec
{
    QString name;
    ColumnRole role = ColumnRole::Continuous;
    MissingPolicy missing = MissingPolicy::Keep;
    std::optional<double> lowerBound;
    std::optional<double> upperBound;
    std::optional<int> decimals;   ///< round decoded values to this many decimals
    QStringList levels;            ///< ordinal order, lowest first (also the known categories)
    EventCoding eventCoding;       ///< only for EventIndicator
    QString dateFormat;            ///< how dates were written in the source, e.g. "dd.MM.yyyy"
    QString reason;                ///< one line: why this role was proposed
    QStringList warnings;          ///< e.g. "looks like a direct identifier (e-mail addresses)"

    bool operator==(const ColumnSpec &) const = default;
};

QString roleKey(ColumnRole role);                 ///< stable JSON key, e.g. "survival_time"
std::optional<ColumnRole> roleFromKey(const QString &key);
QString roleDisplayName(ColumnRole role);          ///< translated, for the UI
QString missingPolicyKey(MissingPolicy policy);   ///< "keep", "impute", "drop_rows"
std::optional<MissingPolicy> missingPolicyFromKey(const QString &key);
QString missingPolicyDisplayName(MissingPolicy policy);

/** Roles whose values a generator models (everything but ids and excluded columns). */
bool isModelledRole(ColumnRole role);

} // namespace synthreg::core
