#pragma once

#include <string>
#include <vector>

namespace synthreg::core {

/** A place a generator can train: the CPU, or a CUDA GPU of the LibTorch build in use. */
struct ComputeDevice
{
    std::string key;    ///< "cpu" or "cuda"
    std::string name;   ///< "CPU (2 threads)" or the GPU's name
};

/** The CPU first, then CUDA when this LibTorch build has it and a GPU is present. */
std::vector<ComputeDevice> computeDevices();
bool isCudaAvailable();

} // namespace synthreg::core
