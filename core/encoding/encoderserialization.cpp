// TableEncoder::save() / load(): a versioned QDataStream of the fitted state. The layout is
// not stored: load() derives it again, so it always matches the columns.

#include "encoderstate.h"

#include <QDataStream>
#include <QIODevice>

#include <cmath>

namespace synthreg::core {

namespace {

constexpr quint32 kMagic = 0x53524543;   // "SREC": SynthReg encoder
constexpr quint32 kFormatVersion = 1;

template <typename Enum>
void writeEnum(QDataStream &out, Enum value) { out << qint32(value); }

template <typename Enum>
Enum readEnum(QDataStream &in, int count)
{
    qint32 value = 0;
    in >> value;
    if (value < 0 || value >= count)
        in.setStatus(QDataStream::ReadCorruptData);
    return Enum(value);
}

void writeDoubles(QDataStream &out, const std::vector<double> &values)
{
    out << quint64(values.size());
    for (double v : values)
        out << v;
}

std::vector<double> readDoubles(QDataStream &in)
{
    quint64 count = 0;
    in >> count;
    if (count > quint64(in.device()->bytesAvailable()) / sizeof(double)) {   // corrupt size: do not allocate it
        in.setStatus(QDataStream::ReadCorruptData);
        return {};
    }
    std::vector<double> values(count);
    for (double &v : values)
        in >> v;
    return values;
}

void writeContinuous(QDataStream &out, const ContinuousState &c)
{
    out << c.anchorSeconds << c.logTransform << c.logShift << quint64(c.components.size());
    for (const MixtureComponent &component : c.components)
        out << component.mean << component.stddev << component.logScale << component.weight;
    writeDoubles(out, c.pointMasses);
    out << c.missingMode << c.center << c.scale << c.missingFlag << c.lower << c.upper << qint32(c.decimals)
        << c.smallestPositive << c.fillValue << c.allMissing;
}

ContinuousState readContinuous(QDataStream &in)
{
    ContinuousState c;
    quint64 components = 0;
    in >> c.anchorSeconds >> c.logTransform >> c.logShift >> components;
    if (components > 1000) {
        in.setStatus(QDataStream::ReadCorruptData);
        return c;
    }
    c.components.resize(components);
    for (MixtureComponent &component : c.components) {
        in >> component.mean >> component.stddev >> component.logScale >> component.weight;
        if (!(component.stddev > 0))
            in.setStatus(QDataStream::ReadCorruptData);
    }
    c.pointMasses = readDoubles(in);
    qint32 decimals = -1;
    in >> c.missingMode >> c.center >> c.scale >> c.missingFlag >> c.lower >> c.upper >> decimals >> c.smallestPositive
       >> c.fillValue >> c.allMissing;
    c.decimals = decimals;
    return c;
}

void writeDiscrete(QDataStream &out, const DiscreteState &d)
{
    out << d.labels;
    writeDoubles(out, d.keys);
    out << d.otherLabels;
    writeDoubles(out, d.otherKeys);
    writeDoubles(out, d.otherCumulative);
    out << d.missingLevel << qint32(d.fillLevel) << d.allMissing;
}

DiscreteState readDiscrete(QDataStream &in)
{
    DiscreteState d;
    in >> d.labels;
    d.keys = readDoubles(in);
    in >> d.otherLabels;
    d.otherKeys = readDoubles(in);
    d.otherCumulative = readDoubles(in);
    qint32 fillLevel = 0;
    in >> d.missingLevel >> fillLevel >> d.allMissing;
    d.fillLevel = fillLevel;
    const bool consistent = d.keys.size() == size_t(d.labels.size()) && d.otherKeys.size() == size_t(d.otherLabels.size())
                         && d.otherCumulative.size() == d.otherKeys.size() && d.width() > 0
                         && (d.allMissing || (fillLevel >= 0 && fillLevel < d.labels.size()));
    if (!consistent)
        in.setStatus(QDataStream::ReadCorruptData);
    return d;
}

} // namespace

QByteArray TableEncoder::save() const
{
    const State &state = *m_state;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << kMagic << kFormatVersion;
    const EncoderOptions &o = state.options;
    writeEnum(out, o.continuous);
    out << qint32(o.maxModes) << o.modeWeightThreshold << qint64(o.mixtureSampleRows) << o.pointMassShare
        << o.logTransformLongTails << qint32(o.maxCategoryLevels) << quint64(o.seed);
    out << quint64(state.outputs.size());
    for (const OutputColumnState &output : state.outputs)
        out << output.name << qint32(output.encoded);
    out << quint64(state.columns.size());
    for (const EncodedColumnState &column : state.columns) {
        out << column.name;
        writeEnum(out, column.role);
        writeEnum(out, column.missing);
        writeEnum(out, column.storage);
        writeEnum(out, column.precision);
        out << column.sourceFormat << column.sourceLabels << column.isContinuous;
        if (column.isContinuous)
            writeContinuous(out, column.continuous);
        else
            writeDiscrete(out, column.discrete);
    }
    return bytes;
}

std::optional<TableEncoder> TableEncoder::load(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0, version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != kMagic)
        return fail(QStringLiteral("These bytes are not a saved table encoder: open the project the model was trained in."));
    if (version != kFormatVersion)
        return fail(QStringLiteral("The table encoder was saved in format %1, which this version of SynthReg cannot read: "
                                   "update SynthReg or train again.").arg(version));

