// TableEncoder::parseConditions: "sex=f" / "stage=4" into Category-span conditions.

#include "encoderstate.h"

#include <algorithm>

namespace synthreg::core {

namespace {

constexpr int kListedLevels = 10;

QString listed(const QStringList &values)
{
    QString text = values.mid(0, kListedLevels).join(QStringLiteral(", "));
    if (values.size() > kListedLevels)
        text += QStringLiteral(" … (%1 in all)").arg(values.size());
    return text;
}

/** Same level: the text as written, or the same number ("4" and "4.0" for a numeric-stored stage). */
bool sameLevel(const QString &label, const QString &wanted)
{
    if (label == wanted)
        return true;
    bool labelIsNumber = false, wantedIsNumber = false;
    const double a = label.toDouble(&labelIsNumber), b = wanted.toDouble(&wantedIsNumber);
    return labelIsNumber && wantedIsNumber && a == b;
}

int findLevel(const QStringList &labels, const QString &wanted)
{
    for (qsizetype i = 0; i < labels.size(); ++i)
        if (sameLevel(labels[i], wanted))
            return int(i);
    return -1;
}

} // namespace

std::optional<Conditions> TableEncoder::parseConditions(const QStringList &texts, QString *error) const
{
    const State &state = *m_state;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QStringList discreteNames;
    for (const EncodedColumnState &column : state.columns)
        if (!column.isContinuous)
            discreteNames << column.name;

    Conditions conditions;
    QStringList accepted;   // per condition, the text it came from
    for (const QString &text : texts) {
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        if (equals < 0)
            return fail(QStringLiteral("Condition '%1' has no '=': write it as column=level, e.g. sex=f.").arg(text));
        const QString name = text.left(equals).trimmed();
        const QString level = text.mid(equals + 1).trimmed();
        const int encoded = encodedColumn(name);
        if (encoded < 0) {
            const bool known = std::any_of(state.outputs.begin(), state.outputs.end(),
                                           [&](const OutputColumnState &output) { return output.name == name; });
            return fail(known ? QStringLiteral("Column '%1' is not modelled, so it cannot be a condition; conditions work on: %2.")
                                    .arg(name, listed(discreteNames))
                              : QStringLiteral("There is no column '%1' to condition on; conditions work on: %2.")
                                    .arg(name, listed(discreteNames)));
        }
        const EncodedColumnState &column = state.columns[size_t(encoded)];
        if (column.isContinuous)
            return fail(QStringLiteral("Column '%1' is continuous, so it cannot be a condition; conditions work on "
                                       "categorical columns: %2.").arg(name, listed(discreteNames)));
        const DiscreteState &d = column.discrete;
        const int found = findLevel(d.labels, level);
        if (found < 0) {
            if (findLevel(d.otherLabels, level) >= 0)
                return fail(QStringLiteral("Level '%1' of column '%2' is too rare to condition on: it is grouped with "
                                           "%3 other rare levels; use one of: %4.")
                                .arg(level, name).arg(d.otherLabels.size() - 1).arg(listed(d.labels)));
            return fail(QStringLiteral("Column '%1' has no level '%2'; use one of: %3.").arg(name, level, listed(d.labels)));
        }
        const Condition condition{state.firstSpan[size_t(encoded)], found};
        bool duplicate = false;
        for (size_t i = 0; i < conditions.size(); ++i) {
            if (conditions[i].span != condition.span)
                continue;
            if (conditions[i].category != condition.category)
                return fail(QStringLiteral("Conditions '%1' and '%2' contradict each other: keep one of them.")
                                .arg(accepted[qsizetype(i)], text));
            duplicate = true;
        }
        if (!duplicate) {
            conditions.push_back(condition);
            accepted << text;
        }
    }
    return conditions;
}

} // namespace synthreg::core
