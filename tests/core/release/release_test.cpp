// The Release issue's acceptance, through the core API: the gate catches a copied patient and
// the export removes it; a changed byte fails verification naming the file; what the bundle
// holds (and never holds); the manifest's format.
#include "releasefixture.h"

#include "core/release/bundleverifier.h"
#include "core/release/bundlewriter.h"
#include "core/release/copiedrows.h"
#include "core/release/manifest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

using namespace synthreg;
using test::ReleaseFixture;

namespace {

const ReleaseFixture &fixture()
{
    static const ReleaseFixture pbc;
    return pbc;
}

const core::GateCheck *check(const core::GateResult &gate, const QString &key)
{
    for (const core::GateCheck &c : gate.checks)
        if (c.key == key)
            return &c;
    return nullptr;
}

QJsonObject jsonEntry(const QString &zip, const QString &path)
{
    return QJsonDocument::fromJson(test::zipEntry(zip, path)).object();
}

bool mentions(const core::BundleVerification &result, const QString &file)
{
    return std::any_of(result.problems.begin(), result.problems.end(), [&](const auto &p) { return p.file == file; });
}

} // namespace

TEST(ReleaseGate, ACopiedRealRowFailsTheGateAndTheExportRemovesIt)
{
    const auto &pbc = fixture();
    const core::Table synthetic = core::concatenateRows({pbc.columnShuffled(1), pbc.holdout.selectRows({7})});
    core::ReleaseRequest request = pbc.request(synthetic);
    QString error;
    const auto plan = core::planRelease(request, false, &error);
    ASSERT_TRUE(plan) << error.toStdString();
    ASSERT_EQ(plan->copiedRows, std::vector<size_t>{synthetic.rowCount() - 1});   // a holdout patient counts too
    ASSERT_NE(check(plan->gate, QStringLiteral("exact_matches")), nullptr);
    EXPECT_EQ(check(plan->gate, QStringLiteral("exact_matches"))->outcome, core::CheckOutcome::Fail);
    EXPECT_TRUE(plan->gate.blocked());
    EXPECT_EQ(plan->released.rowCount(), synthetic.rowCount() - 1);

    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("bundle.zip"));
    const core::ReleaseOutcome blocked = core::writeRelease(request, zip, nullptr);
    EXPECT_FALSE(blocked.written);
    EXPECT_TRUE(blocked.error.contains(QLatin1String("exact_matches"))) << blocked.error.toStdString();
    EXPECT_FALSE(QFile::exists(zip));

    request.options.overrideJustification = QStringLiteral("The copied row is removed by the export; reviewed by the board.");
    const core::ReleaseOutcome written = core::writeRelease(request, zip, nullptr);
    ASSERT_TRUE(written.written) << written.error.toStdString();
    const core::BundleVerification verified = core::verifyBundle(zip, &pbc.all, &pbc.schema);
    EXPECT_TRUE(verified.ok()) << (verified.problems.empty() ? "" : verified.problems.front().message.toStdString());
    EXPECT_EQ(verified.copiedRows, size_t(0));
    EXPECT_EQ(jsonEntry(zip, QStringLiteral("privacy/assessment.json"))[QStringLiteral("copied_rows_removed")].toInt(), 1);
    const QJsonObject release = jsonEntry(zip, QStringLiteral("provenance.json"))[QStringLiteral("release")].toObject();
    EXPECT_EQ(release[QStringLiteral("override_justification")].toString(), request.options.overrideJustification);
    EXPECT_TRUE(release[QStringLiteral("overridden_checks")].toArray().contains(QStringLiteral("exact_matches")));
    EXPECT_TRUE(test::zipEntry(zip, QStringLiteral("README.txt")).contains("released although these checks failed"));
}

TEST(ReleaseGate, KeepingCopiesIsVisibleToVerify)
{
    const auto &pbc = fixture();
    core::ReleaseRequest request = pbc.request(core::concatenateRows({pbc.columnShuffled(2), pbc.train.selectRows({3, 4})}));
    request.options.removeCopies = false;
    request.options.overrideJustification = QStringLiteral("Testing that verify catches copies a steward chose to keep.");
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("kept.zip"));
    ASSERT_TRUE(core::writeRelease(request, zip, nullptr).written);
    const core::BundleVerification verified = core::verifyBundle(zip, &pbc.all, &pbc.schema);
    EXPECT_FALSE(verified.ok());
    EXPECT_EQ(verified.copiedRows, size_t(2));
    EXPECT_TRUE(mentions(verified, QStringLiteral("synthetic/pbc-synthetic.csv")));
}

