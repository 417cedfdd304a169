#include "medvaesettings.h"

#include "qualitychecksettings.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace synthreg::core {

std::vector<HyperparameterSpec> medVaeSpecs()
{
    using Type = HyperparameterSpec::Type;
    const MedVaeSettings defaults;
    std::vector<HyperparameterSpec> specs{
        {"epochs", Type::Integer, 1, 10000, double(defaults.epochs), {}, "Passes over the training rows.", false},
        {"batch_size", Type::Integer, 10, 10000, double(defaults.batchSize), {}, "Rows per optimizer step.", false},
        {"latent_dim", Type::Integer, 2, 256, double(defaults.latentDim), {},
         "Size of the latent code; the latent library keeps 2 floats per dimension and training row.", false},
        {"hidden_dim", Type::Integer, 16, 2048, double(defaults.hiddenDim), {},
         "Width of the outer hidden layers (the inner ones are half as wide).", false},
        {"learning_rate", Type::Real, 1e-5, 1e-1, defaults.learningRate, {}, "Adam step size.", true},
        {"beta", Type::Real, 0.01, 10, defaults.beta, {},
         "Weight of the KL term once annealed: higher gives smoother, less detailed data.", true},
        {"anneal_fraction", Type::Real, 0, 1, defaults.annealFraction, {},
         "Share of training over which the KL weight rises linearly from 0 to beta (0: beta from the start).", false},
        {"continuous_weight", Type::Real, 0.01, 100, defaults.continuousWeight, {},
         "Weight of the numeric values' reconstruction loss.", true},
        {"categorical_weight", Type::Real, 0.01, 100, defaults.categoricalWeight, {},
         "Weight of the categories' and modes' reconstruction loss.", true},
        {"weight_decay", Type::Real, 0, 1e-2, defaults.weightDecay, {}, "L2 penalty on the weights (Adam).", false},
        {"prior_components", Type::Integer, 0, 100, double(defaults.priorComponents), {},
         "Gaussians fitted to the training rows' latent codes that new rows are drawn from (0: the standard "
         "normal prior); each summarises at least 20 rows.",
         false},
    };
    for (HyperparameterSpec &spec : qualityCheckSpecs())
        specs.push_back(std::move(spec));
    return specs;
}

MedVaeSettings MedVaeSettings::from(const Hyperparameters &values)
{
    MedVaeSettings settings;
    const auto read = [&](const char *name, auto &field) {
        if (const auto found = values.find(name); found != values.end())
            field = static_cast<std::remove_reference_t<decltype(field)>>(found->second);
    };
    read("epochs", settings.epochs);
    read("batch_size", settings.batchSize);
    read("latent_dim", settings.latentDim);
    read("hidden_dim", settings.hiddenDim);
    read("learning_rate", settings.learningRate);
    read("beta", settings.beta);
    read("anneal_fraction", settings.annealFraction);
    read("continuous_weight", settings.continuousWeight);
    read("categorical_weight", settings.categoricalWeight);
    read("weight_decay", settings.weightDecay);
    read("prior_components", settings.priorComponents);
    return settings;
}

double klWeight(int epoch, int epochs, double annealFraction, double beta)
{
    const int rampEpochs = int(std::lround(annealFraction * epochs));
    if (rampEpochs <= 1)
        return beta;
    return beta * std::min(1.0, double(epoch - 1) / double(rampEpochs - 1));
}

} // namespace synthreg::core
