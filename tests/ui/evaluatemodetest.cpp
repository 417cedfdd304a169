#include "qstringprinter.h"

#include "core/data/datasplit.h"
#include "core/data/typeinference.h"
#include "core/io/csvreader.h"
#include "ui/datasetloader.h"
#include "ui/datasetsession.h"
#include "ui/evaluatemode.h"
#include "ui/evaluationjob.h"
#include "ui/scorecardwidget.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace synthreg;

namespace {

constexpr int kTimeoutMs = 120'000;

core::Table readDemo()
{
    QFile file(QStringLiteral(":/demo/pbc.csv"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    core::ImportResult result = core::CsvReader().read(file, QStringLiteral("pbc.csv"));
    EXPECT_TRUE(result.ok());
    return std::move(result.table);
}

core::EvaluationRequest demoRequest()
{
    const core::Table real = readDemo();
    const core::DataSplit split = core::makeHoldoutSplit(real, 0.2, /*seed=*/42);
    core::EvaluationRequest request;
    request.train = real.selectRows(split.trainRowList());
    request.holdout = real.selectRows(split.holdoutRowList());
    request.schema = core::inferSchema(real).schema;
    return request;
}

} // namespace

TEST(EvaluationJobTest, FinishesWithQualityScoreAndPrivacy)
{
    core::EvaluationRequest request = demoRequest();
    request.synthetic = request.holdout;
    gui::EvaluationJob job(std::move(request));
    QSignalSpy finished(&job, &gui::EvaluationJob::finished);
    QSignalSpy failed(&job, &gui::EvaluationJob::failed);
    QSignalSpy progress(&job, &gui::EvaluationJob::progressChanged);
    job.run();
    ASSERT_EQ(failed.count(), 0) << failed.value(0).value(0).toString().toStdString();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_GT(progress.count(), 0);
    const auto report = finished.at(0).at(0).value<core::EvaluationReport>();
    EXPECT_GT(report.fidelity.qualityScore, 0.5);
    EXPECT_LE(report.fidelity.qualityScore, 1.0);
    ASSERT_TRUE(report.privacy.has_value());
    EXPECT_EQ(report.privacy->exactMatches.syntheticRows, report.holdoutRows);
}

TEST(EvaluationJobTest, CancelledJobFails)
{
    core::EvaluationRequest request = demoRequest();
    request.synthetic = request.holdout;
    gui::EvaluationJob job(std::move(request));
    QSignalSpy finished(&job, &gui::EvaluationJob::finished);
    QSignalSpy failed(&job, &gui::EvaluationJob::failed);
    job.cancel();
    job.run();
    EXPECT_EQ(finished.count(), 0);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QLatin1String("cancelled")));
}

TEST(ScorecardWidgetTest, GradeBands)
{
    using G = gui::ScorecardWidget::Grade;
    EXPECT_EQ(gui::ScorecardWidget::grade(0.95), G::Excellent);
    EXPECT_EQ(gui::ScorecardWidget::grade(0.90), G::Excellent);
    EXPECT_EQ(gui::ScorecardWidget::grade(0.85), G::Good);
    EXPECT_EQ(gui::ScorecardWidget::grade(0.70), G::Fair);
    EXPECT_EQ(gui::ScorecardWidget::grade(0.69), G::Poor);
    EXPECT_EQ(gui::ScorecardWidget::grade(std::nan("")), G::Unknown);
}

TEST(EvaluateModeTest, ShowsTheScorecardAndFlagsCopiesOfTrainingRows)
{
    gui::DatasetSession session;
    gui::DatasetLoader loader(&session);
    gui::EvaluateMode mode(&session);
    mode.resize(1200, 800);
    mode.show();
    auto *start = mode.findChild<QPushButton *>(QStringLiteral("startEvaluationButton"));
    ASSERT_NE(start, nullptr);
    EXPECT_FALSE(start->isEnabled());

    loader.loadDemo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.hasData() && !loader.isBusy(); }, kTimeoutMs));
    const core::Table train = mode.trainingRows();
    EXPECT_EQ(train.rowCount() + mode.holdoutRows().rowCount(), session.table().rowCount());
    EXPECT_GT(mode.holdoutRows().rowCount(), 0u);

    mode.setSynthetic(train, QStringLiteral("copy.csv"));
    ASSERT_TRUE(start->isEnabled());
    QSignalSpy finished(&mode, &gui::EvaluateMode::evaluationFinished);
    QSignalSpy failed(&mode, &gui::EvaluateMode::failed);
    start->click();
    EXPECT_TRUE(mode.isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kTimeoutMs));
    ASSERT_TRUE(failed.isEmpty()) << failed.at(0).at(0).toString().toStdString();
    ASSERT_TRUE(mode.report().has_value());

    auto *quality = mode.findChild<QLabel *>(QStringLiteral("qualityScoreValue"));
    ASSERT_NE(quality, nullptr);
    EXPECT_TRUE(quality->isVisible());
    EXPECT_EQ(quality->text(), QLocale().toString(mode.report()->fidelity.qualityScore, 'f', 2));
    auto *flags = mode.findChild<QLabel *>(QStringLiteral("flagList"));
    ASSERT_NE(flags, nullptr);
    EXPECT_TRUE(flags->text().contains(QLatin1String("exact copies"))) << flags->text().toStdString();
    auto *exact = mode.findChild<QLabel *>(QStringLiteral("exactMatchesValue"));
    ASSERT_NE(exact, nullptr);
    EXPECT_EQ(exact->text(), QLocale().toString(qulonglong(train.rowCount())));
}

TEST(EvaluateModeTest, DestroyingTheModeCancelsARunningEvaluation)
{
    gui::DatasetSession session;
    gui::DatasetLoader loader(&session);
    loader.loadDemo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.hasData() && !loader.isBusy(); }, kTimeoutMs));
    {
        gui::EvaluateMode mode(&session);
        mode.setSynthetic(mode.holdoutRows(), QStringLiteral("holdout.csv"));
        mode.start();
        EXPECT_TRUE(mode.isRunning());
    }   // the destructor cancels and joins the worker; reaching here without a crash is the test
    SUCCEED();
}
