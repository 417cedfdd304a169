#pragma once

// Private to core/models and its tests: Med-VAE's settings and KL schedule (torch-free).

#include "hyperparameters.h"

#include <vector>

namespace synthreg::core {

/** Med-VAE's hyperparameters, read from resolved values (see medVaeSpecs()). */
struct MedVaeSettings
{
    int epochs = 300;
    int batchSize = 500;
    int latentDim = 32;   // registries of 10-60 columns use far fewer; unused dimensions collapse to the prior
    // TVAE's width. 256 scored the same on adult (2 seeds) and pbc (3 seeds) and trained 1.65×
    // slower: docs/benchmarks.md, "Med-VAE's default width".
    int hiddenDim = 128;
    double learningRate = 1e-3;
    double beta = 1.0;
    // Half the training at full beta lets the aggregate posterior settle onto N(0, I), which
    // unconditioned sampling draws from (the paper's ramp over all epochs ends as training does).
    double annealFraction = 0.5;
    double continuousWeight = 1.0;
    double categoricalWeight = 1.0;
    double weightDecay = 1e-5;
    // Unconditioned rows start from a Gaussian mixture fitted to the aggregate posterior (each
    // component summarising at least kPriorMinimumRows training rows) instead of N(0, I): the
    // prior's holes and overlaps otherwise shift the share of whole row types (pbc's lab block).
    int priorComponents = 5;

    /** Reads every setting from `values`; a missing name keeps its default. */
    static MedVaeSettings from(const Hyperparameters &values);
};

/**
 * The KL weight of 1-based `epoch` of `epochs`: linear from 0 at epoch 1 to `beta` at the
 * last epoch of the first `annealFraction` of training, then `beta` (Med-VAE's "linear 0 → 1
 * over training" at annealFraction 1). A ramp of one epoch or less means `beta` throughout.
 */
double klWeight(int epoch, int epochs, double annealFraction, double beta);

/** The specs behind medVaeInfo(): names, ranges, defaults and one line of help each. */
std::vector<HyperparameterSpec> medVaeSpecs();

} // namespace synthreg::core
