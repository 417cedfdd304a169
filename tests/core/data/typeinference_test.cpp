#include "core/data/survivaldetection.h"
#include "core/data/typeinference.h"
#include "core/io/csvreader.h"
#include "resources/demodata.h"
#include "support/testpaths.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace synthreg::core;

namespace {
Table readCsv(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    ImportResult result = CsvReader().read(file, path);
    EXPECT_TRUE(result.ok()) << (result.error ? result.error->toString().toStdString() : std::string());
    return result.table;
}

ColumnRole roleOf(const InferenceResult &result, const char *column)
{
    const ColumnSpec *spec = result.schema.find(QString::fromLatin1(column));
    EXPECT_NE(spec, nullptr) << column;
    return spec ? spec->role : ColumnRole::Excluded;
}
} // namespace

TEST(TypeInference, DemoPbcProposesWhatAStatisticianWould)
{
    const Table pbc = readCsv(synthreg::resources::demoBaselinePath());
    ASSERT_EQ(pbc.rowCount(), 418u);
    const InferenceResult result = inferSchema(pbc);
    EXPECT_EQ(roleOf(result, "id"), ColumnRole::PatientId);
    EXPECT_EQ(roleOf(result, "time"), ColumnRole::SurvivalTime);
    EXPECT_EQ(roleOf(result, "status"), ColumnRole::EventIndicator);
    EXPECT_EQ(roleOf(result, "bili"), ColumnRole::Continuous);
    EXPECT_EQ(roleOf(result, "sex"), ColumnRole::Binary);
    EXPECT_EQ(roleOf(result, "trt"), ColumnRole::Binary);
    const ColumnRole stage = roleOf(result, "stage");
    EXPECT_TRUE(stage == ColumnRole::Ordinal || stage == ColumnRole::Categorical);

    ASSERT_EQ(result.schema.survival.size(), 1);
    EXPECT_EQ(result.schema.survival[0].timeColumn, QStringLiteral("time"));
    EXPECT_EQ(result.schema.survival[0].eventColumn, QStringLiteral("status"));
    const EventCoding &coding = result.schema.find(QStringLiteral("status"))->eventCoding;
    EXPECT_EQ(coding.censored, QStringList{QStringLiteral("0")});
    EXPECT_EQ(coding.competing, QStringList{QStringLiteral("1")});   // transplant
    EXPECT_EQ(coding.event, QStringList{QStringLiteral("2")});       // death

    // Missing counts exactly as R's colSums(is.na(pbc)) reports them.
    const int trt = pbc.indexOf(QStringLiteral("trt"));
    EXPECT_EQ(result.profiles[trt].missingCount, 106);
    EXPECT_EQ(result.profiles[pbc.indexOf(QStringLiteral("chol"))].missingCount, 134);
    EXPECT_EQ(result.profiles[pbc.indexOf(QStringLiteral("platelet"))].missingCount, 11);
    EXPECT_TRUE(result.schema.validate(pbc).isEmpty()) << result.schema.validate(pbc).join(QLatin1Char('\n')).toStdString();
    for (const ColumnSpec &spec : result.schema.columns)
        EXPECT_FALSE(spec.reason.isEmpty()) << spec.name.toStdString();
}

TEST(TypeInference, DemoVisitsProposeLongitudinalKeys)
{
    const InferenceResult result = inferSchema(readCsv(synthreg::resources::demoVisitsPath()));
    ASSERT_TRUE(result.schema.longitudinal.has_value());
    EXPECT_EQ(result.schema.longitudinal->patientIdColumn, QStringLiteral("id"));
    EXPECT_EQ(result.schema.longitudinal->visitTimeColumn, QStringLiteral("day"));
    EXPECT_EQ(roleOf(result, "day"), ColumnRole::VisitTime);
    EXPECT_EQ(roleOf(result, "futime"), ColumnRole::SurvivalTime);
    EXPECT_EQ(roleOf(result, "status"), ColumnRole::EventIndicator);
}

TEST(TypeInference, DirectIdentifiersAreExcludedWithAWarning)
{
    const InferenceResult result = inferSchema(readCsv(synthreg::test::fixturePath(QStringLiteral("csv/identifiers.csv"))));
    for (const char *column : {"patient_name", "email", "phone", "date_of_birth"}) {
        EXPECT_EQ(roleOf(result, column), ColumnRole::Excluded) << column;
        EXPECT_FALSE(result.schema.find(QString::fromLatin1(column))->warnings.isEmpty()) << column;
    }
    EXPECT_EQ(roleOf(result, "arm"), ColumnRole::Binary);
    // Two endpoints, paired by their shared name.
    ASSERT_EQ(result.schema.survival.size(), 2);
    EXPECT_EQ(result.schema.survival[0].name, QStringLiteral("OS"));
    EXPECT_EQ(result.schema.survival[0].eventColumn, QStringLiteral("os_event"));
    EXPECT_EQ(result.schema.survival[1].name, QStringLiteral("EFS"));
    EXPECT_EQ(result.schema.survival[1].eventColumn, QStringLiteral("efs_status"));
}

TEST(TypeInference, EventCodingFollowsRConventions)
{
    QString reason;
    EXPECT_EQ(proposeEventCoding({QStringLiteral("1"), QStringLiteral("2")}, &reason).event, QStringList{QStringLiteral("2")});
    EXPECT_EQ(proposeEventCoding({QStringLiteral("dead"), QStringLiteral("alive")}, &reason).event, QStringList{QStringLiteral("dead")});
    EXPECT_EQ(proposeEventCoding({QStringLiteral("dead"), QStringLiteral("alive")}, &reason).censored, QStringList{QStringLiteral("alive")});
}

TEST(TypeInference, AdultFromSharedDatasets)
{
    const QString path = synthreg::test::sharedDatasetPath(QStringLiteral("adult.csv"));
    if (path.isEmpty())
        GTEST_SKIP() << "../shared/datasets is not beside the checkout";
    const InferenceResult result = inferSchema(readCsv(path));
    EXPECT_EQ(roleOf(result, "income"), ColumnRole::Binary);
    EXPECT_EQ(roleOf(result, "education"), ColumnRole::Categorical);
    EXPECT_EQ(roleOf(result, "fnlwgt"), ColumnRole::Continuous);
    const int education = result.schema.indexOf(QStringLiteral("education"));
    EXPECT_EQ(result.profiles[education].distinctCount, 16);
}