    auto state = std::make_shared<State>();
    EncoderOptions &o = state->options;
    o.continuous = readEnum<ContinuousEncoding>(in, 2);
    qint32 maxModes = 0, maxCategoryLevels = 0;
    qint64 mixtureSampleRows = 0;
    quint64 seed = 0, outputs = 0, columns = 0;
    in >> maxModes >> o.modeWeightThreshold >> mixtureSampleRows >> o.pointMassShare >> o.logTransformLongTails
       >> maxCategoryLevels >> seed >> outputs;
    o.maxModes = maxModes;
    o.mixtureSampleRows = mixtureSampleRows;
    o.maxCategoryLevels = maxCategoryLevels;
    o.seed = seed;
    for (quint64 i = 0; i < outputs && in.status() == QDataStream::Ok; ++i) {
        OutputColumnState output;
        qint32 encoded = -1;
        in >> output.name >> encoded;
        output.encoded = encoded;
        state->outputs.push_back(output);
    }
    in >> columns;
    for (quint64 i = 0; i < columns && in.status() == QDataStream::Ok; ++i) {
        EncodedColumnState column;
        in >> column.name;
        column.role = readEnum<ColumnRole>(in, int(ColumnRole::Excluded) + 1);
        column.missing = readEnum<MissingPolicy>(in, int(MissingPolicy::DropRows) + 1);
        column.storage = readEnum<StorageKind>(in, int(StorageKind::Timestamp) + 1);
        column.precision = readEnum<TimestampPrecision>(in, int(TimestampPrecision::DateTime) + 1);
        in >> column.sourceFormat >> column.sourceLabels >> column.isContinuous;
        if (column.isContinuous)
            column.continuous = readContinuous(in);
        else
            column.discrete = readDiscrete(in);
        if (column.isContinuous && o.continuous == ContinuousEncoding::ModeSpecific && column.continuous.modeCount() == 0)
            in.setStatus(QDataStream::ReadCorruptData);
        state->columns.push_back(std::move(column));
    }
    for (const OutputColumnState &output : state->outputs)
        if (output.encoded < -1 || output.encoded >= int(state->columns.size()))
            in.setStatus(QDataStream::ReadCorruptData);
    if (in.status() != QDataStream::Ok || !in.atEnd() || state->columns.empty())
        return fail(QStringLiteral("The saved table encoder is damaged: train the model again."));
    buildLayout(*state);
    return TableEncoder(std::move(state));
}

} // namespace synthreg::core
