#include "schema.h"

#include "table.h"

#include <QSet>

namespace synthreg::core {

int Schema::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].name == name)
            return int(i);
    }
    return -1;
}

const ColumnSpec *Schema::find(const QString &name) const
{
    const int index = indexOf(name);
    return index < 0 ? nullptr : &columns[index];
}

ColumnSpec *Schema::find(const QString &name)
{
    const int index = indexOf(name);
    return index < 0 ? nullptr : &columns[index];
}

static QStringList distinctTexts(const Column &column)
{
    QSet<QString> seen;
    QStringList texts;
    for (size_t row = 0; row < column.size(); ++row) {
        if (column.isMissing(row))
            continue;
        const QString text = column.displayText(row);
        if (!seen.contains(text)) {
            seen.insert(text);
            texts << text;
        }
    }
    return texts;
}

QStringList Schema::validate(const Table &table) const
{
    QStringList problems;
    for (const ColumnSpec &spec : columns) {
        if (table.indexOf(spec.name) < 0)
            problems << QStringLiteral("Column '%1' is in the schema but not in the data: remove it from the schema or re-import the data.").arg(spec.name);
    }
    for (const QString &name : table.columnNames()) {
        if (indexOf(name) < 0)
            problems << QStringLiteral("Column '%1' is in the data but not in the schema: add it (or mark it excluded).").arg(name);
    }
    auto expectRole = [&](const QString &column, ColumnRole role, const QString &what) {
        const ColumnSpec *spec = find(column);
        if (!spec)
            problems << QStringLiteral("%1 '%2' is not a column of the schema.").arg(what, column);
        else if (spec->role != role)
            problems << QStringLiteral("%1 '%2' must have the role '%3'.").arg(what, column, roleDisplayName(role));
    };
    for (const SurvivalLink &link : survival) {
        expectRole(link.timeColumn, ColumnRole::SurvivalTime, QStringLiteral("Survival time column"));
        expectRole(link.eventColumn, ColumnRole::EventIndicator, QStringLiteral("Event column"));
    }
    if (longitudinal) {
        expectRole(longitudinal->patientIdColumn, ColumnRole::PatientId, QStringLiteral("Patient ID column"));
        expectRole(longitudinal->visitTimeColumn, ColumnRole::VisitTime, QStringLiteral("Visit time column"));
    }
    for (const ColumnSpec &spec : columns) {
        const int index = table.indexOf(spec.name);
        if (spec.role != ColumnRole::EventIndicator || index < 0)
            continue;
        if (spec.eventCoding.event.isEmpty()) {
            problems << QStringLiteral("Event column '%1' has no code marked as 'event': say which value means the event happened.").arg(spec.name);
            continue;
        }
        const QStringList present = distinctTexts(table.column(index));
        for (const QString &value : present) {
            if (!spec.eventCoding.censored.contains(value) && !spec.eventCoding.event.contains(value)
                && !spec.eventCoding.competing.contains(value))
                problems << QStringLiteral("Event column '%1' holds the value '%2', which is neither censored, event nor competing: assign it a meaning.").arg(spec.name, value);
        }
    }
    return problems;
}

} // namespace synthreg::core
