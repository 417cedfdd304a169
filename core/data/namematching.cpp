#include "namematching.h"

#include <algorithm>

namespace synthreg::core {

QStringList nameTokens(const QString &name)
{
    QStringList tokens;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            tokens << current.toLower();
        current.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        // camelCase boundary: "patientId" -> patient | Id; keep acronyms ("ID", "OS") whole.
        if (c.isUpper() && !current.isEmpty() && current.back().isLower())
            flush();
        current += c;
    }
    flush();
    return tokens;
}

bool hasToken(const QStringList &tokens, const QStringList &words)
{
    return std::any_of(tokens.begin(), tokens.end(), [&](const QString &token) { return words.contains(token); });
}

QString stripTokens(const QStringList &tokens, const QStringList &words)
{
    QStringList kept;
    for (const QString &token : tokens) {
        if (!words.contains(token))
            kept << token;
    }
    return kept.join(QLatin1Char('_'));
}

} // namespace synthreg::core
