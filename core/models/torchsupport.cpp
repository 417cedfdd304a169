#include "torchsupport.h"

#include "allocatortuning.h"

#include <sstream>
#include <thread>

namespace synthreg::core::torchsupport {

namespace F = torch::nn::functional;

torch::Device selectDevice(const std::string &key)
{
    if (key == "cpu")
        return torch::kCPU;
    if (key == "cuda") {
        if (!torch::cuda::is_available())
            throw GeneratorError("No CUDA GPU is available to this build of SynthReg; choose the CPU.");
        return torch::Device(torch::kCUDA, 0);
    }
    throw GeneratorError("Unknown device '" + key + "'; choose cpu or cuda.");
}

void prepareRun(uint64_t seed, int threads)
{
    tuneAllocatorForTensors();
    torch::manual_seed(seed);
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(threads > 0 ? threads : cores);
}

torch::Tensor toTensor(const EncodedMatrix &matrix, const torch::Device &device)
{
    auto cpu = torch::from_blob(const_cast<float *>(matrix.values.data()), {matrix.rows, int64_t(matrix.width())},
                                torch::kFloat32);
    return cpu.to(device, /*non_blocking=*/false, /*copy=*/true);
}

EncodedMatrix toMatrix(const torch::Tensor &tensor, const Layout &layout)
{
    const torch::Tensor cpu = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    EncodedMatrix matrix;
    matrix.layout = layout;
    matrix.rows = cpu.size(0);
    matrix.values.assign(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
    return matrix;
}

torch::Tensor hardenSpans(const torch::Tensor &activated, const Layout &layout)
{
    std::vector<torch::Tensor> parts;
    parts.reserve(layout.spans.size());
    for (const Span &span : layout.spans) {
        const torch::Tensor slice = activated.narrow(1, span.offset, span.width);
        if (span.kind == SpanKind::Scalar)
            parts.push_back(slice);
        else
            parts.push_back(F::one_hot(slice.argmax(1), span.width).to(activated.dtype()));
    }
    return torch::cat(parts, 1);
}

std::string moduleBytes(torch::nn::Module &module)
{
    torch::serialize::OutputArchive archive;
    module.save(archive);
    std::ostringstream stream;
    archive.save_to(stream);
    return stream.str();
}

void loadModuleBytes(torch::nn::Module &module, const std::string &bytes, const torch::Device &device)
{
    torch::serialize::InputArchive archive;
    std::istringstream stream(bytes);
    archive.load_from(stream, device);
    module.load(archive);
}

void requireFiniteLoss(double value, const char *what, int epoch)
{
    if (!std::isfinite(value))
        throw GeneratorError(std::string("The ") + what + " loss became NaN at epoch " + std::to_string(epoch)
                             + "; lower learning_rate or check the data for extreme values, then train again.");
}

EpochClock::EpochClock()
    : m_start(std::chrono::steady_clock::now())
{
}

void EpochClock::stamp(EpochReport &report, int64_t rowsSoFar) const
{
    report.elapsedSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    report.rowsPerSecond = report.elapsedSeconds > 0 ? double(rowsSoFar) / report.elapsedSeconds : 0;
    report.etaSeconds = report.epoch > 0
        ? report.elapsedSeconds / report.epoch * std::max(0, report.epochs - report.epoch)
        : 0;
}

} // namespace synthreg::core::torchsupport