TEST(ReleaseGate, WithoutAHoldoutPrivacyIsNotComputedAndSaysHow)
{
    const auto &pbc = fixture();
    core::EvaluationRequest evaluation{pbc.train, core::Table{}, pbc.columnShuffled(3), pbc.schema, {}};
    QString error;
    const auto report = core::evaluate(evaluation, {}, nullptr, &error);
    ASSERT_TRUE(report) << error.toStdString();
    const core::GateResult gate = core::releaseGate(*report, 0, {});
    EXPECT_EQ(check(gate, QStringLiteral("leakage"))->outcome, core::CheckOutcome::NotComputed);
    EXPECT_TRUE(check(gate, QStringLiteral("membership_auc"))->explanation.contains(QLatin1String("holdout")));
    EXPECT_EQ(gate.overall, core::CheckOutcome::Warn);
}

TEST(ReleaseGate, QualityBelowTheFloorFails)
{
    core::EvaluationReport report;
    report.fidelity.qualityScore = 0.55;
    const core::GateResult gate = core::releaseGate(report, 0, {});
    EXPECT_EQ(check(gate, QStringLiteral("quality"))->outcome, core::CheckOutcome::Fail);
    EXPECT_TRUE(gate.blocked());
    report.fidelity.qualityScore = 0.9;
    EXPECT_EQ(check(core::releaseGate(report, 0, {}), QStringLiteral("quality"))->outcome, core::CheckOutcome::Pass);
}

class ReleaseBundle : public ::testing::Test
{
protected:
    void SetUp() override
    {
        zip = dir.filePath(QStringLiteral("bundle.zip"));
        core::ReleaseRequest request = fixture().request(fixture().columnShuffled(4));
        // Shuffled training values sit closer to training rows than to holdout rows, and the
        // gate says so; these tests are about the bundle, so they release it anyway.
        request.options.overrideJustification = QStringLiteral("Test fixture: column-shuffled training rows.");
        const core::ReleaseOutcome outcome = core::writeRelease(request, zip, nullptr);
        ASSERT_TRUE(outcome.written) << outcome.error.toStdString();
    }
    QTemporaryDir dir;
    QString zip;
};

TEST_F(ReleaseBundle, HoldsWhatARecipientNeedsAndNoRealRow)
{
    const core::BundleVerification verified = core::verifyBundle(zip, &fixture().all, &fixture().schema);
    ASSERT_TRUE(verified.ok()) << verified.problems.front().message.toStdString();
    for (const QString &required : core::requiredBundleFiles())
        EXPECT_TRUE(verified.files.contains(required)) << required.toStdString();
    EXPECT_TRUE(verified.files.contains(QStringLiteral("synthetic/pbc-synthetic.csv")));
    for (const QString &file : verified.files) {   // no model weights, no real data, no holdout
        EXPECT_FALSE(file.contains(QLatin1String("model")) || file.contains(QLatin1String("holdout")) || file.endsWith(QLatin1String(".synthreg")))
            << file.toStdString();
    }
    const QString html = QString::fromUtf8(test::zipEntry(zip, QStringLiteral("report/report.html")));
    EXPECT_TRUE(html.contains(QLatin1String("default-src 'none'")));   // a browser fetches nothing
    EXPECT_FALSE(html.contains(QLatin1String("http://")) || html.contains(QLatin1String("https://")) || html.contains(QLatin1String("src=\"/")));
    const QJsonObject package = jsonEntry(zip, QStringLiteral("datapackage.json"));
    const QJsonArray fields = package[QStringLiteral("resources")].toArray()[0].toObject()[QStringLiteral("schema")].toObject()[QStringLiteral("fields")].toArray();
    ASSERT_EQ(fields.size(), fixture().train.columnCount());
    const auto sex = std::find_if(fields.begin(), fields.end(), [](const QJsonValue &f) { return f[QStringLiteral("name")] == QStringLiteral("sex"); });
    ASSERT_NE(sex, fields.end());
    EXPECT_EQ((*sex)[QStringLiteral("constraints")][QStringLiteral("enum")].toArray().size(), 2);
    const QJsonObject source = jsonEntry(zip, QStringLiteral("provenance.json"))[QStringLiteral("source")].toObject();
    EXPECT_EQ(source[QStringLiteral("rows")].toInt(), 418);
    EXPECT_EQ(source[QStringLiteral("file_name")].toString(), QStringLiteral("pbc.csv"));
}

TEST_F(ReleaseBundle, OneChangedByteFailsVerificationAndNamesTheFile)
{
    QByteArray html = test::zipEntry(zip, QStringLiteral("report/report.html"));
    ASSERT_FALSE(html.isEmpty());
    html[html.size() / 2] = html[html.size() / 2] == 'x' ? 'y' : 'x';
    test::replaceZipEntry(zip, QStringLiteral("report/report.html"), html);
    const core::BundleVerification verified = core::verifyBundle(zip);
    ASSERT_FALSE(verified.ok());
    EXPECT_EQ(verified.problems.size(), size_t(1));
    EXPECT_EQ(verified.problems.front().file, QStringLiteral("report/report.html"));
    EXPECT_TRUE(verified.problems.front().message.contains(QLatin1String("SHA-256")));
}

