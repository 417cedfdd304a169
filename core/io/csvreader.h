#pragma once

#include "csvoptions.h"
#include "importresult.h"

class QIODevice;

namespace synthreg::core {

/**
 * Streaming reader for delimited text (RFC 4180 quoting, embedded newlines, BOM, Latin-1 /
 * Windows-1252, decimal comma, NA tokens, header detection). Reads in fixed-size chunks, so
 * memory holds the typed columns and one chunk, never the file. Never writes anything.
 *
 * Columns become Numeric when every non-missing value is a number, Timestamp when they hold
 * dates in one recognised format, Categorical otherwise. Problems that lose no data
 * (renamed headers, text in a numeric column, infinite values, unparseable dates) are
 * warnings; structural problems (ragged rows, unterminated quotes, NUL bytes, invalid
 * UTF-8) are an error naming the line and column, and the table is then empty.
 */
class CsvReader
{
public:
    explicit CsvReader(CsvOptions options = {}) : m_options(std::move(options)) {}

    ImportResult readFile(const QString &path) const;
    /** Reads from an open device (a resource, a buffer); `name` is used in messages. */
    ImportResult read(QIODevice &device, const QString &name) const;

    /** The dialect the last successful read used or detected. */
    const CsvDialect &dialect() const { return m_dialect; }

private:
    CsvOptions m_options;
    mutable CsvDialect m_dialect;
};

} // namespace synthreg::core
