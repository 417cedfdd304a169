#include "modelarchive.h"

#include "generator.h"

#include <cstring>

namespace synthreg::core {

namespace {
constexpr std::string_view kMagic = "SYNTHREG-MODEL";
constexpr uint64_t kFormatVersion = 1;

void appendU64(std::string &out, uint64_t value)
{
    for (int byte = 0; byte < 8; ++byte)
        out.push_back(char((value >> (8 * byte)) & 0xff));
}
} // namespace

ModelWriter::ModelWriter(const std::string &family, const Hyperparameters &values, const Layout &layout)
{
    m_bytes.append(kMagic);
    writeU64(kFormatVersion);
    writeString(family);
    writeU64(values.size());
    for (const auto &[name, value] : values) {
        writeString(name);
        writeDouble(value);
    }
    writeU64(layout.spans.size());
    for (const Span &span : layout.spans) {
        writeU64(uint64_t(span.kind));
        writeU64(uint64_t(span.offset));
        writeU64(uint64_t(span.width));
        writeU64(uint64_t(span.column));
    }
}

void ModelWriter::writeU64(uint64_t value) { appendU64(m_bytes, value); }

void ModelWriter::writeDouble(double value)
{
    uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    writeU64(bits);
}

void ModelWriter::writeString(std::string_view bytes)
{
    writeU64(bytes.size());
    m_bytes.append(bytes);
}

void ModelWriter::writeDoubles(const std::vector<double> &values)
{
    writeU64(values.size());
    for (double value : values)
        writeDouble(value);
}

ModelReader::ModelReader(std::string_view bytes)
    : m_bytes(bytes)
{
    if (m_bytes.substr(0, kMagic.size()) != kMagic)
        throw GeneratorError("These bytes are not a SynthReg model; train the model again.");
    m_position = kMagic.size();
    const uint64_t version = readU64();
    if (version != kFormatVersion)
        throw GeneratorError("The model was saved in format " + std::to_string(version)
                             + ", which this version of SynthReg cannot read; train it again.");
    m_family = readString();
    const uint64_t valueCount = readU64();
    for (uint64_t i = 0; i < valueCount; ++i) {
        std::string name = readString();
        m_values[name] = readDouble();
    }
    const uint64_t spanCount = readU64();
    for (uint64_t i = 0; i < spanCount; ++i) {
        Span span;
        span.kind = SpanKind(readU64());
        span.offset = int(readU64());
        span.width = int(readU64());
        span.column = int(readU64());
        m_layout.spans.push_back(span);
    }
}

void ModelReader::need(size_t count) const
{
    if (m_bytes.size() - m_position < count)
        throw GeneratorError("The saved model is truncated; train the model again.");
}

void ModelReader::addMissingDefaults(const std::vector<HyperparameterSpec> &specs)
{
    for (const HyperparameterSpec &spec : specs)
        m_values.emplace(spec.name, spec.defaultValue);
}

uint64_t ModelReader::readU64()
{
    need(8);
    uint64_t value = 0;
    for (int byte = 0; byte < 8; ++byte)
        value |= uint64_t(uint8_t(m_bytes[m_position + size_t(byte)])) << (8 * byte);
    m_position += 8;
    return value;
}

double ModelReader::readDouble()
{
    const uint64_t bits = readU64();
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

std::string ModelReader::readString()
{
    const uint64_t size = readU64();
    need(size);
    std::string bytes(m_bytes.substr(m_position, size));
    m_position += size;
    return bytes;
}

std::vector<double> ModelReader::readDoubles()
{
    const uint64_t count = readU64();
    need(count * 8);
    std::vector<double> values(count);
    for (double &value : values)
        value = readDouble();
    return values;
}

} // namespace synthreg::core
