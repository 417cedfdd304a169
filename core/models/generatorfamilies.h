#pragma once

// Private to core/models: what each family's .cpp provides to the registry
// (generatorregistry.cpp). Adding a family = one .cpp with these three functions + one line there.

#include "generator.h"
#include "modelarchive.h"

#include <memory>

namespace synthreg::core {

GeneratorInfo gaussianCopulaInfo();
std::unique_ptr<Generator> makeGaussianCopula(const Hyperparameters &values);
std::unique_ptr<Generator> loadGaussianCopula(ModelReader &reader);

GeneratorInfo ctabGanInfo();
std::unique_ptr<Generator> makeCtabGan(const Hyperparameters &values);
std::unique_ptr<Generator> loadCtabGan(ModelReader &reader);

GeneratorInfo medVaeInfo();
std::unique_ptr<Generator> makeMedVae(const Hyperparameters &values);
std::unique_ptr<Generator> loadMedVae(ModelReader &reader);

} // namespace synthreg::core
