#pragma once

#include "hyperparameters.h"

#include <vector>

namespace synthreg::core {

/** `quality_checks` and `patience`: listed by every neural family after its own settings. */
std::vector<HyperparameterSpec> qualityCheckSpecs();

struct QualityCheckSettings
{
    int checks = 10;    ///< evenly spaced over training; 0 = keep the last epoch
    int patience = 0;   ///< checks in a row without a better score before stopping; 0 = never stop early

    /** Reads both values; a model saved before they existed gets these defaults. */
    static QualityCheckSettings from(const Hyperparameters &values);
};

} // namespace synthreg::core
