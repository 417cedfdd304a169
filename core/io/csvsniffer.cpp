#include "csvsniffer.h"

#include "columnbuilder.h"
#include "csvtokenizer.h"
#include "textdecoding.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace synthreg::core {

namespace {
constexpr size_t kSampleRecords = 1000;
constexpr char kCandidates[] = {',', ';', '\t', '|'};

bool isNumber(const std::string &text, bool decimalComma)
{
    double value;
    return parseNumber(trimSpaces(text), decimalComma, &value);
}
} // namespace

SampleRows parseSample(std::string_view sample, char delimiter, bool wholeFile, size_t maxRecords)
{
    std::string copy(sample);
    CsvTokenizer tokenizer(delimiter, int64_t(copy.size()) + 1);
    std::vector<CsvField> fields;
    SampleRows rows;
    while (rows.size() < maxRecords) {
        if (tokenizer.next(copy.data(), copy.size(), wholeFile, fields) != CsvTokenizer::Status::Record)
            break;
        std::vector<std::string> row;
        for (const CsvField &field : fields)
            row.emplace_back(field.text);
        if (row.size() == 1 && row.front().empty())
            continue;   // blank line
        rows.push_back(std::move(row));
    }
    return rows;
}

std::optional<Diagnostic> CsvSniffer::detectEncoding(std::string_view &sample)
{
    const auto startsWith = [&](std::string_view prefix) { return sample.substr(0, prefix.size()) == prefix; };
    if (startsWith("\xFF\xFE") || startsWith("\xFE\xFF")) {
        return Diagnostic::error(m_file, QStringLiteral("the file is UTF-16 text, which SynthReg does not read"),
                                 QStringLiteral("Save it as \"CSV UTF-8\" (Excel) or UTF-8 text and import that file."));
    }
    if (startsWith("\xEF\xBB\xBF")) {
        m_dialect.hasBom = true;
        sample.remove_prefix(3);
    }
    if (m_options.encoding != TextEncoding::Auto) {
        m_dialect.encoding = m_options.encoding;
    } else if (m_dialect.hasBom || !hasNonAscii(sample)) {
        m_dialect.encoding = TextEncoding::Utf8;
    } else {
        // The sample may end inside a multi-byte character: judge up to its last line break.
        const size_t lastBreak = sample.find_last_of('\n');
        const std::string_view whole = lastBreak == std::string_view::npos ? sample : sample.substr(0, lastBreak);
        // Real UTF-8 beside invalid bytes is a mixed file: read it as UTF-8, so the reader
        // reports the first invalid byte by line and column instead of garbling the rest.
        m_dialect.encoding = isValidUtf8(whole) || hasUtf8Sequence(whole) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    }
    return std::nullopt;
}

char CsvSniffer::detectDelimiter(std::string_view sample, bool wholeFile) const
{
    char best = ',';
    double bestScore = -1;
    for (char candidate : kCandidates) {
        const SampleRows rows = parseSample(sample, candidate, wholeFile, 200);
        if (rows.empty())
            continue;
        std::map<size_t, size_t> widths;
        for (const auto &row : rows)
            ++widths[row.size()];
        const auto mode = std::max_element(widths.begin(), widths.end(),
                                           [](const auto &a, const auto &b) { return a.second < b.second; });
        if (mode->first < 2)
            continue;
        // Consistency first (every line the same width), then more fields.
        const double consistency = double(mode->second) / double(rows.size());
        const double score = consistency * 1000 + std::min<size_t>(mode->first, 999);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

bool CsvSniffer::detectDecimalComma() const
{
    if (m_dialect.delimiter == ',')
        return false;
    size_t commaNumbers = 0, pointNumbers = 0;
    for (size_t r = 1; r < m_rows.size(); ++r) {
        for (const std::string &field : m_rows[r]) {
            if (field.find(',') != std::string::npos && isNumber(field, true))
                ++commaNumbers;
            else if (field.find('.') != std::string::npos && isNumber(field, false))
                ++pointNumbers;
        }
    }
    return commaNumbers > 0 && pointNumbers == 0;
}

bool CsvSniffer::detectHeader(const ValueConventions &conventions) const
{
    if (m_rows.size() < 2)
        return m_rows.size() == 1 && !std::all_of(m_rows[0].begin(), m_rows[0].end(),
                                                  [&](const std::string &f) { return isNumber(f, conventions.decimalComma); });
    const auto &first = m_rows.front();
    bool everyFirstIsNumber = true;
    for (size_t c = 0; c < first.size(); ++c) {
        const bool firstIsNumber = isNumber(first[c], conventions.decimalComma);
        everyFirstIsNumber &= firstIsNumber;
        // A text cell on top of a column of numbers is a column name.
        bool columnIsNumeric = true, anyValue = false;
        for (size_t r = 1; r < m_rows.size(); ++r) {
            if (c >= m_rows[r].size() || conventions.isNa(trimSpaces(m_rows[r][c])))
                continue;
            anyValue = true;
            columnIsNumeric &= isNumber(m_rows[r][c], conventions.decimalComma);
        }
        if (anyValue && columnIsNumeric && !firstIsNumber && !conventions.isNa(trimSpaces(first[c])))
            return true;
    }
    if (everyFirstIsNumber)
        return false;
    // All-text columns: a header's cells are distinct and do not recur below them.
    for (size_t c = 0; c < first.size(); ++c) {
        for (size_t r = 1; r < m_rows.size(); ++r) {
            if (c < m_rows[r].size() && m_rows[r][c] == first[c])
                return false;
        }
    }
    return true;
}

std::optional<Diagnostic> CsvSniffer::sniff(std::string_view sample, bool wholeFile)
{
    const size_t fullSize = sample.size();
    if (auto error = detectEncoding(sample))
        return error;
    m_dialect.delimiter = m_options.delimiter ? m_options.delimiter : detectDelimiter(sample, wholeFile);
    m_rows = parseSample(sample, m_dialect.delimiter, wholeFile, kSampleRecords);
    m_bytesPerRecord = m_rows.empty() ? 0 : double(fullSize) / double(m_rows.size());
    m_dialect.decimalComma = m_options.decimalComma.value_or(detectDecimalComma());

    ValueConventions conventions;
    conventions.decimalComma = m_dialect.decimalComma;
    for (const QString &token : m_options.naTokens)
        conventions.naTokens.push_back(token.toStdString());
    switch (m_options.header) {
    case HeaderMode::Present: m_dialect.hasHeader = true; break;
    case HeaderMode::Absent: m_dialect.hasHeader = false; break;
    case HeaderMode::Auto: m_dialect.hasHeader = detectHeader(conventions); break;
    }
    return std::nullopt;
}

} // namespace synthreg::core
