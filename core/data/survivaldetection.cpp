#include "survivaldetection.h"

#include "namematching.h"
#include "table.h"

#include <algorithm>

namespace synthreg::core {

namespace {
const QStringList &timeWords()
{
    static const QStringList words = QStringLiteral("time futime fu futm stime survtime surv survival followup "
                                                    "duration tte ttd ttp ttr").split(QLatin1Char(' '));
    return words;
}

const QStringList &eventWords()
{
    static const QStringList words = QStringLiteral("status event death dead died censor censored cens fustat "
                                                    "vital vitalstatus evt relapse progression recurrence").split(QLatin1Char(' '));
    return words;
}

bool looksLikeTime(const QStringList &tokens, const ColumnProfile &profile)
{
    return profile.storage == StorageKind::Numeric && profile.distinctCount > 10 && profile.minimum >= 0
        && hasToken(tokens, timeWords());
}

bool looksLikeEvent(const QStringList &tokens, const ColumnProfile &profile)
{
    if (profile.distinctCount < 2 || profile.distinctCount > 3)
        return false;
    if (profile.storage == StorageKind::Numeric && !profile.allIntegers)
        return false;
    return profile.storage != StorageKind::Timestamp && hasToken(tokens, eventWords());
}

QString endpointPrefix(const QStringList &tokens)
{
    return stripTokens(tokens, timeWords() + eventWords());
}

bool isEventWord(const QString &label)
{
    static const QStringList words{QStringLiteral("dead"), QStringLiteral("death"), QStringLiteral("died"),
                                   QStringLiteral("deceased"), QStringLiteral("event"), QStringLiteral("yes"),
                                   QStringLiteral("true"), QStringLiteral("relapse"), QStringLiteral("progression")};
    return words.contains(label.trimmed().toLower());
}

} // namespace

QStringList distinctCodes(const Column &column, qsizetype limit)
{
    QStringList codes;
    std::vector<double> numbers;
    for (size_t row = 0; row < column.size() && codes.size() + qsizetype(numbers.size()) <= limit; ++row) {
        if (column.isMissing(row))
            continue;
        if (column.kind() == StorageKind::Numeric) {
            if (std::find(numbers.begin(), numbers.end(), column.numbers()[row]) == numbers.end())
                numbers.push_back(column.numbers()[row]);
        } else if (!codes.contains(column.displayText(row))) {
            codes << column.displayText(row);
        }
    }
    std::sort(numbers.begin(), numbers.end());
    for (double value : numbers)
        codes << formatNumber(value);
    return codes;
}

EventCoding proposeEventCoding(const QStringList &codes, QString *reason)
{
    EventCoding coding;
    const QString listed = codes.join(QLatin1Char('/'));
    if (codes.size() == 2 && (isEventWord(codes[0]) != isEventWord(codes[1]))) {
        const int event = isEventWord(codes[0]) ? 0 : 1;
        coding.event << codes[event];
        coding.censored << codes[1 - event];
        *reason = QStringLiteral("codes %1: %2 = event, %3 = censored").arg(listed, codes[event], codes[1 - event]);
    } else if (codes.size() == 2) {
        // Numeric codes arrive sorted: {0,1} and R survival's {1,2} both put the event last.
        coding.censored << codes[0];
        coding.event << codes[1];
        *reason = QStringLiteral("codes %1: %2 = censored, %3 = event").arg(listed, codes[0], codes[1]);
    } else if (codes.size() == 3) {
        coding.censored << codes[0];
        coding.competing << codes[1];
        coding.event << codes[2];
        *reason = QStringLiteral("codes %1: %2 = censored, %3 = competing event, %4 = event")
                      .arg(listed, codes[0], codes[1], codes[2]);
    }
    return coding;
}

SurvivalProposal detectSurvivalPairs(const Table &table, const QList<ColumnProfile> &profiles,
                                     const QStringList &taken)
{
    SurvivalProposal proposal;
    QList<int> times, events;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString &name = table.column(c).name();
        if (taken.contains(name))
            continue;
        const QStringList tokens = nameTokens(name);
        if (looksLikeTime(tokens, profiles[c]))
            times << c;
        else if (looksLikeEvent(tokens, profiles[c]))
            events << c;
    }
    for (int t : times) {
        const QString prefix = endpointPrefix(nameTokens(table.column(t).name()));
        const auto match = std::find_if(events.begin(), events.end(), [&](int e) {
            return endpointPrefix(nameTokens(table.column(e).name())) == prefix;
        });
        if (match == events.end())
            continue;
        const int e = *match;
        events.erase(match);
        const QString timeName = table.column(t).name();
        const QString eventName = table.column(e).name();
        proposal.links << SurvivalLink{prefix.isEmpty() ? timeName : prefix.toUpper(), timeName, eventName};

        QString codingReason;
        proposal.eventCoding.insert(eventName, proposeEventCoding(distinctCodes(table.column(e), 3), &codingReason));
        proposal.reasons.insert(timeName, QStringLiteral("non-negative times named like a follow-up, paired with '%1' → survival time").arg(eventName));
        proposal.reasons.insert(eventName, QStringLiteral("%1, paired with '%2' → event indicator").arg(codingReason, timeName));
        if (profiles[t].minimum <= 0)
            proposal.warnings << QStringLiteral("Survival time '%1' has values ≤ 0: check them; synthetic times are always > 0.").arg(timeName);
    }
    for (int e : events) {
        proposal.warnings << QStringLiteral("'%1' looks like an event indicator but no matching time column was found: link it by hand if it is one.")
                                 .arg(table.column(e).name());
    }
    return proposal;
}

} // namespace synthreg::core
