#include "core/data/schemalinks.h"
#include "core/data/table.h"

#include <gtest/gtest.h>

using namespace synthreg::core;

namespace {

/** pbc's shape in six rows: follow-up days, a 0/1/2 status (2 = death), age, a patient id and a visit day. */
Table followUpTable()
{
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("days"), {400, 4500, 1012, 1925, 1504, 2503}));
    table.addColumn(Column::numeric(QStringLiteral("status"), {2, 0, 2, 2, 1, 0}));
    table.addColumn(Column::numeric(QStringLiteral("age"), {58.8, 56.4, 70.1, 54.7, 38.1, 66.3}));
    table.addColumn(Column::numeric(QStringLiteral("patient"), {1, 1, 2, 2, 3, 3}));
    table.addColumn(Column::numeric(QStringLiteral("visit"), {0, 180, 0, 180, 0, 180}));
    return table;
}

Schema plainSchema()
{
    Schema schema;
    for (const char *name : {"days", "status", "age", "patient", "visit"})
        schema.columns.append(ColumnSpec{QString::fromLatin1(name), ColumnRole::Continuous});
    return schema;
}

} // namespace

TEST(SchemaLinks, AnEndpointGivesItsColumnsTheirRolesAndACoding)
{
    const SchemaEdit edit = withSurvivalLink(plainSchema(), followUpTable(), 0,
                                             {QString(), QStringLiteral("days"), QStringLiteral("status")});
    ASSERT_TRUE(edit.schema) << edit.error.toStdString();
    ASSERT_EQ(edit.schema->survival.size(), 1);
    EXPECT_EQ(edit.schema->survival[0].name, QStringLiteral("days")) << "an unnamed endpoint is named after its time";
    const ColumnSpec *time = edit.schema->find(QStringLiteral("days"));
    const ColumnSpec *event = edit.schema->find(QStringLiteral("status"));
    EXPECT_EQ(time->role, ColumnRole::SurvivalTime);
    EXPECT_EQ(time->lowerBound, 0.0);
    EXPECT_EQ(event->role, ColumnRole::EventIndicator);
    // survival::pbc's convention: 0 censored, 1 transplant (competing), 2 death.
    EXPECT_EQ(event->eventCoding.censored, QStringList{QStringLiteral("0")});
    EXPECT_EQ(event->eventCoding.competing, QStringList{QStringLiteral("1")});
    EXPECT_EQ(event->eventCoding.event, QStringList{QStringLiteral("2")});
    EXPECT_TRUE(edit.schema->validate(followUpTable()).isEmpty()) << edit.schema->validate(followUpTable()).join(u'\n').toStdString();
}

TEST(SchemaLinks, AnEventColumnKeepsTheCodingTheUserGaveIt)
{
    Schema schema = plainSchema();
    ColumnSpec &status = *schema.find(QStringLiteral("status"));
    status.role = ColumnRole::EventIndicator;
    status.eventCoding = {{QStringLiteral("0"), QStringLiteral("1")}, {QStringLiteral("2")}, {}};
    const SchemaEdit edit = withSurvivalLink(schema, followUpTable(), 0,
                                             {QStringLiteral("OS"), QStringLiteral("days"), QStringLiteral("status")});
    ASSERT_TRUE(edit.schema);
    EXPECT_EQ(edit.schema->find(QStringLiteral("status"))->eventCoding, status.eventCoding);
}

TEST(SchemaLinks, AManyValuedEventColumnIsRefusedWithItsName)
{
    const SchemaEdit edit = withSurvivalLink(plainSchema(), followUpTable(), 0,
                                             {QStringLiteral("OS"), QStringLiteral("days"), QStringLiteral("age")});
    EXPECT_FALSE(edit.schema);
    EXPECT_TRUE(edit.error.contains(QStringLiteral("age"))) << edit.error.toStdString();
    EXPECT_TRUE(edit.error.contains(QStringLiteral("censored"))) << "says what an event column looks like";
}

