#pragma once

#include "csvoptions.h"
#include "diagnostic.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace synthreg::core {

struct ValueConventions;

using SampleRows = std::vector<std::vector<std::string>>;

/**
 * Detects a file's dialect from its first bytes: BOM and encoding, delimiter (the candidate
 * among , ; TAB | that splits every sample line into the same number of fields, preferring
 * more fields), decimal comma (numbers like 1,5 in a file not split by commas), and whether
 * the first row is a header. Options that the user set are taken as given.
 */
class CsvSniffer
{
public:
    CsvSniffer(const CsvOptions &options, QString file) : m_options(options), m_file(std::move(file)) {}

    /** `sample` starts at the file's first byte; `wholeFile` says nothing follows it. */
    std::optional<Diagnostic> sniff(std::string_view sample, bool wholeFile);

    const CsvDialect &dialect() const { return m_dialect; }
    /** Sample records (header included) parsed with the detected dialect. */
    const SampleRows &rows() const { return m_rows; }
    /** Mean bytes per record in the sample, to estimate the row count of a large file. */
    double bytesPerRecord() const { return m_bytesPerRecord; }

private:
    std::optional<Diagnostic> detectEncoding(std::string_view &sample);
    char detectDelimiter(std::string_view sample, bool wholeFile) const;
    bool detectDecimalComma() const;
    bool detectHeader(const ValueConventions &conventions) const;

    CsvOptions m_options;
    QString m_file;
    CsvDialect m_dialect;
    SampleRows m_rows;
    double m_bytesPerRecord = 0;
};

/** Parses up to `maxRecords` records of `sample` (a copy is tokenized); the last, possibly cut, one is dropped unless `wholeFile`. */
SampleRows parseSample(std::string_view sample, char delimiter, bool wholeFile, size_t maxRecords);

} // namespace synthreg::core
