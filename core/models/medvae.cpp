#include "generatorfamilies.h"

// PLACEHOLDER until the family lands (same session); replaced by the real implementation.
namespace synthreg::core {
GeneratorInfo medVaeInfo() { return {"medvae", "MedVae", "not built yet", {}}; }
std::unique_ptr<Generator> makeMedVae(const Hyperparameters &) { throw GeneratorError("medvae is not built yet"); }
std::unique_ptr<Generator> loadMedVae(ModelReader &) { throw GeneratorError("medvae is not built yet"); }
} // namespace synthreg::core
