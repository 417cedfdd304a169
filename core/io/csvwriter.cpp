#include "csvstreamwriter.h"
#include "tablewriters.h"

#include "core/data/table.h"

#include <QDateTime>
#include <QTimeZone>

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

// Labels are encoded once per column rather than once per cell.
std::vector<QByteArray> encodedLabels(const Column &column)
{
    std::vector<QByteArray> labels;
    for (const QString &label : column.labels()) {
        QByteArray field;
        if (label.isEmpty())
            field = "\"\"";   // an empty label is a value, unlike the empty cell of a missing one
        else
            appendField(field, label.toUtf8());
        labels.push_back(field);
    }
    return labels;
}

QByteArray timestampText(const Column &column, size_t row, const CsvWriteOptions &options)
{
    if (!options.useSourceDateFormat || column.sourceFormat().isEmpty())
        return column.displayText(row).toUtf8();
    const QDateTime time = QDateTime::fromSecsSinceEpoch(column.seconds()[row], QTimeZone::utc());
    QByteArray field;
    appendField(field, time.toString(column.sourceFormat()).toUtf8());
    return field;
}

} // namespace

CsvStreamWriter::CsvStreamWriter(QString path, CsvWriteOptions options)
    : m_path(std::move(path))
    , m_options(std::move(options))
    , m_file(m_path)
{
}

CsvStreamWriter::~CsvStreamWriter()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
}

std::optional<Diagnostic> CsvStreamWriter::open(const Table &columns)
{
    if (!m_file.open(QIODevice::WriteOnly))
        return Diagnostic::error(m_path, QStringLiteral("the file cannot be written (%1)").arg(m_file.errorString()),
                                 QStringLiteral("Choose a folder you can write to."));
    m_buffer.reserve(kFlushBytes + 4096);
    for (int c = 0; c < columns.columnCount(); ++c) {
        if (c > 0)
            m_buffer += ',';
        appendField(m_buffer, columns.column(c).name().toUtf8());
    }
    m_buffer += "\r\n";
    return std::nullopt;
}

std::optional<Diagnostic> CsvStreamWriter::append(const Table &table)
{
    const int columnCount = table.columnCount();
    std::vector<std::vector<QByteArray>> labels(static_cast<size_t>(columnCount));
    for (int c = 0; c < columnCount; ++c)
        if (table.column(c).kind() == StorageKind::Categorical)
            labels[size_t(c)] = encodedLabels(table.column(c));
    QByteArray missing;
    appendField(missing, m_options.missingText.toUtf8());

    const size_t rowCount = table.rowCount();
    for (size_t row = 0; row < rowCount; ++row) {
        for (int c = 0; c < columnCount; ++c) {
            if (c > 0)
                m_buffer += ',';
            const Column &column = table.column(c);
            if (column.isMissing(row)) {
                m_buffer += missing;
                continue;
            }
            switch (column.kind()) {
            case StorageKind::Numeric: m_buffer += formatNumber(column.numbers()[row]).toLatin1(); break;
            case StorageKind::Categorical: {
                const std::vector<QByteArray> &columnLabels = labels[size_t(c)];
                const auto code = size_t(column.codes()[row]);
                if (code < columnLabels.size())
                    m_buffer += columnLabels[code];
                break;
            }
            case StorageKind::Timestamp: m_buffer += timestampText(column, row, m_options); break;
            }
        }
        m_buffer += "\r\n";
        if (auto failure = flush(/*force=*/false))
            return failure;
    }
    return std::nullopt;
}

std::optional<Diagnostic> CsvStreamWriter::flush(bool force)
{
    if (!force && m_buffer.size() < kFlushBytes)
        return std::nullopt;
    if (m_file.write(m_buffer) != m_buffer.size())
        return writeFailed();
    m_buffer.clear();
    return std::nullopt;
}

std::optional<Diagnostic> CsvStreamWriter::writeFailed()
{
    const QString reason = m_file.errorString();
    m_file.cancelWriting();
    return Diagnostic::error(m_path, QStringLiteral("writing the file failed (%1)").arg(reason),
                             QStringLiteral("Check the free disk space, then try again; no file was written."));
}

std::optional<Diagnostic> CsvStreamWriter::commit()
{
    if (auto failure = flush(/*force=*/true))
        return failure;
    if (!m_file.commit())
        return Diagnostic::error(m_path, QStringLiteral("the file could not be saved (%1)").arg(m_file.errorString()),
                                 QStringLiteral("Check the free disk space and that you may write to the folder; "
                                                "the previous file, if any, is unchanged."));
    return std::nullopt;
}

std::optional<Diagnostic> TableWriters::writeCsv(const Table &table, const QString &path)
{
    CsvStreamWriter writer(path);
    if (auto failure = writer.open(table))
        return failure;
    if (auto failure = writer.append(table))
        return failure;
    return writer.commit();
}

} // namespace synthreg::core
