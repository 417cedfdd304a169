#include "qstringprinter.h"

#include "core/data/datasplit.h"
#include "core/data/typeinference.h"
#include "core/io/csvreader.h"
#include "ui/datasetloader.h"
#include "ui/datasetsession.h"
#include "ui/evaluatemode.h"
#include "ui/columnsview.h"
#include "ui/evaluationdetails.h"
#include "ui/evaluationjob.h"
#include "ui/heatmapwidget.h"
#include "ui/privacyview.h"
#include "ui/scorecardwidget.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
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

/** The demo split 80/20 as the Evaluate mode splits it: the job selects the rows itself. */
struct DemoJobInput
{
    core::EvaluationRequest request;
    gui::RowSelection train;
    gui::RowSelection holdout;
};

DemoJobInput demoJobInput()
{
    const core::Table real = readDemo();
    const core::DataSplit split = core::makeHoldoutSplit(real, 0.2, /*seed=*/42);
    DemoJobInput input{{}, {real, split.trainRowList()}, {real, split.holdoutRowList()}};
    input.request.schema = core::inferSchema(real).schema;
    input.request.synthetic = input.holdout.select();   // a stand-in "synthetic" set of real rows
    return input;
}

} // namespace

TEST(EvaluationJobTest, FinishesWithQualityScoreAndPrivacy)
{
    DemoJobInput input = demoJobInput();
    gui::EvaluationJob job(std::move(input.request), input.train, input.holdout);
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
    DemoJobInput input = demoJobInput();
    gui::EvaluationJob job(std::move(input.request), input.train, input.holdout);
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

TEST(EvaluateModeTest, EveryTabShowsTheEvaluationWithItsNumbers)
{
    gui::DatasetSession session;
    gui::DatasetLoader loader(&session);
    gui::EvaluateMode mode(&session);
    mode.resize(1280, 800);
    mode.show();
    loader.loadDemo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.hasData() && !loader.isBusy(); }, kTimeoutMs));
    gui::EvaluationDetails *details = mode.details();
    EXPECT_FALSE(details->isTabEnabled(gui::EvaluationDetails::Privacy)) << "nothing to show before an evaluation";

    // Training rows as the "synthetic" set: a generator that copied every patient.
    const core::Table train = mode.trainingRows();
    mode.setSynthetic(train, QStringLiteral("copy.csv"));
    mode.setTarget(QStringLiteral("status"));
    QSignalSpy finished(&mode, &gui::EvaluateMode::evaluationFinished);
    QSignalSpy failed(&mode, &gui::EvaluateMode::failed);
    mode.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kTimeoutMs));
    ASSERT_TRUE(failed.isEmpty()) << failed.at(0).at(0).toString().toStdString();
    const core::EvaluationReport &report = *mode.report();
    for (int tab = 0; tab < details->count(); ++tab)
        EXPECT_TRUE(details->isTabEnabled(tab)) << details->tabText(tab).toStdString();

    // Columns: every scored column listed, worst first; the plot has a real and a synthetic line.
    details->setCurrentIndex(gui::EvaluationDetails::Columns);
    auto *columns = mode.findChild<QListWidget *>(QStringLiteral("comparedColumns"));
    ASSERT_NE(columns, nullptr);
    EXPECT_EQ(size_t(columns->count()), report.fidelity.columnShapes.size());
    details->columns()->showColumn(QStringLiteral("sex"));
    auto *columnChart = mode.findChild<QChartView *>(QStringLiteral("columnComparisonChart"));
    ASSERT_NE(columnChart, nullptr);
    EXPECT_EQ(columnChart->chart()->series().size(), 1) << "one bar series with a real and a synthetic set";
    auto *columnTable = mode.findChild<QTableWidget *>(QStringLiteral("columnComparisonTable"));
    ASSERT_NE(columnTable, nullptr);
    ASSERT_EQ(columnTable->rowCount(), 3) << "missing share, then the levels f and m";
    EXPECT_EQ(columnTable->item(1, 1)->text(), columnTable->item(1, 2)->text()) << "a copy has the same shares";

    // Correlations: three heatmaps over the same columns, a tooltip per cell, every pair in the table.
    details->setCurrentIndex(gui::EvaluationDetails::Correlations);
    auto *realMap = mode.findChild<gui::HeatmapWidget *>(QStringLiteral("realHeatmap"));
    ASSERT_NE(realMap, nullptr);
    const qsizetype n = realMap->content().matrix.columns.size();
    EXPECT_GT(n, 10);
    QTest::qWait(50);
    const QString tip = realMap->toolTipAt(QPoint(realMap->width() / 2, realMap->height() / 3));
    EXPECT_TRUE(tip.contains(QStringLiteral(" × "))) << tip.toStdString();
    auto *pairs = mode.findChild<QTableWidget *>(QStringLiteral("correlationTable"));
    ASSERT_NE(pairs, nullptr);
    EXPECT_EQ(pairs->rowCount(), n * (n - 1) / 2);
    EXPECT_EQ(pairs->item(0, 3)->text(), QLocale().toString(0.0, 'f', 3)) << "a copy differs by nothing";

    auto *table1 = mode.findChild<QTableWidget *>(QStringLiteral("table1"));
    ASSERT_NE(table1, nullptr);
    EXPECT_GE(table1->rowCount(), int(report.table1.rows.size()));

    // Survival: both curves with their bands, numbers at risk real and synthetic.
    details->setCurrentIndex(gui::EvaluationDetails::Survival);
    auto *survival = mode.findChild<QChartView *>(QStringLiteral("survivalChart"));
    ASSERT_NE(survival, nullptr);
    EXPECT_EQ(survival->chart()->series().size(), 4);
    auto *atRisk = mode.findChild<QTableWidget *>(QStringLiteral("numbersAtRisk"));
    ASSERT_NE(atRisk, nullptr);
    EXPECT_EQ(atRisk->rowCount(), 2);
    ASSERT_GT(atRisk->columnCount(), 0);
    EXPECT_EQ(atRisk->item(0, 0)->text(), atRisk->item(1, 0)->text()) << "a copy has the same risk sets";

    auto *tstr = mode.findChild<QTableWidget *>(QStringLiteral("tstrTable"));
    ASSERT_NE(tstr, nullptr);
    EXPECT_GT(tstr->rowCount(), 0) << "a target was chosen";

    // Privacy: a red light and a verdict that names the copies.
    details->setCurrentIndex(gui::EvaluationDetails::Privacy);
    auto *light = mode.findChild<QLabel *>(QStringLiteral("privacyLight"));
    ASSERT_NE(light, nullptr);
    EXPECT_EQ(light->text(), QStringLiteral("Fail"));
    EXPECT_TRUE(details->privacy()->verdict().contains(QStringLiteral("Exact copies of training rows")))
        << details->privacy()->verdict().toStdString();
    auto *distances = mode.findChild<QTableWidget *>(QStringLiteral("dcrTable"));
    ASSERT_NE(distances, nullptr);
    EXPECT_GT(distances->rowCount(), 0);
}
