#include "computedevice.h"

#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <thread>

namespace synthreg::core {

namespace {

/**
 * The GPU's model as the NVIDIA driver reports it ("NVIDIA H100 80GB HBM3"), read from
 * /proc so that it works with Debian's CPU-only LibTorch headers too, which lack the CUDA
 * runtime API. Empty when the driver does not expose it (other systems, containers).
 */
std::string nvidiaModelName()
{
    const std::filesystem::path gpus("/proc/driver/nvidia/gpus");
    std::error_code error;
    for (const auto &entry : std::filesystem::directory_iterator(gpus, error)) {
        std::ifstream information(entry.path() / "information");
        for (std::string line; std::getline(information, line);) {
            const std::string key = "Model:";
            if (line.rfind(key, 0) == 0) {
                const size_t start = line.find_first_not_of(" \t", key.size());
                return start == std::string::npos ? std::string() : line.substr(start);
            }
        }
    }
    return {};
}

} // namespace

bool isCudaAvailable() { return torch::cuda::is_available(); }

std::vector<ComputeDevice> computeDevices()
{
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::vector<ComputeDevice> devices = {{"cpu", "CPU (" + std::to_string(cores) + " threads)"}};
    if (isCudaAvailable()) {
        const std::string model = nvidiaModelName();
        devices.push_back({"cuda", model.empty() ? "CUDA GPU" : model});
    }
    return devices;
}

} // namespace synthreg::core
