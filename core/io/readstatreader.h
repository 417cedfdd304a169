#pragma once

#include "importresult.h"

namespace synthreg::core {

/**
 * Reads SAS (.sas7bdat, .xpt), Stata (.dta) and SPSS (.sav, .zsav) files through ReadStat.
 *
 * - Numeric variables with value labels become Categorical columns: one category per labelled
 *   value and per unlabelled value that occurs (named by its number), ordered by value. Labels
 *   that only name user-missing codes do not count, so such a variable stays Numeric.
 * - String variables become Categorical in order of first appearance; "" is missing.
 * - Other numeric variables become Numeric; Stata floats are widened as Stata prints them (1.1f -> 1.1).
 * - System missing, SAS/Stata special missing (.a-.z) and SPSS user-missing codes become missing.
 * - Date formats (SAS DATE9./MMDDYY./E8601DA./..., DATETIME.; Stata %td, %tc/%tC; SPSS DATE, ADATE,
 *   EDATE, SDATE, JDATE, DATETIME, ...) become Timestamp columns in UTC; dates outside the years
 *   0-9999 become missing with a warning.
 * - Variable names are kept as they are; variable labels are not read.
 * - SAS value labels live in a separate catalog (.sas7bcat) and are not read.
 *
 * The file is opened read-only. A missing, foreign, damaged or truncated file ends in
 * ImportResult::error naming the file and a fix; nothing throws. Truncation is also caught
 * where ReadStat reports success: fewer rows than the header announces, an .xpt whose size is
 * not a multiple of 80 bytes, a Stata 13+ file without its closing tag. Calls share no state
 * and may run on worker threads.
 */
class ReadStatReader
{
public:
    /** True for sas7bdat, xpt, dta, sav and zsav, in any letter case. */
    static bool handlesSuffix(const QString &suffix);
    static ImportResult readFile(const QString &path);
};

/**
 * Writes SPSS (.sav) and Stata (.dta) files through ReadStat: Numeric columns as doubles,
 * Categorical columns as codes 1..k with value labels (missing as system missing), Timestamp
 * columns as dates (SPSS DATE11 / Stata %td) or date-times (SPSS DATETIME20 / Stata %tc).
 *
 * Variable names: a column name made of ASCII letters, digits and '_' that starts with a letter,
 * is not a reserved word and fits (64 bytes SPSS, 32 characters Stata) is kept. Any other name has
 * each other character replaced by '_', gets a "v" prefix when it does not start with a letter
 * or is reserved, is cut to fit, and gets "_2", "_3", ... when taken (SPSS ignores case, so
 * "Age" takes "age" there) ("bmi.baseline" ->
 * "bmi_baseline", "2nd visit" -> "v2nd_visit"); the original name becomes the variable label.
 * Value labels longer than the format allows (SPSS: 120 bytes) are cut at a character boundary.
 *
 * Atomic like TableWriters: the file is written beside `path` and renamed on success, so a failed
 * write leaves the previous file (or none). Returns the error, naming the column and row of a
 * value the format cannot store; nothing throws. One export at a time: ReadStat stamps the file
 * with the non-reentrant localtime().
 */
class ReadStatWriter
{
public:
    static std::optional<Diagnostic> writeSav(const Table &table, const QString &path);
    static std::optional<Diagnostic> writeDta(const Table &table, const QString &path);
};

} // namespace synthreg::core
