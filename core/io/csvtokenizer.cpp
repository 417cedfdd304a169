#include "csvtokenizer.h"

namespace synthreg::core {

CsvTokenizer::Status CsvTokenizer::fail(Problem problem, int64_t line, int column)
{
    m_problem = problem;
    m_problemLine = line;
    m_problemColumn = column;
    return Status::Error;
}

CsvTokenizer::Status CsvTokenizer::complete(char *data, size_t next, int64_t line, std::vector<CsvField> &fields)
{
    for (const Span &span : m_spans) {
        if (!span.quoted) {
            fields.push_back({std::string_view(data + span.begin, span.end - span.begin), span.line, false});
        } else if (!span.needsUnescape) {
            fields.push_back({std::string_view(data + span.begin + 1, span.end - span.begin - 2), span.line, true});
        } else {
            // Drop the opening and closing quotes, turn "" into ", keep text after the closing quote.
            size_t write = span.begin;
            for (size_t read = span.begin + 1; read < span.end; ++read) {
                if (data[read] == '"') {
                    if (read + 1 < span.end && data[read + 1] == '"')
                        data[write++] = data[++read];
                    continue;
                }
                data[write++] = data[read];
            }
            fields.push_back({std::string_view(data + span.begin, write - span.begin), span.line, true});
        }
    }
    m_offset = next;
    m_recordLine = m_line;
    m_line = line;
    return Status::Record;
}

CsvTokenizer::Status CsvTokenizer::next(char *data, size_t size, bool atEnd, std::vector<CsvField> &fields)
{
    fields.clear();
    m_spans.clear();
    size_t pos = m_offset;
    int64_t line = m_line;
    if (pos >= size)
        return atEnd ? Status::End : Status::NeedMore;

    const char delimiter = m_delimiter;
    // Bytes that end an unquoted run.
    bool stop[256] = {};
    stop[(unsigned char)delimiter] = stop[(unsigned char)'\n'] = stop[(unsigned char)'\r'] = stop[0] = true;

    while (true) {
        Span span{pos, pos, line, false, false};
        const int column = int(m_spans.size()) + 1;

        if (pos < size && data[pos] == '"') {
            span.quoted = true;
            ++pos;
            while (true) {
                if (pos >= size) {
                    if (!atEnd)
                        return Status::NeedMore;
                    return fail(Problem::UnterminatedQuote, span.line, column);
                }
                const char c = data[pos];
                if (c == '"') {
                    if (pos + 1 >= size && !atEnd)
                        return Status::NeedMore;   // can't tell "" from a closing quote yet
                    if (pos + 1 < size && data[pos + 1] == '"') {
                        span.needsUnescape = true;
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    break;
                }
                if (c == '\0')
                    return fail(Problem::NulByte, line, column);
                if (c == '\n' || (c == '\r' && (pos + 1 >= size || data[pos + 1] != '\n')))
                    ++line;
                ++pos;
                if (int64_t(pos - span.begin) > m_maxFieldBytes)
                    return fail(Problem::FieldTooLong, span.line, column);
            }
        }
        // Unquoted run: the whole field, or text after a closing quote (joined, as Excel does).
        const size_t runStart = pos;
        while (pos < size && !stop[(unsigned char)data[pos]])
            ++pos;
        if (span.quoted && pos > runStart)
            span.needsUnescape = true;
        if (int64_t(pos - span.begin) > m_maxFieldBytes)
            return fail(Problem::FieldTooLong, span.line, column);
        if (pos >= size && !atEnd)
            return Status::NeedMore;
        if (pos < size && data[pos] == '\0')
            return fail(Problem::NulByte, line, column);
        span.end = pos;
        m_spans.push_back(span);

        if (pos >= size)
            return complete(data, pos, line, fields);
        const char c = data[pos];
        if (c == delimiter) {
            ++pos;
            continue;
        }
        // End of record: LF, CRLF or a lone CR.
        ++pos;
        if (c == '\r' && pos >= size && !atEnd)
            return Status::NeedMore;
        if (c == '\r' && pos < size && data[pos] == '\n')
            ++pos;
        return complete(data, pos, line + 1, fields);
    }
}

} // namespace synthreg::core
