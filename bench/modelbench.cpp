// Headless benchmark of the generators, built from core/models alone (no Qt), so it also
// builds against the CUDA LibTorch inside a GPU machine's PyTorch. Asserts nothing.
//   synthreg-bench-models MATRIX.srmx [--generator ctabgan|medvae|copula] [--epochs N]
//                         [--batch N] [--device cpu|cuda] [--threads N] [--sample N]
//                         [--cancel-trials N] [--param NAME=VALUE]...
// MATRIX comes from `synthreg-bench-encoding FILE.csv --save-matrix MATRIX.srmx`.
#include "matrixfile.h"

#include "core/models/computedevice.h"
#include "core/models/generator.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <random>
#include <thread>
#include <string>

using namespace synthreg;

namespace {

long peakRssKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

/**
 * Seconds from raising the cancel flag, at a random moment of epoch 2, until fit() returns:
 * the latency a user sees after pressing Cancel.
 */
std::vector<double> cancelLatencies(const core::GeneratorInfo &info, const core::Hyperparameters &values,
                                    const core::EncodedMatrix &matrix, core::TrainingContext context, int trials)
{
    std::vector<double> latencies;
    std::mt19937_64 rng(7);
    for (int trial = 0; trial < trials; ++trial) {
        auto generator = core::createGenerator(info.family, values);
        std::atomic<bool> cancel = false;
        std::chrono::steady_clock::time_point raisedAt;
        std::thread canceller;
        const int delayMs = std::uniform_int_distribution<int>(0, 500)(rng);
        context.cancel = &cancel;
        context.onEpoch = [&](const core::EpochReport &report) {
            if (report.epoch == 1)
                canceller = std::thread([&, delayMs] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
                    raisedAt = std::chrono::steady_clock::now();
                    cancel = true;
                });
            return true;
        };
        const bool finished = generator->fit(matrix, context);
        const auto returnedAt = std::chrono::steady_clock::now();
        if (canceller.joinable())
            canceller.join();
        if (finished)
            std::printf("cancel trial %d: training ended before the cancel (use more epochs)\n", trial);
        else
            latencies.push_back(std::chrono::duration<double>(returnedAt - raisedAt).count());
    }
    return latencies;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: synthreg-bench-models MATRIX.srmx [--generator G] [--epochs N] [--batch N] "
                             "[--device cpu|cuda] [--threads N] [--sample N] [--param NAME=VALUE]...\n");
        return 2;
    }
    std::map<std::string, std::string> options{{"generator", "ctabgan"}, {"epochs", "5"}, {"batch", "500"},
                                               {"device", "cpu"}, {"threads", "0"}, {"sample", "200000"},
                                               {"cancel-trials", "0"}};
    std::map<std::string, std::string> texts;   // --param name=value, as synthreg-cli takes them
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string name = std::string(argv[i]).substr(2);
        const std::string value = argv[i + 1];
        if (const size_t equals = value.find('='); name == "param" && equals != std::string::npos)
            texts[value.substr(0, equals)] = value.substr(equals + 1);
        else
            options[name] = value;
    }
    const auto matrix = bench::readMatrixFile(argv[1]);
    if (!matrix) {
        std::fprintf(stderr, "%s is not an encoded-matrix file\n", argv[1]);
        return 3;
    }
    const core::GeneratorInfo *info = core::findGenerator(options["generator"]);
    if (!info) {
        std::fprintf(stderr, "unknown generator %s\n", options["generator"].c_str());
        return 2;
    }
    for (const core::HyperparameterSpec &spec : info->hyperparameters) {
        if (spec.name == "epochs")
            texts["epochs"] = options["epochs"];
        if (spec.name == "batch_size")
            texts["batch_size"] = options["batch"];
    }
    std::string error;
    const auto values = core::resolveHyperparameters(info->hyperparameters, texts, &error);
    if (!values) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    for (const core::ComputeDevice &device : core::computeDevices())
        std::printf("device available: %s (%s)\n", device.key.c_str(), device.name.c_str());
    std::printf("data: %lld rows x %d encoded columns (%zu spans)\n", static_cast<long long>(matrix->rows), matrix->width(),
                matrix->layout.spans.size());

    auto generator = core::createGenerator(info->family, *values);
    core::TrainingContext context;
    context.seed = 1;
    context.device = options["device"];
    context.threads = std::stoi(options["threads"]);
    std::vector<double> epochSeconds;
    double lastElapsed = 0;
    context.onEpoch = [&](const core::EpochReport &report) {
        epochSeconds.push_back(report.elapsedSeconds - lastElapsed);
        lastElapsed = report.elapsedSeconds;
        std::printf("epoch %d/%d  %.3f s  %.0f rows/s\n", report.epoch, report.epochs, epochSeconds.back(), report.rowsPerSecond);
        return true;
    };
    try {
        const auto fitStart = std::chrono::steady_clock::now();
        generator->fit(*matrix, context);
        const double fitSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - fitStart).count();
        const double perEpoch = median(epochSeconds);
        std::printf("%s on %s: fit %.2f s; median epoch %.3f s = %.0f rows/s\n", info->family.c_str(), context.device.c_str(),
                    fitSeconds, perEpoch, perEpoch > 0 ? double(matrix->rows) / perEpoch : 0.0);

        const int64_t sampleRows = std::stoll(options["sample"]);
        std::vector<double> sampleSeconds;
        for (int repeat = 0; repeat < 3; ++repeat) {
            const auto start = std::chrono::steady_clock::now();
            const core::EncodedMatrix sample = generator->sample(sampleRows, {}, uint64_t(repeat));
            sampleSeconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        std::printf("sampling %lld rows: median %.3f s = %.0f rows/s\n", static_cast<long long>(sampleRows),
                    median(sampleSeconds), double(sampleRows) / median(sampleSeconds));

        if (const int trials = std::stoi(options["cancel-trials"]); trials > 0) {
            const std::vector<double> latencies = cancelLatencies(*info, *values, *matrix, context, trials);
            if (!latencies.empty())
                std::printf("cancel latency over %zu trials: median %.3f s, worst %.3f s\n", latencies.size(),
                            median(latencies), *std::max_element(latencies.begin(), latencies.end()));
        }
    } catch (const core::GeneratorError &failure) {
        std::fprintf(stderr, "error: %s\n", failure.what());
        return 3;
    }
    std::printf("peak RSS %.1f MiB\n", double(peakRssKiB()) / 1024.0);
    return 0;
}