TEST_F(ReleaseBundle, AFlippedByteInTheArchiveIsCaughtAndNamed)
{
    QFile file(zip);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype header = bytes.indexOf("synthetic/pbc-synthetic.csv");   // the local header's file name
    ASSERT_GT(header, 0);
    bytes[header + 200] = char(bytes[header + 200] ^ 0x5a);               // inside its compressed data
    file.seek(0);
    file.write(bytes);
    file.close();
    const core::BundleVerification verified = core::verifyBundle(zip);
    ASSERT_FALSE(verified.ok());
    EXPECT_TRUE(mentions(verified, QStringLiteral("synthetic/pbc-synthetic.csv")));
}

TEST_F(ReleaseBundle, AnAddedFileIsReported)
{
    QuaZip archive(zip);
    ASSERT_TRUE(archive.open(QuaZip::mdAdd));
    QuaZipFile extra(&archive);
    ASSERT_TRUE(extra.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("synthetic/extra.csv"))));
    extra.write("a,b\n1,2\n");
    extra.close();
    archive.close();
    const core::BundleVerification verified = core::verifyBundle(zip);
    EXPECT_TRUE(mentions(verified, QStringLiteral("synthetic/extra.csv")));
}

TEST(BundleWriter, ACancelledExportLeavesNoZipAndKeepsAnOlderOne)
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("bundle.zip"));
    ASSERT_FALSE(core::writeBundle(zip, {core::BundleEntry::inMemory(QStringLiteral("a.txt"), "old")}).has_value());
    std::atomic<bool> cancel{false};
    const auto error = core::writeBundle(zip, {core::BundleEntry::inMemory(QStringLiteral("a.txt"), QByteArray(8 << 20, 'x'))},
                                         [&](double fraction) { cancel = fraction > 0.05; }, &cancel);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->contains(QLatin1String("cancelled")));
    EXPECT_EQ(test::zipEntry(zip, QStringLiteral("a.txt")), QByteArray("old"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("bundle.zip")});
}

TEST(BundleWriter, RefusesUnsafeOrRepeatedPaths)
{
    QTemporaryDir dir;
    for (const QString &path : {QStringLiteral("../x"), QStringLiteral("/etc/x"), QStringLiteral("manifest-sha256.txt")})
        EXPECT_TRUE(core::writeBundle(dir.filePath(QStringLiteral("b.zip")), {core::BundleEntry::inMemory(path, "x")}).has_value());
    EXPECT_TRUE(core::writeBundle(dir.filePath(QStringLiteral("b.zip")), {core::BundleEntry::inMemory(QStringLiteral("a"), "1"),
                                                                         core::BundleEntry::inMemory(QStringLiteral("a"), "2")}).has_value());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("b.zip"))));
}

TEST(Manifest, ReadsWhatItWritesAndNamesABadLine)
{
    const core::Manifest manifest{{QStringLiteral("a b.txt"), QString(64, u'a')}, {QStringLiteral("dir/c.csv"), QString(64, u'0')}};
    QString error;
    EXPECT_EQ(core::parseManifest(core::manifestText(manifest), &error), manifest);
    EXPECT_TRUE(core::manifestText(manifest).startsWith(QByteArray(64, 'a') + "  a b.txt\n"));   // sha256sum -c reads it
    EXPECT_FALSE(core::parseManifest(core::manifestText(manifest) + "not a line\n", &error));
    EXPECT_TRUE(error.contains(QLatin1String("line 3"))) << error.toStdString();
}

TEST(CopiedRows, IgnoreColumnsOnlyOneSideHasAndCompareCategoriesByLabel)
{
    const auto &pbc = fixture();
    QStringList withoutId = pbc.all.columnNames();
    withoutId.removeAll(QStringLiteral("id"));
    const core::Table synthetic = core::concatenateRows({pbc.columnShuffled(5).selectColumns(withoutId), pbc.all.selectRows({100}).selectColumns(withoutId)});
    QString error;
    const auto rows = core::rowsCopyingReal(synthetic, pbc.all, pbc.schema, &error);
    ASSERT_TRUE(rows) << error.toStdString();
    EXPECT_EQ(*rows, std::vector<size_t>{synthetic.rowCount() - 1});
    EXPECT_EQ(core::shuffledRows(synthetic, 9).rowCount(), synthetic.rowCount());
    EXPECT_EQ(core::withoutRows(synthetic, *rows).rowCount(), synthetic.rowCount() - 1);
}
