#include "columnspec.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace synthreg::core {

namespace {
// JSON keys are part of the project and schema file formats: never rename one.
constexpr std::array<std::pair<ColumnRole, const char *>, 12> kRoleKeys{{
    {ColumnRole::Continuous, "continuous"},
    {ColumnRole::Integer, "integer"},
    {ColumnRole::Categorical, "categorical"},
    {ColumnRole::Ordinal, "ordinal"},
    {ColumnRole::Binary, "binary"},
    {ColumnRole::Date, "date"},
    {ColumnRole::DateTime, "datetime"},
    {ColumnRole::SurvivalTime, "survival_time"},
    {ColumnRole::EventIndicator, "event_indicator"},
    {ColumnRole::PatientId, "patient_id"},
    {ColumnRole::VisitTime, "visit_time"},
    {ColumnRole::Excluded, "excluded"},
}};

constexpr std::array<std::pair<MissingPolicy, const char *>, 3> kPolicyKeys{{
    {MissingPolicy::Keep, "keep"},
    {MissingPolicy::Impute, "impute"},
    {MissingPolicy::DropRows, "drop_rows"},
}};

template <typename Enum, size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[entry, key] : table) {
        if (entry == value)
            return QLatin1String(key);
    }
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &key)
{
    for (const auto &[entry, name] : table) {
        if (key == QLatin1String(name))
            return entry;
    }
    return std::nullopt;
}
} // namespace

QString roleKey(ColumnRole role) { return keyOf(kRoleKeys, role); }
std::optional<ColumnRole> roleFromKey(const QString &key) { return valueOf(kRoleKeys, key); }
QString missingPolicyKey(MissingPolicy policy) { return keyOf(kPolicyKeys, policy); }
std::optional<MissingPolicy> missingPolicyFromKey(const QString &key) { return valueOf(kPolicyKeys, key); }

QString roleDisplayName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Continuous: return QCoreApplication::translate("ColumnRole", "Continuous");
    case ColumnRole::Integer: return QCoreApplication::translate("ColumnRole", "Integer / count");
    case ColumnRole::Categorical: return QCoreApplication::translate("ColumnRole", "Categorical");
    case ColumnRole::Ordinal: return QCoreApplication::translate("ColumnRole", "Ordinal");
    case ColumnRole::Binary: return QCoreApplication::translate("ColumnRole", "Binary");
    case ColumnRole::Date: return QCoreApplication::translate("ColumnRole", "Date");
    case ColumnRole::DateTime: return QCoreApplication::translate("ColumnRole", "Date and time");
    case ColumnRole::SurvivalTime: return QCoreApplication::translate("ColumnRole", "Survival time");
    case ColumnRole::EventIndicator: return QCoreApplication::translate("ColumnRole", "Event indicator");
    case ColumnRole::PatientId: return QCoreApplication::translate("ColumnRole", "Patient ID");
    case ColumnRole::VisitTime: return QCoreApplication::translate("ColumnRole", "Visit time");
    case ColumnRole::Excluded: return QCoreApplication::translate("ColumnRole", "Excluded");
    }
    return {};
}

QString missingPolicyDisplayName(MissingPolicy policy)
{
    switch (policy) {
    case MissingPolicy::Keep: return QCoreApplication::translate("MissingPolicy", "Keep and synthesize");
    case MissingPolicy::Impute: return QCoreApplication::translate("MissingPolicy", "Impute (median / mode)");
    case MissingPolicy::DropRows: return QCoreApplication::translate("MissingPolicy", "Drop rows");
    }
    return {};
}

bool isModelledRole(ColumnRole role)
{
    return role != ColumnRole::PatientId && role != ColumnRole::Excluded;
}

} // namespace synthreg::core
