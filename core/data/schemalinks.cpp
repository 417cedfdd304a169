#include "schemalinks.h"

#include "survivaldetection.h"
#include "table.h"

#include <QCoreApplication>

namespace synthreg::core {

namespace {

// Sentences the Schema mode shows; the GUI's catalogue translates them.
struct SchemaLinksText
{
    Q_DECLARE_TR_FUNCTIONS(SchemaLinks)
};

} // namespace

SchemaEdit withSurvivalLink(Schema schema, const Table &table, qsizetype index, SurvivalLink link)
{
    ColumnSpec *time = schema.find(link.timeColumn);
    ColumnSpec *event = schema.find(link.eventColumn);
    if (!time || !event)
        return {std::nullopt, SchemaLinksText::tr("Choose a time column and an event column for the endpoint.")};
    if (time == event)
        return {std::nullopt, SchemaLinksText::tr("The time and the event of an endpoint must be two different columns.")};
    if (link.name.trimmed().isEmpty())
        link.name = link.timeColumn;
    for (qsizetype other = 0; other < schema.survival.size(); ++other) {
        if (other == index)
            continue;
        const SurvivalLink &existing = schema.survival.at(other);
        // Pressing Add twice must not list the same endpoint twice.
        if (existing.timeColumn == link.timeColumn && existing.eventColumn == link.eventColumn)
            return {std::nullopt, SchemaLinksText::tr("%1 and %2 are already endpoint %3.")
                                      .arg(link.timeColumn, link.eventColumn, existing.name)};
        if (existing.timeColumn == link.eventColumn || existing.eventColumn == link.timeColumn)
            return {std::nullopt, SchemaLinksText::tr("%1 is already the other part of endpoint %2.")
                                      .arg(existing.timeColumn == link.eventColumn ? link.eventColumn : link.timeColumn,
                                           existing.name)};
    }
    if (event->role != ColumnRole::EventIndicator || event->eventCoding.isEmpty()) {
        const int column = table.indexOf(link.eventColumn);
        const QStringList codes = column >= 0 ? distinctCodes(table.column(column), 3) : QStringList();
        if (codes.size() < 2 || codes.size() > 3)
            return {std::nullopt, SchemaLinksText::tr("%1 needs two or three values (such as 0 = censored, 1 = event) to say whether "
                                     "the event happened; it has %2.")
                                      .arg(link.eventColumn, codes.size() > 3 ? SchemaLinksText::tr("more") : QString::number(codes.size()))};
        QString reason;
        event->eventCoding = proposeEventCoding(codes, &reason);
        event->role = ColumnRole::EventIndicator;
        event->reason = reason;
    }
    if (time->role != ColumnRole::SurvivalTime) {
        time->role = ColumnRole::SurvivalTime;
        time->lowerBound = 0;
        time->reason = SchemaLinksText::tr("time of the endpoint %1, chosen by you").arg(link.name);
    }
    if (index >= 0 && index < schema.survival.size())
        schema.survival[index] = link;
    else
        schema.survival.append(link);
    return {std::move(schema), {}};
}

Schema withoutSurvivalLink(Schema schema, qsizetype index)
{
    if (index >= 0 && index < schema.survival.size())
        schema.survival.removeAt(index);
    return schema;
}

SchemaEdit withLongitudinalKeys(Schema schema, const std::optional<LongitudinalKeys> &keys)
{
    if (!keys) {
        schema.longitudinal.reset();
        return {std::move(schema), {}};
    }
    ColumnSpec *patient = schema.find(keys->patientIdColumn);
    ColumnSpec *visit = schema.find(keys->visitTimeColumn);
    if (!patient || !visit)
        return {std::nullopt, SchemaLinksText::tr("Choose the patient id column and the visit time column.")};
    if (patient == visit)
        return {std::nullopt, SchemaLinksText::tr("The patient id and the visit time must be two different columns.")};
    patient->role = ColumnRole::PatientId;
    visit->role = ColumnRole::VisitTime;
    schema.longitudinal = keys;
    return {std::move(schema), {}};
}

} // namespace synthreg::core
