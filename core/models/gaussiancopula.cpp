#include "generatorfamilies.h"

// PLACEHOLDER until the family lands (same session); replaced by the real implementation.
namespace synthreg::core {
GeneratorInfo gaussianCopulaInfo() { return {"copula", "GaussianCopula", "not built yet", {}}; }
std::unique_ptr<Generator> makeGaussianCopula(const Hyperparameters &) { throw GeneratorError("gaussiancopula is not built yet"); }
std::unique_ptr<Generator> loadGaussianCopula(ModelReader &) { throw GeneratorError("gaussiancopula is not built yet"); }
} // namespace synthreg::core
