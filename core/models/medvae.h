#pragma once

// Private to core/models and its tests: a torch-free diagnostic of the Med-VAE family (medvae.cpp).

#include "encodedmatrix.h"
#include "hyperparameters.h"
#include "medvaesettings.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace synthreg::core {

/**
 * Norm of each trainable parameter's gradient (by its checkpoint name) after one loss
 * evaluation on `data` (at least 2 rows) with an untrained Med-VAE at the full KL weight:
 * a diagnostic that every part of the network learns. Throws GeneratorError like fit().
 */
std::vector<std::pair<std::string, double>> medVaeGradientNorms(const EncodedMatrix &data,
                                                                const Hyperparameters &values, uint64_t seed);

} // namespace synthreg::core
