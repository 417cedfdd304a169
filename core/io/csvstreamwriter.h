#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace synthreg::core {

class Table;

/** How written values look. The defaults write ISO dates and empty cells for missing values. */
struct CsvWriteOptions
{
    QString missingText;          ///< e.g. "NA" to follow the source's convention
    bool useSourceDateFormat = false; ///< dates as Column::sourceFormat() (e.g. dd.MM.yyyy) when known
};

/**
 * Writes a CSV in pieces: open(), then append() tables with the same columns as often as
 * needed (synthetic rows stream out in chunks, so memory stays bounded), then commit().
 * RFC 4180, UTF-8 without BOM, CRLF. Nothing appears at `path` until commit() succeeds;
 * destroying the writer before commit() leaves no file (QSaveFile).
 */
class CsvStreamWriter
{
public:
    explicit CsvStreamWriter(QString path, CsvWriteOptions options = {});
    ~CsvStreamWriter();

    /** Writes the header of `columns`' names. Returns a Diagnostic when the file cannot be created. */
    std::optional<Diagnostic> open(const Table &columns);
    std::optional<Diagnostic> append(const Table &rows);
    std::optional<Diagnostic> commit();

private:
    std::optional<Diagnostic> writeFailed();
    std::optional<Diagnostic> flush(bool force);

    QString m_path;
    CsvWriteOptions m_options;
    QSaveFile m_file;
    QByteArray m_buffer;
};

} // namespace synthreg::core
