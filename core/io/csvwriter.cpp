#include "tablewriters.h"

#include "core/data/table.h"

#include <QSaveFile>

namespace synthreg::core {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

// RFC 4180: a field holding the separator, a quote or a line break is quoted, and quotes
// inside it are doubled.
void appendField(QByteArray &out, const QByteArray &field)
{
    const bool needsQuotes = field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r');
    if (!needsQuotes) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

std::optional<Diagnostic> TableWriters::writeCsv(const Table &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Diagnostic::error(path, QStringLiteral("the file cannot be written (%1)").arg(file.errorString()),
                                 QStringLiteral("Choose a folder you can write to."));

    const auto writeFailed = [&]() -> std::optional<Diagnostic> {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Diagnostic::error(path, QStringLiteral("writing the file failed (%1)").arg(reason),
                                 QStringLiteral("Check the free disk space, then try again; no file was written."));
    };

    QByteArray buffer;
    buffer.reserve(kFlushBytes + 4096);
    const int columnCount = table.columnCount();
    for (int c = 0; c < columnCount; ++c) {
        if (c > 0)
            buffer += ',';
        appendField(buffer, table.column(c).name().toUtf8());
    }
    buffer += "\r\n";

    // Labels are encoded once per column rather than once per cell.
    auto encodedLabels = std::vector<std::vector<QByteArray>>(size_t(columnCount));
    for (int c = 0; c < columnCount; ++c) {
        const Column &column = table.column(c);
        if (column.kind() != StorageKind::Categorical)
            continue;
        for (const QString &label : column.labels()) {
            QByteArray field;
            if (label.isEmpty())
                field = "\"\"";   // an empty label is a value, unlike the empty cell of a missing one
            else
                appendField(field, label.toUtf8());
            encodedLabels[size_t(c)].push_back(field);
        }
    }

    const size_t rowCount = table.rowCount();
    for (size_t row = 0; row < rowCount; ++row) {
        for (int c = 0; c < columnCount; ++c) {
            if (c > 0)
                buffer += ',';
            const Column &column = table.column(c);
            if (column.isMissing(row))
                continue;
            switch (column.kind()) {
            case StorageKind::Numeric: buffer += formatNumber(column.numbers()[row]).toLatin1(); break;
            case StorageKind::Categorical: {
                const std::vector<QByteArray> &labels = encodedLabels[size_t(c)];
                const auto code = size_t(column.codes()[row]);
                if (code < labels.size())
                    buffer += labels[code];
                break;
            }
            case StorageKind::Timestamp: buffer += column.displayText(row).toLatin1(); break;
            }
        }
        buffer += "\r\n";
        if (buffer.size() >= kFlushBytes) {
            if (file.write(buffer) != buffer.size())
                return writeFailed();
            buffer.clear();
        }
    }
    if (file.write(buffer) != buffer.size())
        return writeFailed();
    if (!file.commit())
        return Diagnostic::error(path, QStringLiteral("the file could not be saved (%1)").arg(file.errorString()),
                                 QStringLiteral("Check the free disk space and that you may write to the folder; "
                                                "the previous file, if any, is unchanged."));
    return std::nullopt;
}

} // namespace synthreg::core
