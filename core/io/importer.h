#pragma once

#include "csvoptions.h"
#include "importresult.h"

namespace synthreg::core {

/** What to import and how; the one description the CLI, the GUI and the project file share. */
struct ImportRequest
{
    QString path;
    QString table;     ///< SQLite: table or view to import
    QString query;     ///< SQLite: a read-only SELECT instead of a table
    CsvOptions csv;    ///< delimited text only
};

/** Picks the reader from the file's content and suffix (SQLite header, ReadStat suffixes, else text). */
ImportResult importData(const ImportRequest &request);

} // namespace synthreg::core
