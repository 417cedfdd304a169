#include "columnbuilder.h"

#include "textdecoding.h"

#include <charconv>
#include <cmath>

namespace synthreg::core {

bool ValueConventions::isNa(std::string_view text) const
{
    for (const std::string &token : naTokens) {
        if (token.size() == text.size() && token == text)
            return true;
    }
    return false;
}

std::string_view trimSpaces(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool parseNumber(std::string_view text, bool decimalComma, double *value)
{
    if (text.empty() || text.size() > 64)
        return false;
    if (text.front() == '+')
        text.remove_prefix(1);
    char buffer[64];
    if (decimalComma) {
        // "1,5" -> "1.5"; a '.' is not a decimal point in these files.
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '.')
                return false;
            buffer[i] = text[i] == ',' ? '.' : text[i];
        }
        text = std::string_view(buffer, text.size());
    }
    // from_chars also reads "inf" and "nan"; the caller decides what those mean.
    const auto result = std::from_chars(text.data(), text.data() + text.size(), *value);
    if (result.ec == std::errc::result_out_of_range && result.ptr == text.data() + text.size()) {
        *value = HUGE_VAL;   // 1e999: a number, but not a finite one
        return true;
    }
    return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

void ColumnBuilder::FirstOccurrence::note(int64_t atLine, std::string_view raw, TextEncoding encoding)
{
    if (count++ == 0) {
        line = atLine;
        text = decodeText(raw.substr(0, 80), encoding);
    }
}

void ColumnBuilder::reserve(size_t rows)
{
    m_numbers.reserve(rows);
}

void ColumnBuilder::prime(const std::vector<std::string_view> &sample)
{
    m_encoding = m_conventions->encoding;
    if (sample.empty())
        return;
    double number;
    if (std::all_of(sample.begin(), sample.end(), [&](std::string_view v) { return parseNumber(v, m_conventions->decimalComma, &number); })) {
        m_kind = Kind::Numeric;
        return;
    }
    if (const auto format = detectDateFormat(sample, &m_dateOrderAmbiguous)) {
        m_kind = Kind::Date;
        m_dateFormat = *format;
        m_seconds.reserve(m_numbers.capacity());
        m_missing.reserve(m_numbers.capacity());
        m_numbers = {};
        return;
    }
    m_kind = Kind::Text;
    m_codes.reserve(m_numbers.capacity());
    m_numbers = {};
}

void ColumnBuilder::decide(std::string_view value)
{
    double number;
    bool ambiguous = false;
    const size_t missing = m_leadingMissing;
    if (parseNumber(value, m_conventions->decimalComma, &number)) {
        m_kind = Kind::Numeric;
        m_numbers.assign(missing, std::nan(""));
    } else if (const auto format = detectDateFormat({value}, &ambiguous)) {
        m_kind = Kind::Date;
        m_dateFormat = *format;
        m_dateOrderAmbiguous = ambiguous;
        m_seconds.assign(missing, 0);
        m_missing.assign(missing, 1);
    } else {
        m_kind = Kind::Text;
        m_codes.assign(missing, Column::kMissingCode);
    }
}

void ColumnBuilder::appendMissing()
{
    switch (m_kind) {
    case Kind::Undecided: ++m_leadingMissing; break;
    case Kind::Numeric: m_numbers.push_back(std::nan("")); break;
    case Kind::Date: m_seconds.push_back(0); m_missing.push_back(1); break;
    case Kind::Text: m_codes.push_back(Column::kMissingCode); break;
    }
}

bool ColumnBuilder::appendLabel(std::string_view value, int64_t line, Diagnostic *error)
{
    m_key.assign(value.data(), value.size());
    auto it = m_dictionary.find(m_key);
    if (it == m_dictionary.end()) {
        if (m_encoding == TextEncoding::Utf8 && hasNonAscii(value)) {
            if (!isValidUtf8(value)) {
                error->line = line;
                error->columnName = m_name;
                error->message = QStringLiteral("the text is not valid UTF-8");
                return false;
            }
            m_sawUtf8 = true;
        }
        it = m_dictionary.emplace(m_key, int32_t(m_labels.size())).first;
        m_labels << decodeText(value, m_encoding);
    }
    m_codes.push_back(it->second);
    return true;
}

void ColumnBuilder::convertToText(std::string_view trigger, int64_t line)
{
    m_textInNumbers.note(line, trigger, m_encoding);
    // Earlier rows become labels as they read back; the shortest round-trip text of each number.
    std::vector<int32_t> codes;
    codes.reserve(std::max(m_numbers.capacity(), m_seconds.capacity()));
    const Column previous = m_kind == Kind::Numeric
                                ? Column::numeric(m_name, std::move(m_numbers))
                                : Column::timestamp(m_name, std::move(m_seconds), std::move(m_missing),
                                                    m_dateFormat.hasTime ? TimestampPrecision::DateTime : TimestampPrecision::Date);
    m_numbers = {};
    m_seconds = {};
    m_missing = {};
    for (size_t row = 0; row < previous.size(); ++row) {
        if (previous.isMissing(row)) {
            codes.push_back(Column::kMissingCode);
            continue;
        }
        const std::string text = previous.displayText(row).toStdString();
        auto it = m_dictionary.find(text);
        if (it == m_dictionary.end()) {
            it = m_dictionary.emplace(text, int32_t(m_labels.size())).first;
            m_labels << QString::fromStdString(text);
        }
        codes.push_back(it->second);
    }
    m_codes = std::move(codes);
    m_kind = Kind::Text;
}

bool ColumnBuilder::append(std::string_view raw, int64_t line, Diagnostic *error)
{
    ++m_rows;
    const std::string_view value = trimSpaces(raw);
    if (m_conventions->isNa(value) || m_conventions->isNa(raw)) {
        if (!m_missingText)
            m_missingText = std::string(value);
        appendMissing();
        return true;
    }
    if (m_kind == Kind::Undecided)
        decide(value);

    switch (m_kind) {
    case Kind::Numeric: {
        double number;
        if (parseNumber(value, m_conventions->decimalComma, &number)) {
            if (!std::isfinite(number)) {
                m_nonFinite.note(line, value, m_encoding);
                number = std::nan("");
            }
            m_numbers.push_back(number);
            return true;
        }
        convertToText(value, line);
        return appendLabel(value, line, error);
    }
    case Kind::Date:
        if (const auto seconds = parseDate(value, m_dateFormat)) {
            m_seconds.push_back(*seconds);
            m_missing.push_back(0);
            return true;
        }
        if (hasDateShape(value, m_dateFormat)) {
            m_badDates.note(line, value, m_encoding);
            appendMissing();
            return true;
        }
        convertToText(value, line);
        return appendLabel(value, line, error);
    case Kind::Text:
        return appendLabel(value, line, error);
    case Kind::Undecided:
        break;
    }
    return true;
}

Column ColumnBuilder::finish(const QString &file, int columnNumber, Diagnostics *warnings)
{
    auto warn = [&](const FirstOccurrence &what, const QString &message, const QString &fix) {
        if (what.count == 0)
            return;
        Diagnostic d = Diagnostic::warning(file, message.arg(what.count).arg(what.text), fix);
        d.line = what.line;
        d.column = columnNumber;
        d.columnName = m_name;
        warnings->append(d);
    };
    warn(m_nonFinite, QStringLiteral("%1 value(s) are infinite or too large for a number (first: '%2'); they were imported as missing"),
         QStringLiteral("Correct them in the source if they are typing errors."));
    warn(m_badDates, QStringLiteral("%1 value(s) are not valid dates (first: '%2'); they were imported as missing"),
         QStringLiteral("Correct them in the source, or add them to the missing-value codes."));
    warn(m_textInNumbers, QStringLiteral("numbers are mixed with text (from '%2' on), so the column was read as categories"),
         QStringLiteral("If that text is a missing-value code, add it to the missing-value codes (--na) and import again."));
    if (m_kind == Kind::Date && m_dateOrderAmbiguous) {
        Diagnostic d = Diagnostic::warning(file, QStringLiteral("no date proves whether dd/mm or mm/dd is meant; read as %1").arg(m_dateFormat.pattern()),
                                           QStringLiteral("Check a few dates; if they are month-first, convert them to yyyy-mm-dd in the source."));
        d.column = columnNumber;
        d.columnName = m_name;
        warnings->append(d);
    }

    switch (m_kind) {
    case Kind::Undecided:
        return Column::numeric(m_name, std::vector<double>(m_leadingMissing, std::nan("")));
    case Kind::Numeric:
        m_numbers.shrink_to_fit();
        return Column::numeric(m_name, std::move(m_numbers));
    case Kind::Date: {
        Column column = Column::timestamp(m_name, std::move(m_seconds), std::move(m_missing),
                                          m_dateFormat.hasTime ? TimestampPrecision::DateTime : TimestampPrecision::Date);
        column.setSourceFormat(m_dateFormat.pattern());
        return column;
    }
    case Kind::Text:
        m_codes.shrink_to_fit();
        return Column::categorical(m_name, std::move(m_codes), std::move(m_labels));
    }
    return {};
}

} // namespace synthreg::core