TEST(SchemaLinks, OneColumnCannotBeBothPartsOfAnEndpoint)
{
    EXPECT_FALSE(withSurvivalLink(plainSchema(), followUpTable(), 0,
                                  {QStringLiteral("OS"), QStringLiteral("days"), QStringLiteral("days")}).schema);
    const SchemaEdit first = withSurvivalLink(plainSchema(), followUpTable(), 0,
                                              {QStringLiteral("OS"), QStringLiteral("days"), QStringLiteral("status")});
    ASSERT_TRUE(first.schema);
    const SchemaEdit swapped = withSurvivalLink(*first.schema, followUpTable(), 1,
                                                {QStringLiteral("X"), QStringLiteral("status"), QStringLiteral("days")});
    EXPECT_FALSE(swapped.schema) << "status is OS's event; it cannot be another endpoint's time";
    EXPECT_TRUE(swapped.error.contains(QStringLiteral("OS"))) << swapped.error.toStdString();
    const SchemaEdit twice = withSurvivalLink(*first.schema, followUpTable(), 1,
                                              {QStringLiteral("OS again"), QStringLiteral("days"), QStringLiteral("status")});
    EXPECT_FALSE(twice.schema) << "adding the same endpoint again would list it twice";
    EXPECT_TRUE(twice.error.contains(QStringLiteral("OS"))) << twice.error.toStdString();
}

TEST(SchemaLinks, EditingAndRemovingAnEndpointLeavesTheOthers)
{
    Table table = followUpTable();
    table.addColumn(Column::numeric(QStringLiteral("pfs_days"), {300, 4000, 900, 1800, 1400, 2400}));
    table.addColumn(Column::numeric(QStringLiteral("progressed"), {1, 0, 1, 1, 0, 0}));
    Schema schema = plainSchema();
    schema.columns.append(ColumnSpec{QStringLiteral("pfs_days"), ColumnRole::Continuous});
    schema.columns.append(ColumnSpec{QStringLiteral("progressed"), ColumnRole::Binary});
    schema = *withSurvivalLink(schema, table, 0, {QStringLiteral("OS"), QStringLiteral("days"), QStringLiteral("status")}).schema;
    schema = *withSurvivalLink(schema, table, 1, {QStringLiteral("PFS"), QStringLiteral("pfs_days"), QStringLiteral("progressed")}).schema;
    ASSERT_EQ(schema.survival.size(), 2);

    const SchemaEdit renamed = withSurvivalLink(schema, table, 0, {QStringLiteral("Overall survival"), QStringLiteral("days"), QStringLiteral("status")});
    ASSERT_TRUE(renamed.schema);
    EXPECT_EQ(renamed.schema->survival[0].name, QStringLiteral("Overall survival"));
    EXPECT_EQ(renamed.schema->survival[1].name, QStringLiteral("PFS"));

    const Schema removed = withoutSurvivalLink(*renamed.schema, 0);
    ASSERT_EQ(removed.survival.size(), 1);
    EXPECT_EQ(removed.survival[0].name, QStringLiteral("PFS"));
    EXPECT_EQ(removed.find(QStringLiteral("days"))->role, ColumnRole::SurvivalTime) << "roles stay; only the link goes";
}

TEST(SchemaLinks, LongitudinalKeysSetTheRolesAndCanBeCleared)
{
    const SchemaEdit edit = withLongitudinalKeys(plainSchema(), LongitudinalKeys{QStringLiteral("patient"), QStringLiteral("visit")});
    ASSERT_TRUE(edit.schema) << edit.error.toStdString();
    EXPECT_EQ(edit.schema->find(QStringLiteral("patient"))->role, ColumnRole::PatientId);
    EXPECT_EQ(edit.schema->find(QStringLiteral("visit"))->role, ColumnRole::VisitTime);
    EXPECT_TRUE(edit.schema->validate(followUpTable()).isEmpty()) << edit.schema->validate(followUpTable()).join(u'\n').toStdString();

    EXPECT_FALSE(withLongitudinalKeys(plainSchema(), LongitudinalKeys{QStringLiteral("patient"), QStringLiteral("patient")}).schema);
    EXPECT_FALSE(withLongitudinalKeys(plainSchema(), LongitudinalKeys{QStringLiteral("patient"), QStringLiteral("nope")}).schema);
    const SchemaEdit cleared = withLongitudinalKeys(*edit.schema, std::nullopt);
    ASSERT_TRUE(cleared.schema);
    EXPECT_FALSE(cleared.schema->longitudinal);
}
