#include "qualitychecksettings.h"

namespace synthreg::core {

namespace {

int readSetting(const Hyperparameters &values, const char *name, int fallback)
{
    const auto found = values.find(name);
    return found == values.end() ? fallback : int(found->second);
}

} // namespace

std::vector<HyperparameterSpec> qualityCheckSpecs()
{
    const QualityCheckSettings defaults;
    return {
        {"quality_checks", HyperparameterSpec::Type::Integer, 0, 100, double(defaults.checks), {},
         "Times training scores a sample against the real rows (the quality score) and keeps the best "
         "weights so far; training ends with the best. 0 = keep the last epoch.",
         /*logScale=*/false},
        {"patience", HyperparameterSpec::Type::Integer, 0, 100, double(defaults.patience), {},
         "Stop after this many quality checks in a row without a better score (0 = train every epoch).",
         /*logScale=*/false},
    };
}

QualityCheckSettings QualityCheckSettings::from(const Hyperparameters &values)
{
    const QualityCheckSettings defaults;
    return {readSetting(values, "quality_checks", defaults.checks), readSetting(values, "patience", defaults.patience)};
}

} // namespace synthreg::core
