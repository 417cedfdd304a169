#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace synthreg::core {

/**
 * One tunable setting of a generator, described so that the GUI can render it as a form field
 * and the CLI can accept it as `--param name=value`.
 */
struct HyperparameterSpec
{
    enum class Type { Integer, Real, Boolean, Choice };

    std::string name;            ///< key: `epochs`, `batch_size`, `learning_rate` (a file format: never rename)
    Type type = Type::Real;
    double minimum = 0;          ///< inclusive; ignored for Boolean and Choice
    double maximum = 0;          ///< inclusive
    double defaultValue = 0;     ///< Choice: index into choices; Boolean: 0 or 1
    std::vector<std::string> choices;
    std::string help;            ///< one line for a tooltip or `--help`
    bool logScale = false;       ///< a slider or a tuner should step geometrically
};

/** Resolved values, every spec present: Choice as its index, Boolean as 0/1. */
using Hyperparameters = std::map<std::string, double>;

/** The defaults of every spec. */
Hyperparameters defaultHyperparameters(const std::vector<HyperparameterSpec> &specs);

/**
 * Applies `name=value` texts over the defaults. Returns nullopt and sets `error` to one
 * sentence naming the parameter, what was wrong and what is allowed ("epochs must be an
 * integer from 1 to 10000, not 'abc'") for an unknown name or a bad or out-of-range value.
 */
std::optional<Hyperparameters> resolveHyperparameters(const std::vector<HyperparameterSpec> &specs,
                                                      const std::map<std::string, std::string> &texts,
                                                      std::string *error);

/** Checks resolved values (e.g. read back from a project) against the specs; same messages as above. */
bool validateHyperparameters(const std::vector<HyperparameterSpec> &specs, const Hyperparameters &values,
                             std::string *error);

/** `value` of a Choice spec as its text. */
std::string choiceText(const HyperparameterSpec &spec, double value);

} // namespace synthreg::core
