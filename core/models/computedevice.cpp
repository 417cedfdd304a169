#include "computedevice.h"

#include <torch/torch.h>

#include <thread>

namespace synthreg::core {

bool isCudaAvailable() { return torch::cuda::is_available(); }

std::vector<ComputeDevice> computeDevices()
{
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::vector<ComputeDevice> devices = {{"cpu", "CPU (" + std::to_string(cores) + " threads)"}};
    if (isCudaAvailable())
        devices.push_back({"cuda", "CUDA GPU (" + std::to_string(torch::cuda::device_count()) + " device(s))"});
    return devices;
}

} // namespace synthreg::core
