#include "generatorfamilies.h"

// PLACEHOLDER until the family lands (same session); replaced by the real implementation.
namespace synthreg::core {
GeneratorInfo ctabGanInfo() { return {"ctabgan", "CtabGan", "not built yet", {}}; }
std::unique_ptr<Generator> makeCtabGan(const Hyperparameters &) { throw GeneratorError("ctabgan is not built yet"); }
std::unique_ptr<Generator> loadCtabGan(ModelReader &) { throw GeneratorError("ctabgan is not built yet"); }
} // namespace synthreg::core
