#pragma once

#include "core/data/column.h"
#include "csvoptions.h"
#include "datetimeparsing.h"
#include "diagnostic.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace synthreg::core {

/** Settings every column of one read shares: how to decode text, spot NA tokens and numbers. */
struct ValueConventions
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool decimalComma = false;
    std::vector<std::string> naTokens;   ///< in the file's encoding

    bool isNa(std::string_view text) const;
};

/** Trims ASCII spaces and tabs: registries pad fields, and " m" must be the category "m". */
std::string_view trimSpaces(std::string_view text);
/** Parses a number the way the conventions say; false when `text` is not one. */
bool parseNumber(std::string_view text, bool decimalComma, double *value);

/**
 * Accumulates one column's values while a file streams by, typed on the way: it starts as
 * numbers, dates or text (decided from a sample, or from the first value) and turns into text
 * if a non-number arrives in a numeric column. Labels are decoded once per distinct value.
 */
class ColumnBuilder
{
public:
    enum class Kind { Undecided, Numeric, Date, Text };

    ColumnBuilder(QString name, const ValueConventions &conventions) : m_name(std::move(name)), m_conventions(&conventions) {}

    /** Chooses the kind from the sample's non-missing values (trimmed). */
    void prime(const std::vector<std::string_view> &sample);
    void reserve(size_t rows);

    /** Adds one value; returns false and fills `error` only for undecodable text (invalid UTF-8). */
    bool append(std::string_view raw, int64_t line, Diagnostic *error);

    /** The finished column, plus warnings about values it had to interpret. */
    Column finish(const QString &file, int columnNumber, Diagnostics *warnings);

    Kind kind() const { return m_kind; }
    const QString &name() const { return m_name; }
    /** True once a label held multi-byte UTF-8 (so a later invalid byte is an error, not Windows-1252). */
    bool sawUtf8() const { return m_sawUtf8; }
    /** The first missing-value token met in this column (as written, trimmed); nullopt when none. */
    const std::optional<std::string> &missingText() const { return m_missingText; }
    /** Switches label decoding to Windows-1252 (only valid while every label so far was ASCII). */
    void setEncoding(TextEncoding encoding) { m_encoding = encoding; }

private:
    struct FirstOccurrence
    {
        int64_t line = 0;
        QString text;
        int64_t count = 0;
        void note(int64_t atLine, std::string_view raw, TextEncoding encoding);
    };

    void decide(std::string_view value);
    void appendMissing();
    bool appendLabel(std::string_view value, int64_t line, Diagnostic *error);
    void convertToText(std::string_view trigger, int64_t line);

    QString m_name;
    const ValueConventions *m_conventions;
    TextEncoding m_encoding = TextEncoding::Utf8;
    Kind m_kind = Kind::Undecided;
    size_t m_rows = 0;
    size_t m_leadingMissing = 0;   // rows before the kind was decided
    DateFormat m_dateFormat;
    bool m_dateOrderAmbiguous = false;
    bool m_sawUtf8 = false;
    std::optional<std::string> m_missingText;

    std::vector<double> m_numbers;
    std::vector<int64_t> m_seconds;
    std::vector<uint8_t> m_missing;
    std::vector<int32_t> m_codes;
    std::unordered_map<std::string, int32_t> m_dictionary;
    std::string m_key;
    QStringList m_labels;

    FirstOccurrence m_nonFinite;     // inf, 1e999
    FirstOccurrence m_badDates;      // date-shaped but impossible, e.g. 2021-02-30
    FirstOccurrence m_textInNumbers; // the value that turned a numeric column into text
};

} // namespace synthreg::core
