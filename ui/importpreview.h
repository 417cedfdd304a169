#pragma once

#include "core/io/csvoptions.h"
#include "core/io/importresult.h"

#include <QCoreApplication>

#include <optional>

namespace synthreg::gui {

/**
 * The first rows of a source as the import would read them, for the import dialog. Each
 * function reads at most ImportPreview::kRows rows, so it is quick enough for the GUI
 * thread; none throws: problems come back in `result.error` and `result.warnings`.
 */
class ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(synthreg::gui::ImportPreview)

public:
    static constexpr int kRows = 100;

    core::ImportResult result;
    /** What the text reader used or detected; set only after a successful text read. */
    std::optional<core::CsvDialect> dialect;

    /** Reads a delimited text file with `options` (its maxRows is replaced by kRows). */
    static ImportPreview readText(const QString &path, core::CsvOptions options);
    static ImportPreview readSqliteTable(const QString &path, const QString &table);
    /**
     * Runs the query wrapped as `SELECT * FROM (<query>) LIMIT 100`, after checking that the
     * query itself is one read-only statement; a query that is refused or does not compile
     * gets SqliteSource::readQuery's message, and nothing runs.
     */
    static ImportPreview readSqliteQuery(const QString &path, const QString &sql);

    /** "semicolon-separated, UTF-8, decimal comma, header row" (translated). */
    static QString describeDialect(const core::CsvDialect &dialect);
    static QString encodingDisplayName(core::TextEncoding encoding);

    /**
     * Missing-value tokens as the user edits them: comma-separated, the empty cell written as
     * emptyTokenText() ("NA, N/A, (empty)"). parseNaTokens(formatNaTokens(x)) == x for every
     * list without commas, duplicates or surrounding spaces in its tokens.
     */
    static QString formatNaTokens(const QStringList &tokens);
    /** Splits on commas and trims; blank items are ignored, duplicates kept once. */
    static QStringList parseNaTokens(const QString &text);
    static QString emptyTokenText();
};

} // namespace synthreg::gui
