#include "csvreader.h"

#include "columnbuilder.h"
#include "csvsniffer.h"
#include "csvtokenizer.h"
#include "textdecoding.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <memory>

namespace synthreg::core {

namespace {
constexpr qint64 kChunkBytes = 4 << 20;
constexpr qint64 kSampleBytes = 256 << 10;

QString delimiterName(char delimiter)
{
    return delimiter == '\t' ? QStringLiteral("tab") : QStringLiteral("'%1'").arg(QLatin1Char(delimiter));
}

/** One streaming read: the state shared by the steps of CsvReader::read. */
class CsvImport
{
public:
    CsvImport(const CsvOptions &options, QIODevice &device, QString file)
        : m_options(options), m_device(device), m_file(std::move(file)), m_hash(QCryptographicHash::Sha256) {}

    ImportResult run(CsvDialect *dialect);

private:
    bool fill();
    Diagnostic located(int64_t line, int column, QString message, QString fix) const;
    std::optional<Diagnostic> tokenizerProblem(const CsvTokenizer &tokenizer) const;
    std::optional<Diagnostic> startColumns(const std::vector<CsvField> &first, ImportResult &result);
    std::optional<Diagnostic> appendRecord(const std::vector<CsvField> &fields, int64_t line, ImportResult &result);

    const CsvOptions &m_options;
    QIODevice &m_device;
    QString m_file;
    QCryptographicHash m_hash;
    std::vector<char> m_buffer;
    size_t m_filled = 0;
    bool m_atEnd = false;
    CsvDialect m_dialect;
    ValueConventions m_conventions;
    std::vector<std::unique_ptr<ColumnBuilder>> m_builders;
    int64_t m_headerLine = 0;
    size_t m_estimatedRows = 0;
    SampleRows m_sample;
};

bool CsvImport::fill()
{
    if (m_atEnd)
        return false;
    m_buffer.resize(m_filled + size_t(kChunkBytes));
    const qint64 n = m_device.read(m_buffer.data() + m_filled, kChunkBytes);
    if (n <= 0) {
        m_atEnd = true;
        m_buffer.resize(m_filled);
        return false;
    }
    if (m_options.computeSha256)
        m_hash.addData(QByteArrayView(m_buffer.data() + m_filled, n));
    m_filled += size_t(n);
    m_buffer.resize(m_filled);
    if (m_device.atEnd())
        m_atEnd = true;
    return true;
}

Diagnostic CsvImport::located(int64_t line, int column, QString message, QString fix) const
{
    Diagnostic d = Diagnostic::error(m_file, std::move(message), std::move(fix));
    d.line = line;
    d.column = column;
    if (column > 0 && size_t(column) <= m_builders.size())
        d.columnName = m_builders[size_t(column - 1)]->name();
    return d;
}

std::optional<Diagnostic> CsvImport::tokenizerProblem(const CsvTokenizer &tokenizer) const
{
    const int64_t line = tokenizer.problemLine();
    const int column = tokenizer.problemColumn();
    switch (tokenizer.problem()) {
    case CsvTokenizer::Problem::UnterminatedQuote:
        return located(line, column, QStringLiteral("a quote opened here is never closed"),
                       QStringLiteral("Close the quote, or double any quote that belongs to the text (\"\")."));
    case CsvTokenizer::Problem::NulByte:
        return located(line, column, QStringLiteral("the file contains a NUL byte, so it is not a text file"),
                       QStringLiteral("Export the data as CSV (UTF-8) from the program that made it."));
    case CsvTokenizer::Problem::FieldTooLong:
        return located(line, column, QStringLiteral("a field starting here is longer than %1 bytes").arg(m_options.maxFieldBytes),
                       QStringLiteral("This is usually a quote that is never closed; otherwise the column is free text: remove it from the extract."));
    case CsvTokenizer::Problem::None:
        break;
    }
    return std::nullopt;
}

std::optional<Diagnostic> CsvImport::startColumns(const std::vector<CsvField> &first, ImportResult &result)
{
    QStringList names;
    QSet<QString> seen;
    for (size_t c = 0; c < first.size(); ++c) {
        QString name = m_dialect.hasHeader ? decodeText(trimSpaces(first[c].text), m_dialect.encoding)
                                           : QStringLiteral("column_%1").arg(c + 1);
        auto warn = [&](const QString &message) {
            Diagnostic d = Diagnostic::warning(m_file, message, QStringLiteral("Rename the column in the source if another name is wanted."));
            d.line = m_headerLine;
            d.column = int(c) + 1;
            result.warnings << d;
        };
        if (name.isEmpty()) {
            name = QStringLiteral("column_%1").arg(c + 1);
            warn(QStringLiteral("the column has no name; it was named '%1'").arg(name));
        }
        if (seen.contains(name)) {
            QString unique;
            for (int k = 2; seen.contains(unique = QStringLiteral("%1_%2").arg(name).arg(k)); ++k) {}
            warn(QStringLiteral("the name '%1' is used twice; this column was named '%2'").arg(name, unique));
            name = unique;
        }
        seen.insert(name);
        names << name;
    }
    for (int c = 0; c < names.size(); ++c) {
        auto builder = std::make_unique<ColumnBuilder>(names[c], m_conventions);
        builder->reserve(m_estimatedRows);
        std::vector<std::string_view> values;
        for (size_t r = m_dialect.hasHeader ? 1 : 0; r < m_sample.size(); ++r) {
            if (size_t(c) < m_sample[r].size()) {
                const std::string_view value = trimSpaces(m_sample[r][size_t(c)]);
                if (!m_conventions.isNa(value) && !m_conventions.isNa(m_sample[r][size_t(c)]))
                    values.push_back(value);
            }
        }
        builder->prime(values);
        m_builders.push_back(std::move(builder));
    }
    return std::nullopt;
}

std::optional<Diagnostic> CsvImport::appendRecord(const std::vector<CsvField> &fields, int64_t line, ImportResult &result)
{
    if (fields.size() != m_builders.size()) {
        return located(line, 0,
                       QStringLiteral("this row has %1 fields, but the %2 has %3").arg(fields.size())
                           .arg(m_dialect.hasHeader ? QStringLiteral("header on line %1").arg(m_headerLine) : QStringLiteral("first row"))
                           .arg(m_builders.size()),
                       QStringLiteral("Check the quoting on that line and that %1 is the delimiter; fix the row in the source.")
                           .arg(delimiterName(m_dialect.delimiter)));
    }
    for (size_t c = 0; c < fields.size(); ++c) {
        Diagnostic problem;
        if (m_builders[c]->append(fields[c].text, fields[c].line, &problem))
            continue;
        // Invalid UTF-8. With the encoding detected and no real UTF-8 seen yet, the file is
        // Windows-1252 after all: every label so far was ASCII, so switching loses nothing.
        const bool canSwitch = m_options.encoding == TextEncoding::Auto
                            && std::none_of(m_builders.begin(), m_builders.end(), [](const auto &b) { return b->sawUtf8(); });
        if (!canSwitch) {
            return located(fields[c].line, int(c) + 1, QStringLiteral("the text is not valid UTF-8"),
                           QStringLiteral("Choose the file's encoding (Latin-1 or Windows-1252, --encoding) or save it as UTF-8."));
        }
        m_dialect.encoding = m_conventions.encoding = TextEncoding::Windows1252;
        for (auto &builder : m_builders)
            builder->setEncoding(TextEncoding::Windows1252);
        Diagnostic d = Diagnostic::warning(m_file, QStringLiteral("the file is not UTF-8; it was read as Windows-1252"),
                                           QStringLiteral("If accents look wrong, choose the encoding by hand."));
        d.line = fields[c].line;
        result.warnings << d;
        m_builders[c]->append(fields[c].text, fields[c].line, &problem);
    }
    return std::nullopt;
}

ImportResult CsvImport::run(CsvDialect *dialect)
{
    while (qint64(m_filled) < kSampleBytes && fill()) {}
    if (m_filled == 0) {
        return ImportResult::failure(Diagnostic::error(m_file, QStringLiteral("the file is empty"),
                                                       QStringLiteral("Choose the file that holds the data.")));
    }
    CsvSniffer sniffer(m_options, m_file);
    const size_t sampleBytes = std::min(m_filled, size_t(kSampleBytes));
    if (auto error = sniffer.sniff(std::string_view(m_buffer.data(), sampleBytes), m_atEnd && sampleBytes == m_filled))
        return ImportResult::failure(*error);
    m_dialect = sniffer.dialect();
    m_sample = sniffer.rows();
    m_conventions.encoding = m_dialect.encoding;
    m_conventions.decimalComma = m_dialect.decimalComma;
    for (const QString &token : m_options.naTokens)
        m_conventions.naTokens.push_back(token.toStdString());
    const qint64 size = m_device.isSequential() ? 0 : m_device.size();
    if (sniffer.bytesPerRecord() > 0)
        m_estimatedRows = size_t(double(size) / sniffer.bytesPerRecord() * 1.02) + 16;
    if (m_options.maxRows >= 0)
        m_estimatedRows = std::min(m_estimatedRows, size_t(m_options.maxRows));

    ImportResult result;
    CsvTokenizer tokenizer(m_dialect.delimiter, m_options.maxFieldBytes);
    tokenizer.setOffset(m_dialect.hasBom ? 3 : 0);
    std::vector<CsvField> fields;
    int64_t rows = 0;
    bool started = false;
    while (m_options.maxRows < 0 || rows < m_options.maxRows) {
        const auto status = tokenizer.next(m_buffer.data(), m_filled, m_atEnd, fields);
        if (status == CsvTokenizer::Status::End)
            break;
        if (status == CsvTokenizer::Status::Error)
            return ImportResult::failure(*tokenizerProblem(tokenizer));
        if (status == CsvTokenizer::Status::NeedMore) {
            // Keep the unfinished record, drop what was consumed, read the next chunk.
            const size_t consumed = tokenizer.offset();
            std::copy(m_buffer.begin() + std::ptrdiff_t(consumed), m_buffer.begin() + std::ptrdiff_t(m_filled), m_buffer.begin());
            m_filled -= consumed;
            m_buffer.resize(m_filled);
            tokenizer.setOffset(0);
            if (!fill())
                m_atEnd = true;
            continue;
        }
        if (fields.size() == 1 && fields[0].text.empty() && !fields[0].quoted)
            continue;   // blank line
        const int64_t line = tokenizer.recordLine();
        if (!started) {
            started = true;
            m_headerLine = line;
            if (auto error = startColumns(fields, result))
                return ImportResult::failure(*error);
            if (m_dialect.hasHeader)
                continue;
        }
        if (auto error = appendRecord(fields, line, result))
            return ImportResult::failure(*error);
        ++rows;
    }
    if (rows == 0) {
        return ImportResult::failure(Diagnostic::error(m_file,
            started ? QStringLiteral("the file has a header but no data rows") : QStringLiteral("the file holds no data"),
            QStringLiteral("Export the data again with its rows.")));
    }

    // The first column that had a missing value says how this file writes one; written
    // synthetic data follows the same convention so it compares with the source.
    QString missingText;
    for (const auto &builder : m_builders) {
        if (builder->missingText()) {
            missingText = QString::fromUtf8(builder->missingText()->data(), qsizetype(builder->missingText()->size()));
            break;
        }
    }
    for (size_t c = 0; c < m_builders.size(); ++c) {
        result.table.addColumn(m_builders[c]->finish(m_file, int(c) + 1, &result.warnings));
        m_builders[c].reset();   // free each builder's dictionary as soon as its column is done
    }
    for (int c = 0; c < result.table.columnCount(); ++c) {
        if (result.table.column(c).missingCount() == result.table.rowCount()) {
            Diagnostic d = Diagnostic::warning(m_file, QStringLiteral("every value is missing"),
                                               QStringLiteral("It will be excluded unless you give it a role."));
            d.column = c + 1;
            d.columnName = result.table.column(c).name();
            result.warnings << d;
        }
    }
    TableProvenance provenance{m_file, QStringLiteral("csv"), {},
                               m_options.computeSha256 && m_atEnd ? QString::fromLatin1(m_hash.result().toHex()) : QString(), {}};
    provenance.missingText = missingText;
    result.table.setProvenance(provenance);
    *dialect = m_dialect;
    return result;
}
} // namespace

ImportResult CsvReader::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ImportResult::failure(Diagnostic::error(path, QStringLiteral("the file cannot be opened (%1)").arg(file.errorString()),
                                                       QStringLiteral("Check the path and that you may read the file.")));
    }
    return read(file, path);
}

ImportResult CsvReader::read(QIODevice &device, const QString &name) const
{
    CsvImport import(m_options, device, name);
    return import.run(&m_dialect);
}

} // namespace synthreg::core
