#include "hyperparameters.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

namespace synthreg::core {

namespace {

std::string formatValue(double value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}

std::string allowedText(const HyperparameterSpec &spec)
{
    switch (spec.type) {
    case HyperparameterSpec::Type::Integer:
        return "an integer from " + formatValue(spec.minimum) + " to " + formatValue(spec.maximum);
    case HyperparameterSpec::Type::Real:
        return "a number from " + formatValue(spec.minimum) + " to " + formatValue(spec.maximum);
    case HyperparameterSpec::Type::Boolean:
        return "true or false";
    case HyperparameterSpec::Type::Choice: {
        std::string list;
        for (const std::string &choice : spec.choices)
            list += (list.empty() ? "" : ", ") + choice;
        return "one of " + list;
    }
    }
    return {};
}

std::optional<double> parseValue(const HyperparameterSpec &spec, const std::string &text)
{
    switch (spec.type) {
    case HyperparameterSpec::Type::Boolean:
        if (text == "true" || text == "1" || text == "yes" || text == "on")
            return 1.0;
        if (text == "false" || text == "0" || text == "no" || text == "off")
            return 0.0;
        return std::nullopt;
    case HyperparameterSpec::Type::Choice: {
        const auto found = std::find(spec.choices.begin(), spec.choices.end(), text);
        if (found == spec.choices.end())
            return std::nullopt;
        return double(found - spec.choices.begin());
    }
    case HyperparameterSpec::Type::Integer:
    case HyperparameterSpec::Type::Real: {
        double value = 0;
        const char *end = text.data() + text.size();
        const auto [ptr, ec] = std::from_chars(text.data(), end, value);
        if (ec != std::errc() || ptr != end || !std::isfinite(value))
            return std::nullopt;
        return value;
    }
    }
    return std::nullopt;
}

bool inRange(const HyperparameterSpec &spec, double value)
{
    switch (spec.type) {
    case HyperparameterSpec::Type::Boolean:
        return value == 0 || value == 1;
    case HyperparameterSpec::Type::Choice:
        return value >= 0 && value < double(spec.choices.size()) && value == std::floor(value);
    case HyperparameterSpec::Type::Integer:
        if (value != std::floor(value))
            return false;
        [[fallthrough]];
    case HyperparameterSpec::Type::Real:
        return value >= spec.minimum && value <= spec.maximum;
    }
    return false;
}

const HyperparameterSpec *findSpec(const std::vector<HyperparameterSpec> &specs, const std::string &name)
{
    for (const HyperparameterSpec &spec : specs)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

std::string unknownNameMessage(const std::vector<HyperparameterSpec> &specs, const std::string &name)
{
    std::string known;
    for (const HyperparameterSpec &spec : specs)
        known += (known.empty() ? "" : ", ") + spec.name;
    return "'" + name + "' is not a parameter of this generator; its parameters are "
           + (known.empty() ? std::string("none") : known) + ".";
}

} // namespace

Hyperparameters defaultHyperparameters(const std::vector<HyperparameterSpec> &specs)
{
    Hyperparameters values;
    for (const HyperparameterSpec &spec : specs)
        values[spec.name] = spec.defaultValue;
    return values;
}

std::optional<Hyperparameters> resolveHyperparameters(const std::vector<HyperparameterSpec> &specs,
                                                      const std::map<std::string, std::string> &texts,
                                                      std::string *error)
{
    Hyperparameters values = defaultHyperparameters(specs);
    for (const auto &[name, text] : texts) {
        const HyperparameterSpec *spec = findSpec(specs, name);
        if (!spec) {
            *error = unknownNameMessage(specs, name);
            return std::nullopt;
        }
        const std::optional<double> value = parseValue(*spec, text);
        if (!value || !inRange(*spec, *value)) {
            *error = name + " must be " + allowedText(*spec) + ", not '" + text + "'.";
            return std::nullopt;
        }
        values[name] = *value;
    }
    return values;
}

bool validateHyperparameters(const std::vector<HyperparameterSpec> &specs, const Hyperparameters &values,
                             std::string *error)
{
    for (const auto &[name, value] : values) {
        const HyperparameterSpec *spec = findSpec(specs, name);
        if (!spec) {
            *error = unknownNameMessage(specs, name);
            return false;
        }
        if (!inRange(*spec, value)) {
            *error = name + " must be " + allowedText(*spec) + ", not '" + formatValue(value) + "'.";
            return false;
        }
    }
    for (const HyperparameterSpec &spec : specs) {
        if (!values.count(spec.name)) {
            *error = "The value of " + spec.name + " is missing.";
            return false;
        }
    }
    return true;
}

std::string choiceText(const HyperparameterSpec &spec, double value)
{
    const size_t index = size_t(value);
    return index < spec.choices.size() ? spec.choices[index] : std::string();
}

} // namespace synthreg::core
