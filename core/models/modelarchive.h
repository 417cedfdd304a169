#pragma once

#include "encodedmatrix.h"
#include "hyperparameters.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace synthreg::core {

/**
 * The envelope every saved model shares: magic, format version, family, hyperparameters,
 * layout, then the family's own payload (torch archive bytes or Eigen matrices).
 * Little-endian, length-prefixed; readers throw GeneratorError on truncated or foreign bytes.
 */
class ModelWriter
{
public:
    ModelWriter(const std::string &family, const Hyperparameters &values, const Layout &layout);

    void writeU64(uint64_t value);
    void writeDouble(double value);
    void writeString(std::string_view bytes);
    void writeDoubles(const std::vector<double> &values);

    const std::string &bytes() const { return m_bytes; }

private:
    std::string m_bytes;
};

class ModelReader
{
public:
    /** Reads the envelope; throws GeneratorError when `bytes` are not a SynthReg model. */
    explicit ModelReader(std::string_view bytes);

    const std::string &family() const { return m_family; }
    const Hyperparameters &hyperparameters() const { return m_values; }
    const Layout &layout() const { return m_layout; }
    /** Settings added since the model was saved take their defaults (such settings only steer training). */
    void addMissingDefaults(const std::vector<HyperparameterSpec> &specs);

    uint64_t readU64();
    double readDouble();
    std::string readString();
    std::vector<double> readDoubles();

private:
    void need(size_t count) const;

    std::string_view m_bytes;
    size_t m_position = 0;
    std::string m_family;
    Hyperparameters m_values;
    Layout m_layout;
};

} // namespace synthreg::core
