// Runs the built synthreg-cli as a user would and checks exit codes, messages and output.
#include "clirun.h"
#include "resources/demodata.h"
#include "support/testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {
using synthreg::test::cli;
using synthreg::test::CliRun;

QJsonObject columnNamed(const QJsonObject &inspection, const QString &name)
{
    for (const QJsonValue &column : inspection.value(QStringLiteral("columns")).toArray()) {
        if (column.toObject().value(QStringLiteral("name")).toString() == name)
            return column.toObject();
    }
    return {};
}
} // namespace

TEST(Cli, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("inspect")}).exitCode, 2);
    const CliRun help = cli({QStringLiteral("inspect"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--query"));
}

TEST(Cli, BadInputExitsWithThreeAndSaysWhy)
{
    QTemporaryDir dir;
    const QString path = synthreg::test::writeFile(dir, QStringLiteral("ragged.csv"), "a,b\n1,2\n3\n");
    const CliRun run = cli({QStringLiteral("inspect"), path});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains("ragged.csv, line 3")) << run.err.toStdString();
}

TEST(Cli, DemoRunsOnTheEmbeddedData)
{
    const CliRun run = cli({QStringLiteral("demo"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.left(run.out.lastIndexOf('}') + 1)).object();
    EXPECT_EQ(json.value(QStringLiteral("rows")).toInt(), 418);
    EXPECT_EQ(columnNamed(json, QStringLiteral("trt")).value(QStringLiteral("missing")).toInt(), 106);
}

TEST(Cli, InspectPbcFromSharedDatasets)
{
    const QString pbc = synthreg::test::sharedDatasetPath(QStringLiteral("pbc.csv"));
    if (pbc.isEmpty())
        GTEST_SKIP() << "../shared/datasets is not beside the checkout";
    const CliRun run = cli({QStringLiteral("inspect"), pbc, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(columnNamed(json, QStringLiteral("id")).value(QStringLiteral("role")).toString(), QStringLiteral("patient_id"));
    EXPECT_EQ(columnNamed(json, QStringLiteral("time")).value(QStringLiteral("role")).toString(), QStringLiteral("survival_time"));
    EXPECT_EQ(columnNamed(json, QStringLiteral("status")).value(QStringLiteral("role")).toString(), QStringLiteral("event_indicator"));
    EXPECT_EQ(columnNamed(json, QStringLiteral("bili")).value(QStringLiteral("role")).toString(), QStringLiteral("continuous"));
    EXPECT_EQ(columnNamed(json, QStringLiteral("trt")).value(QStringLiteral("missing")).toInt(), 106);
    const QJsonObject schema = json.value(QStringLiteral("schema")).toObject();
    const QJsonObject link = schema.value(QStringLiteral("survival")).toArray().at(0).toObject();
    EXPECT_EQ(link.value(QStringLiteral("time")).toString(), QStringLiteral("time"));
    EXPECT_EQ(link.value(QStringLiteral("event")).toString(), QStringLiteral("status"));
}

TEST(Cli, SchemaThenProjectCreateRoundTrip)
{
    QTemporaryDir dir;
    const QString data = synthreg::test::writeFile(dir, QStringLiteral("d.csv"), "id,age,sex\n1,50.5,f\n2,61.25,m\n3,70,f\n");
    const QString schema = dir.filePath(QStringLiteral("s.json"));
    CliRun run = cli({QStringLiteral("schema"), data, QStringLiteral("--out"), schema});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(synthreg::test::readFile(schema)).object().contains(QStringLiteral("columns")));

    // Never write over the source file.
    run = cli({QStringLiteral("schema"), data, QStringLiteral("--out"), data});
    EXPECT_EQ(run.exitCode, 2);

    const QString project = dir.filePath(QStringLiteral("p.synthreg"));
    run = cli({QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--import"), data,
               QStringLiteral("--schema"), schema});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // A second create must not overwrite the first.
    run = cli({QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--import"), data});
    EXPECT_EQ(run.exitCode, 3);
}

TEST(Cli, EvaluateAgainstAProjectStoresEachEvaluation)
{
    QTemporaryDir dir;
    const QString lung = synthreg::test::fixturePath(QStringLiteral("lung.csv"));
    const QString project = dir.filePath(QStringLiteral("lung.synthreg"));
    CliRun run = cli({QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--import"), lung});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    // The real file itself as "synthetic": every training row is copied, which must be flagged.
    const QString report = dir.filePath(QStringLiteral("report.json"));
    run = cli({QStringLiteral("evaluate"), QStringLiteral("--project"), project, QStringLiteral("--synthetic"), lung,
               QStringLiteral("--target"), QStringLiteral("sex"), QStringLiteral("--json"), report});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("stored as evaluation 1")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("FLAG: ")) << run.out.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(synthreg::test::readFile(report)).object();
    EXPECT_GT(json.value(QStringLiteral("privacy")).toObject().value(QStringLiteral("exact_matches")).toInt(), 100);
    EXPECT_EQ(json.value(QStringLiteral("rows")).toObject().value(QStringLiteral("train")).toInt()
                  + json.value(QStringLiteral("rows")).toObject().value(QStringLiteral("holdout")).toInt(), 228);

    run = cli({QStringLiteral("evaluate"), QStringLiteral("--project"), project, QStringLiteral("--synthetic"), lung});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("stored as evaluation 2")) << run.out.toStdString();
}

TEST(Cli, EvaluateNamesColumnsThatDiffer)
{
    QTemporaryDir dir;
    const QString real = synthreg::test::writeFile(dir, QStringLiteral("real.csv"), "age,bili\n50,1.1\n60,2.5\n70,0.9\n");
    const QString synthetic = synthreg::test::writeFile(dir, QStringLiteral("syn.csv"), "age,albumin\n51,3.1\n62,3.5\n");
    const CliRun run = cli({QStringLiteral("evaluate"), QStringLiteral("--real"), real, QStringLiteral("--synthetic"), synthetic});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains("bili")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("albumin")) << run.err.toStdString();
}

TEST(Cli, ProjectFromSdvMetadataKeepsTheDataColumnOrder)
{
    QTemporaryDir dir;
    const QString data = synthreg::test::writeFile(dir, QStringLiteral("d.csv"), "zeta,alpha\n1.5,f\n2.5,m\n3.5,f\n");
    const QString sdv = synthreg::test::writeFile(dir, QStringLiteral("m.json"),
        R"({"METADATA_SPEC_VERSION": "SINGLE_TABLE_V1", "columns": {"zeta": {"sdtype": "numerical"}, "alpha": {"sdtype": "categorical"}}})");
    const QString project = dir.filePath(QStringLiteral("p.synthreg"));
    const CliRun run = cli({QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--import"), data,
                            QStringLiteral("--schema"), sdv});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // The stored schema lists zeta before alpha, as the data does (SDV's JSON keys come back sorted).
    const CliRun evaluation = cli({QStringLiteral("evaluate"), QStringLiteral("--project"), project, QStringLiteral("--synthetic"), data,
                                   QStringLiteral("--json"), dir.filePath(QStringLiteral("r.json"))});
    ASSERT_EQ(evaluation.exitCode, 0) << evaluation.err.toStdString();
    const QJsonArray columns = QJsonDocument::fromJson(synthreg::test::readFile(dir.filePath(QStringLiteral("r.json"))))
                                   .object().value(QStringLiteral("fidelity")).toObject().value(QStringLiteral("columns")).toArray();
    ASSERT_EQ(columns.size(), 2);
    EXPECT_EQ(columns[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("zeta"));
}

TEST(Cli, DemoWritesABundleThatVerifyAccepts)
{
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("demo.zip"));
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--out"), bundle});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString() << demo.out.toStdString();
    EXPECT_TRUE(demo.out.contains("Release checks")) << demo.out.toStdString();
    EXPECT_TRUE(demo.out.contains("verified")) << demo.out.toStdString();

    QFile resource(synthreg::resources::demoBaselinePath());
    ASSERT_TRUE(resource.open(QIODevice::ReadOnly));
    const QString real = synthreg::test::writeFile(dir, QStringLiteral("pbc.csv"), resource.readAll());
    const CliRun verify = cli({QStringLiteral("verify"), bundle, QStringLiteral("--real"), real});
    EXPECT_EQ(verify.exitCode, 0) << verify.err.toStdString();
    EXPECT_TRUE(verify.out.contains("no synthetic row is identical")) << verify.out.toStdString();

    QFile tampered(bundle);   // a recipient's copy damaged on the way: verify says so
    ASSERT_TRUE(tampered.open(QIODevice::ReadWrite));
    QByteArray bytes = tampered.readAll();
    const qsizetype at = bytes.indexOf("provenance.json");
    ASSERT_GT(at, 0);
    bytes[at + 100] = char(bytes[at + 100] ^ 0x33);
    tampered.seek(0);
    tampered.write(bytes);
    tampered.close();
    const CliRun damaged = cli({QStringLiteral("verify"), bundle});
    EXPECT_EQ(damaged.exitCode, 3);
    EXPECT_TRUE(damaged.err.contains("provenance.json")) << damaged.err.toStdString();
}

TEST(Cli, ReleaseRefusesToWriteOverItsInput)
{
    QTemporaryDir dir;
    const QString csv = synthreg::test::writeFile(dir, QStringLiteral("real.csv"), "a,b\n1,x\n2,y\n3,x\n");
    const CliRun run = cli({QStringLiteral("release"), QStringLiteral("--real"), csv, QStringLiteral("--synthetic"), csv,
                            QStringLiteral("--out"), csv});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("never writes over a source")) << run.err.toStdString();
    EXPECT_EQ(synthreg::test::readFile(csv), QByteArray("a,b\n1,x\n2,y\n3,x\n"));
}

TEST(Cli, ExportModelWarnsThatWeightsCanMemorisePatients)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("demo.synthreg"));
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--project"), project, QStringLiteral("--out"), dir.filePath(QStringLiteral("b.zip"))}).exitCode, 0);
    const QString model = dir.filePath(QStringLiteral("model.srmodel"));
    const CliRun run = cli({QStringLiteral("export-model"), project, QStringLiteral("--out"), model});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("can memorise patients")) << run.err.toStdString();
    EXPECT_GT(QFileInfo(model).size(), 0);
    const CliRun badLimit = cli({QStringLiteral("release"), project, QStringLiteral("--out"), dir.filePath(QStringLiteral("c.zip")),
                                 QStringLiteral("--max-membership-auc"), QStringLiteral("0.3")});
    EXPECT_EQ(badLimit.exitCode, 2);
    EXPECT_TRUE(badLimit.err.contains("--max-membership-auc")) << badLimit.err.toStdString();
}
