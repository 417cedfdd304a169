#pragma once

#include "columnprofile.h"
#include "schema.h"

#include <QHash>

namespace synthreg::core {

class Column;
class Table;

/** Survival endpoints found in a table, with the event coding and a reason per column. */
struct SurvivalProposal
{
    QList<SurvivalLink> links;
    QHash<QString, EventCoding> eventCoding;   ///< by event column name
    QHash<QString, QString> reasons;           ///< by column name
    QStringList warnings;
};

/**
 * Pairs time columns with event indicators by name and content: a time column is
 * non-negative, numeric and many-valued with a time word in its name (time, futime, surv,
 * followup, ...); an event column holds 2-3 codes with an event word (status, event, death,
 * censor, ...). Pairs share their remaining name ("os_time" + "os_status" -> OS).
 * Columns in `taken` (identifiers, visit times) are not considered.
 */
SurvivalProposal detectSurvivalPairs(const Table &table, const QList<ColumnProfile> &profiles,
                                     const QStringList &taken);

/**
 * Proposes what the codes of an event column mean: {0,1} -> 0 censored, 1 event;
 * {1,2} -> 1 censored, 2 event (R survival's convention); {0,1,2} -> 0 censored, 1 competing,
 * 2 event (survival::pbc: transplant competes with death); labels such as alive/dead by word.
 */
EventCoding proposeEventCoding(const QStringList &codes, QString *reason);

/**
 * The distinct non-missing values of `column` as displayed, numbers in numeric order. Stops
 * once it has found more than `limit`, so a many-valued column costs little.
 */
QStringList distinctCodes(const Column &column, qsizetype limit);

} // namespace synthreg::core
