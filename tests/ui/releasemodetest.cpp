// The Release mode as a steward meets it: a synthetic set holding two real patients is
// blocked until a justification is written; the export then leaves the copies out, and the
// bundle verifies against the real data.
#include "core/release/bundleverifier.h"
#include "ui/datasetsession.h"
#include "ui/evaluatemode.h"
#include "ui/mainwindow.h"
#include "ui/releasemode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

#include <numeric>
#include <random>

using namespace synthreg;

namespace {

constexpr int kTimeoutMs = 120'000;

/** Every column permuted on its own: realistic margins, no real row. */
core::Table columnShuffled(const core::Table &table)
{
    std::mt19937_64 random(7);
    core::Table out;
    for (int c = 0; c < table.columnCount(); ++c) {
        std::vector<size_t> order(table.rowCount());
        std::iota(order.begin(), order.end(), size_t(0));
        std::shuffle(order.begin(), order.end(), random);
        out.addColumn(table.column(c).selectRows(order));
    }
    return out;
}

} // namespace

TEST(ReleaseModeTest, BlocksCopiesUntilJustifiedThenExportsWithoutThem)
{
    gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openDemo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.session()->hasData(); }, kTimeoutMs));
    auto *evaluate = qobject_cast<gui::EvaluateMode *>(window.modePage(gui::Mode::Evaluate));
    auto *release = qobject_cast<gui::ReleaseMode *>(window.modePage(gui::Mode::Release));
    ASSERT_TRUE(evaluate && release);
    auto *exportButton = release->findChild<QPushButton *>(QStringLiteral("startReleaseButton"));
    ASSERT_NE(exportButton, nullptr);
    EXPECT_FALSE(exportButton->isEnabled());   // nothing evaluated yet

    const core::Table synthetic = core::concatenateRows({columnShuffled(evaluate->trainingRows()), evaluate->holdoutRows().head(2)});
    QSignalSpy planned(release, &gui::ReleaseMode::planReady);
    evaluate->setSynthetic(synthetic, QStringLiteral("two copies.csv"));
    evaluate->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return release->plan().has_value(); }, kTimeoutMs));
    window.setMode(gui::Mode::Release);
    EXPECT_EQ(release->plan()->copiedRows.size(), 2u);
    EXPECT_TRUE(release->plan()->gate.blocked());
    auto *copies = release->findChild<QLabel *>(QStringLiteral("check_exact_matches"));
    ASSERT_NE(copies, nullptr);
    EXPECT_EQ(copies->text(), QStringLiteral("Fail"));
    auto *justification = release->findChild<QPlainTextEdit *>(QStringLiteral("releaseJustification"));
    ASSERT_NE(justification, nullptr);
    EXPECT_TRUE(justification->isVisible());
    EXPECT_FALSE(exportButton->isEnabled());
    justification->setPlainText(QStringLiteral("Copies are left out by the export; approved by the data access board."));
    EXPECT_TRUE(exportButton->isEnabled());

    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("release.zip"));
    QSignalSpy exported(release, &gui::ReleaseMode::exported);
    QSignalSpy failed(release, &gui::ReleaseMode::failed);
    release->exportTo(zip);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !exported.isEmpty() || !failed.isEmpty(); }, kTimeoutMs));
    ASSERT_TRUE(failed.isEmpty()) << failed.at(0).at(0).toString().toStdString();

    const core::BundleVerification verified = core::verifyBundle(zip, &window.session()->table(), &window.session()->schema());
    EXPECT_TRUE(verified.ok()) << (verified.ok() ? std::string() : verified.problems.front().message.toStdString());
    EXPECT_EQ(verified.copiedRows, size_t(0));
    EXPECT_TRUE(verified.files.contains(QStringLiteral("report/report.pdf")));
    QuaZipFile provenance(zip, QStringLiteral("provenance.json"));
    ASSERT_TRUE(provenance.open(QIODevice::ReadOnly));
    const QJsonObject releaseInfo = QJsonDocument::fromJson(provenance.readAll()).object()[QStringLiteral("release")].toObject();
    EXPECT_EQ(releaseInfo[QStringLiteral("copied_rows_removed")].toInt(), 2);
    EXPECT_EQ(releaseInfo[QStringLiteral("override_justification")].toString(), justification->toPlainText());
}
