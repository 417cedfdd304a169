#pragma once

// Private to core/models: the torch helpers the neural generators share. Including this
// header costs a full <torch/torch.h> parse; only core/models .cpp files may include it.

#include "encodedmatrix.h"
#include "generator.h"

#include <torch/torch.h>

#include <chrono>
#include <string>

namespace synthreg::core::torchsupport {

/** "cpu" or "cuda"; throws GeneratorError when CUDA is asked for but absent. */
torch::Device selectDevice(const std::string &key);

/**
 * Optimizer steps an epoch takes at least: a table smaller than this many batches is split into
 * smaller batches. Otherwise 300 epochs over pbc's 418 rows at batch 500 are 300 steps, far
 * from converged, and the defaults would fail exactly the small registries they are for.
 */
constexpr int64_t kMinStepsPerEpoch = 10;

/** Tunes the allocator (allocatortuning.h), seeds torch's global generators and sets the CPU thread count (0 = all cores). */
void prepareRun(uint64_t seed, int threads);

torch::Tensor toTensor(const EncodedMatrix &matrix, const torch::Device &device);
/** Copies a (rows × width) tensor to the CPU as an EncodedMatrix with `layout`. */
EncodedMatrix toMatrix(const torch::Tensor &tensor, const Layout &layout);

/** Replaces every Mode and Category span by the one-hot of its argmax; Scalar spans pass through. */
torch::Tensor hardenSpans(const torch::Tensor &activated, const Layout &layout);

/** Serialized module state (torch archive) as bytes, and back. */
std::string moduleBytes(torch::nn::Module &module);
void loadModuleBytes(torch::nn::Module &module, const std::string &bytes, const torch::Device &device);

/** Throws GeneratorError("The <what> loss became NaN at epoch N…") when `value` is not finite. */
void requireFiniteLoss(double value, const char *what, int epoch);

/** Rows/s and ETA for EpochReport. */
class EpochClock
{
public:
    EpochClock();
    /** Fills elapsed, rows/s and ETA of `report` after `rowsSoFar` rows over `report.epoch` epochs. */
    void stamp(EpochReport &report, int64_t rowsSoFar) const;

private:
    std::chrono::steady_clock::time_point m_start;
};

/** Runs `body`, turning c10::Error and std::exception (other than GeneratorError) into GeneratorError. */
template<typename Body>
auto translateErrors(Body &&body) -> decltype(body())
{
    try {
        return body();
    } catch (const GeneratorError &) {
        throw;
    } catch (const c10::Error &error) {
        throw GeneratorError(std::string("The model's numerics failed: ") + error.what_without_backtrace());
    } catch (const std::bad_alloc &) {
        throw GeneratorError("Out of memory while training; lower batch_size or the network's size.");
    }
}

} // namespace synthreg::core::torchsupport
