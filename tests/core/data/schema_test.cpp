#include "core/data/schema.h"
#include "core/data/schemafile.h"
#include "core/data/table.h"
#include "support/testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace synthreg::core;

namespace {
Schema survivalSchema()
{
    Schema schema;
    ColumnSpec id{QStringLiteral("id"), ColumnRole::PatientId};
    ColumnSpec time{QStringLiteral("os_time"), ColumnRole::SurvivalTime};
    time.lowerBound = 0;
    time.decimals = 0;
    ColumnSpec event{QStringLiteral("os_event"), ColumnRole::EventIndicator};
    event.eventCoding = EventCoding{{QStringLiteral("0")}, {QStringLiteral("2")}, {QStringLiteral("1")}};
    ColumnSpec stage{QStringLiteral("stage"), ColumnRole::Ordinal, MissingPolicy::Impute};
    stage.levels = {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III")};
    ColumnSpec email{QStringLiteral("email"), ColumnRole::Excluded};
    email.warnings << QStringLiteral("likely direct identifier");
    ColumnSpec day{QStringLiteral("day"), ColumnRole::VisitTime, MissingPolicy::DropRows};
    schema.columns = {id, time, event, stage, email, day};
    schema.survival = {SurvivalLink{QStringLiteral("OS"), QStringLiteral("os_time"), QStringLiteral("os_event")}};
    schema.longitudinal = LongitudinalKeys{QStringLiteral("id"), QStringLiteral("day")};
    return schema;
}
} // namespace

TEST(Schema, JsonRoundTripKeepsEveryDecision)
{
    const Schema schema = survivalSchema();
    const QByteArray text = QJsonDocument(schema.toJson()).toJson();
    QString error;
    const auto back = Schema::fromJson(QJsonDocument::fromJson(text).object(), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(*back, schema);
}

TEST(Schema, JsonErrorsNameTheKeyAtFault)
{
    QJsonObject json = survivalSchema().toJson();
    QJsonArray columns = json.value(QStringLiteral("columns")).toArray();
    QJsonObject second = columns[1].toObject();
    second.insert(QStringLiteral("role"), QStringLiteral("survival"));
    columns[1] = second;
    json.insert(QStringLiteral("columns"), columns);
    QString error;
    EXPECT_FALSE(Schema::fromJson(json, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("columns[1].role"))) << error.toStdString();

    json = survivalSchema().toJson();
    json.insert(QStringLiteral("version"), 99);
    EXPECT_FALSE(Schema::fromJson(json, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer SynthReg")));
}

TEST(Schema, SdvMetadataExportAndImport)
{
    Schema schema = survivalSchema();
    schema.longitudinal.reset();
    const QJsonObject sdv = schema.toSdvMetadata();
    EXPECT_EQ(sdv.value(QStringLiteral("METADATA_SPEC_VERSION")).toString(), QStringLiteral("SINGLE_TABLE_V1"));
    EXPECT_EQ(sdv.value(QStringLiteral("primary_key")).toString(), QStringLiteral("id"));
    const QJsonObject columns = sdv.value(QStringLiteral("columns")).toObject();
    EXPECT_EQ(columns.value(QStringLiteral("os_time")).toObject().value(QStringLiteral("sdtype")).toString(), QStringLiteral("numerical"));
    EXPECT_EQ(columns.value(QStringLiteral("os_event")).toObject().value(QStringLiteral("sdtype")).toString(), QStringLiteral("categorical"));
    EXPECT_TRUE(columns.value(QStringLiteral("email")).toObject().value(QStringLiteral("pii")).toBool());

    QString error;
    const auto back = Schema::fromSdvMetadata(sdv, &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->find(QStringLiteral("id"))->role, ColumnRole::PatientId);
    EXPECT_EQ(back->find(QStringLiteral("email"))->role, ColumnRole::Excluded);
    EXPECT_EQ(back->find(QStringLiteral("stage"))->role, ColumnRole::Categorical);   // SDV has no ordinal
}

TEST(Schema, ReadsSdvMetadataAsSdvWritesIt)
{
    const QByteArray sdv = R"({"METADATA_SPEC_VERSION": "SINGLE_TABLE_V1", "primary_key": "pid",
        "columns": {"pid": {"sdtype": "id"}, "age": {"sdtype": "numerical", "computer_representation": "Int64"},
                    "bmi": {"sdtype": "numerical"}, "smoker": {"sdtype": "boolean"},
                    "dx": {"sdtype": "datetime", "datetime_format": "%d.%m.%Y"},
                    "mail": {"sdtype": "email", "pii": true}}})";
    QString error;
    const auto schema = Schema::fromSdvMetadata(QJsonDocument::fromJson(sdv).object(), &error);
    ASSERT_TRUE(schema) << error.toStdString();
    EXPECT_EQ(schema->find(QStringLiteral("age"))->role, ColumnRole::Integer);
    EXPECT_EQ(schema->find(QStringLiteral("bmi"))->role, ColumnRole::Continuous);
    EXPECT_EQ(schema->find(QStringLiteral("smoker"))->role, ColumnRole::Binary);
    EXPECT_EQ(schema->find(QStringLiteral("dx"))->role, ColumnRole::Date);
    EXPECT_EQ(schema->find(QStringLiteral("mail"))->role, ColumnRole::Excluded);
}

TEST(Schema, ValidateNamesColumnsAndCodesThatDoNotFit)
{
    Table table;
    table.addColumn(Column::numeric(QStringLiteral("os_time"), {10, 20, 30}));
    table.addColumn(Column::numeric(QStringLiteral("os_event"), {0, 2, 3}));
    Schema schema;
    ColumnSpec time{QStringLiteral("os_time"), ColumnRole::SurvivalTime};
    ColumnSpec event{QStringLiteral("os_event"), ColumnRole::EventIndicator};
    event.eventCoding = EventCoding{{QStringLiteral("0")}, {QStringLiteral("2")}, {}};
    ColumnSpec ghost{QStringLiteral("ghost"), ColumnRole::Continuous};
    schema.columns = {time, event, ghost};
    schema.survival = {SurvivalLink{QStringLiteral("OS"), QStringLiteral("os_time"), QStringLiteral("os_event")}};
    const QStringList problems = schema.validate(table);
    ASSERT_EQ(problems.size(), 2) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems[0].contains(QStringLiteral("'ghost'")));
    EXPECT_TRUE(problems[1].contains(QStringLiteral("'3'")));
}

TEST(SchemaFile, ReadsBothFormatsAndOrdersColumnsLikeTheTable)
{
    QTemporaryDir dir;
    // SDV metadata has no column order: the reader keeps what it got, orderedLike() fixes it.
    const QString sdv = synthreg::test::writeFile(dir, QStringLiteral("metadata.json"),
        R"({"METADATA_SPEC_VERSION": "SINGLE_TABLE_V1", "columns": {"zeta": {"sdtype": "numerical"}, "alpha": {"sdtype": "categorical"}}})");
    QString error;
    const auto schema = readSchemaFile(sdv, &error);
    ASSERT_TRUE(schema) << error.toStdString();
    const Schema ordered = orderedLike(*schema, {QStringLiteral("zeta"), QStringLiteral("alpha")});
    EXPECT_EQ(ordered.columns[0].name, QStringLiteral("zeta"));
    EXPECT_EQ(ordered.columns[1].name, QStringLiteral("alpha"));

    // A spec for a column the table lacks goes last, where validate() will name it.
    const Schema extra = orderedLike(*schema, {QStringLiteral("alpha")});
    EXPECT_EQ(extra.columns.last().name, QStringLiteral("zeta"));

    const QString ours = synthreg::test::writeFile(dir, QStringLiteral("s.json"), QJsonDocument(survivalSchema().toJson()).toJson());
    ASSERT_TRUE(readSchemaFile(ours, &error)) << error.toStdString();
}

TEST(SchemaFile, UnreadableFilesSayWhy)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(readSchemaFile(dir.filePath(QStringLiteral("missing.json")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("missing.json"))) << error.toStdString();
    EXPECT_FALSE(readSchemaFile(synthreg::test::writeFile(dir, QStringLiteral("bad.json"), "{not json"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a JSON object"))) << error.toStdString();
    EXPECT_FALSE(readSchemaFile(synthreg::test::writeFile(dir, QStringLiteral("other.json"), R"({"columns": []})"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("neither"))) << error.toStdString();
}
