#include "project.h"

#include <QDataStream>
#include <QIODevice>
#include <QSysInfo>

#include <limits>

namespace synthreg::core::TableCodec {

namespace {

constexpr quint32 kMagic = 0x53525442;   // "SRTB"
// Version 2 adds the provenance's missing-value text; version 1 blobs still read.
constexpr quint32 kCodecVersion = 2;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

void prepareStream(QDataStream &stream)
{
    // Fixed, so a file written by one build reads the same in every later one.
    stream.setVersion(kStreamVersion);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
}

template <typename T>
void writeArray(QDataStream &out, const std::vector<T> &values)
{
    // Bulk copy where the memory layout already is the stream's little-endian layout.
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        out.writeRawData(reinterpret_cast<const char *>(values.data()), qint64(values.size() * sizeof(T)));
    } else {
        for (const T &value : values)
            out << value;
    }
}

template <typename T>
bool readArray(QDataStream &in, size_t count, std::vector<T> *values)
{
    const qint64 available = in.device()->bytesAvailable();
    if (available < 0 || count > size_t(available) / sizeof(T))
        return false;   // a damaged count must not turn into a huge allocation
    values->resize(count);
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        const qint64 bytes = qint64(count * sizeof(T));
        return in.readRawData(reinterpret_cast<char *>(values->data()), bytes) == bytes;
    } else {
        for (T &value : *values)
            in >> value;
        return in.status() == QDataStream::Ok;
    }
}

} // namespace

QByteArray encode(const Table &table)
{
    QByteArray raw;
    {
        QDataStream out(&raw, QIODevice::WriteOnly);
        prepareStream(out);
        out << kMagic << kCodecVersion;
        const TableProvenance &provenance = table.provenance();
        out << provenance.sourcePath << provenance.format << provenance.tableOrQuery << provenance.sha256
            << provenance.missingText;
        out << quint64(table.rowCount()) << qint32(table.columnCount());
        for (int c = 0; c < table.columnCount(); ++c) {
            const Column &column = table.column(c);
            out << column.name() << quint8(column.kind()) << quint8(column.precision());
            switch (column.kind()) {
            case StorageKind::Numeric: writeArray(out, column.numbers()); break;
            case StorageKind::Categorical:
                out << column.labels();
                writeArray(out, column.codes());
                break;
            case StorageKind::Timestamp:
                writeArray(out, column.seconds());
                writeArray(out, column.missingMask());
                break;
            }
        }
    }
    return qCompress(raw);
}

std::optional<Table> decode(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Table> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString damaged = QStringLiteral("the stored data is damaged (%1); restore the project from a backup");

    const QByteArray raw = qUncompress(bytes);
    if (raw.isEmpty())
        return fail(damaged.arg(QStringLiteral("it cannot be decompressed")));
    QDataStream in(raw);
    prepareStream(in);

    quint32 magic = 0, version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != kMagic)
        return fail(damaged.arg(QStringLiteral("it is not a SynthReg table")));
    if (version > kCodecVersion)
        return fail(QStringLiteral("the stored data was written by a newer SynthReg (table format %1, this "
                                   "version reads %2); open the project with that version")
                        .arg(version)
                        .arg(kCodecVersion));

    TableProvenance provenance;
    quint64 rowCount = 0;
    qint32 columnCount = 0;
    in >> provenance.sourcePath >> provenance.format >> provenance.tableOrQuery >> provenance.sha256;
    if (version >= 2)
        in >> provenance.missingText;
    in >> rowCount >> columnCount;
    if (in.status() != QDataStream::Ok || columnCount < 0)
        return fail(damaged.arg(QStringLiteral("the table header is unreadable")));

    Table table;
    for (qint32 c = 0; c < columnCount; ++c) {
        QString name;
        quint8 kind = 0, precision = 0;
        in >> name >> kind >> precision;
        if (in.status() != QDataStream::Ok || kind > quint8(StorageKind::Timestamp)
            || precision > quint8(TimestampPrecision::DateTime))
            return fail(damaged.arg(QStringLiteral("column %1 is unreadable").arg(c + 1)));
        const QString columnDamaged = damaged.arg(QStringLiteral("the values of column \"%1\" are incomplete").arg(name));
        switch (StorageKind(kind)) {
        case StorageKind::Numeric: {
            std::vector<double> numbers;
            if (!readArray(in, rowCount, &numbers))
                return fail(columnDamaged);
            table.addColumn(Column::numeric(name, std::move(numbers)));
            break;
        }
        case StorageKind::Categorical: {
            QStringList labels;
            std::vector<int32_t> codes;
            in >> labels;
            if (in.status() != QDataStream::Ok || !readArray(in, rowCount, &codes))
                return fail(columnDamaged);
            for (int32_t code : codes) {
                if (code < Column::kMissingCode || code >= labels.size())
                    return fail(damaged.arg(QStringLiteral("column \"%1\" refers to an unknown category").arg(name)));
            }
            table.addColumn(Column::categorical(name, std::move(codes), std::move(labels)));
            break;
        }
        case StorageKind::Timestamp: {
            std::vector<int64_t> seconds;
            std::vector<uint8_t> missing;
            if (!readArray(in, rowCount, &seconds) || !readArray(in, rowCount, &missing))
                return fail(columnDamaged);
            table.addColumn(Column::timestamp(name, std::move(seconds), std::move(missing),
                                              TimestampPrecision(precision)));
            break;
        }
        }
    }
    if (!in.atEnd())
        return fail(damaged.arg(QStringLiteral("unexpected bytes follow the table")));
    table.setProvenance(std::move(provenance));
    return table;
}

} // namespace synthreg::core::TableCodec
