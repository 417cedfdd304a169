#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace synthreg::core {

/** One field of a record, pointing into the tokenizer's buffer (quotes removed, "" unescaped). */
struct CsvField
{
    std::string_view text;
    int64_t line = 0;      ///< physical line the field starts on
    bool quoted = false;
};

/**
 * Splits a mutable byte buffer into RFC 4180 records, one at a time. A record is scanned
 * without changing the buffer; only once it is complete are quoted fields that need it
 * unescaped in place (the result is never longer than the input), so no field is copied and
 * a record cut by the end of a chunk can be scanned again.
 * Lenient where Excel and R are: a quote inside an unquoted field is literal, and text after a
 * closing quote joins the field. Line numbers count every LF and lone CR, inside quotes too.
 */
class CsvTokenizer
{
public:
    enum class Status { Record, NeedMore, End, Error };
    enum class Problem { None, UnterminatedQuote, NulByte, FieldTooLong };

    CsvTokenizer(char delimiter, int64_t maxFieldBytes) : m_delimiter(delimiter), m_maxFieldBytes(maxFieldBytes) {}

    /**
     * Parses the record starting at `offset` of [data, data + size). `atEnd` says no more bytes
     * follow; otherwise a record reaching the end of the buffer yields NeedMore and nothing is
     * consumed. On Record, `fields` holds it and offset() points past it.
     */
    Status next(char *data, size_t size, bool atEnd, std::vector<CsvField> &fields);

    size_t offset() const { return m_offset; }
    void setOffset(size_t offset) { m_offset = offset; }
    int64_t line() const { return m_line; }          ///< line of the next record
    int64_t recordLine() const { return m_recordLine; }
    Problem problem() const { return m_problem; }
    int64_t problemLine() const { return m_problemLine; }
    int problemColumn() const { return m_problemColumn; }

private:
    struct Span
    {
        size_t begin, end;   // raw bytes, quotes included
        int64_t line;
        bool quoted, needsUnescape;
    };
    Status complete(char *data, size_t next, int64_t line, std::vector<CsvField> &fields);
    Status fail(Problem problem, int64_t line, int column);

    char m_delimiter;
    int64_t m_maxFieldBytes;
    size_t m_offset = 0;
    int64_t m_line = 1;
    int64_t m_recordLine = 1;
    Problem m_problem = Problem::None;
    int64_t m_problemLine = 0;
    int m_problemColumn = 0;
    std::vector<Span> m_spans;
};

} // namespace synthreg::core
