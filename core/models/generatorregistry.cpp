#include "generatorfamilies.h"

namespace synthreg::core {

namespace {

struct Family
{
    GeneratorInfo (*info)();
    std::unique_ptr<Generator> (*make)(const Hyperparameters &);
    std::unique_ptr<Generator> (*load)(ModelReader &);
};

const std::vector<Family> &families()
{
    static const std::vector<Family> all = {
        {gaussianCopulaInfo, makeGaussianCopula, loadGaussianCopula},
        {ctabGanInfo, makeCtabGan, loadCtabGan},
        {medVaeInfo, makeMedVae, loadMedVae},
    };
    return all;
}

const std::vector<GeneratorInfo> &infos()
{
    static const std::vector<GeneratorInfo> all = [] {
        std::vector<GeneratorInfo> list;
        for (const Family &family : families())
            list.push_back(family.info());
        return list;
    }();
    return all;
}

const Family &familyOrThrow(const std::string &key)
{
    for (size_t i = 0; i < families().size(); ++i)
        if (infos()[i].family == key)
            return families()[i];
    std::string known;
    for (const GeneratorInfo &info : infos())
        known += (known.empty() ? "" : ", ") + info.family;
    throw GeneratorError("Unknown generator '" + key + "'; choose one of " + known + ".");
}

} // namespace

std::vector<GeneratorInfo> availableGenerators() { return infos(); }

const GeneratorInfo *findGenerator(const std::string &family)
{
    for (const GeneratorInfo &info : infos())
        if (info.family == family)
            return &info;
    return nullptr;
}

std::unique_ptr<Generator> createGenerator(const std::string &family, const Hyperparameters &values)
{
    return familyOrThrow(family).make(values);
}

std::unique_ptr<Generator> loadGenerator(const std::string &bytes)
{
    ModelReader reader(bytes);
    const Family &family = familyOrThrow(reader.family());
    const std::vector<HyperparameterSpec> &specs = findGenerator(reader.family())->hyperparameters;
    reader.addMissingDefaults(specs);
    std::string error;
    if (!validateHyperparameters(specs, reader.hyperparameters(), &error))
        throw GeneratorError("The saved model's settings are invalid (" + error + "); train it again.");
    return family.load(reader);
}

} // namespace synthreg::core
