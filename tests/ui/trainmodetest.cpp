// The Train mode as a user meets it: train the copula on the demo and see the loss chart and
// the evaluation fill; start CTAB-GAN+ and cancel it; pick a preset; read it in German.
#include "qstringprinter.h"

#include "ui/datasetloader.h"
#include "ui/datasetsession.h"
#include "ui/evaluatemode.h"
#include "ui/language.h"
#include "ui/losschart.h"
#include "ui/mainwindow.h"
#include "ui/projectsidebar.h"
#include "ui/trainingjob.h"
#include "ui/trainmode.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <numeric>

using namespace synthreg;

namespace {

/** The whole table as the training rows (these tests train without a holdout). */
gui::RowSelection everyRow(const core::Table &table)
{
    std::vector<size_t> rows(table.rowCount());
    std::iota(rows.begin(), rows.end(), size_t(0));
    return {table, rows};
}

constexpr int kTimeoutMs = 120'000;

template<typename T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

struct LoadedDemo
{
    gui::DatasetSession session;
    gui::DatasetLoader loader{&session};

    bool load()
    {
        loader.loadDemo();
        return QTest::qWaitFor([&] { return session.hasData() && !loader.isBusy(); }, kTimeoutMs);
    }
};

} // namespace

TEST(TrainModeTest, TrainingTheCopulaDrawsTheLossChartAndFillsTheEvaluation)
{
    gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openDemo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.session()->hasData() && !window.loader()->isBusy(); }, kTimeoutMs));
    auto *train = qobject_cast<gui::TrainMode *>(window.modePage(gui::Mode::Train));
    auto *evaluate = qobject_cast<gui::EvaluateMode *>(window.modePage(gui::Mode::Evaluate));
    ASSERT_NE(train, nullptr);
    ASSERT_NE(evaluate, nullptr);
    window.setMode(gui::Mode::Train);
    ASSERT_TRUE(train->selectGenerator(QStringLiteral("copula")));
    EXPECT_FALSE(child<QComboBox>(*train, "presetCombo")->isEnabled()) << "the copula has no epochs to preset";

    QSignalSpy finished(train, &gui::TrainMode::trainingFinished);
    QSignalSpy failed(train, &gui::TrainMode::failed);
    QSignalSpy evaluated(evaluate, &gui::EvaluateMode::evaluationFinished);
    auto *jobLabel = window.findChild<QLabel *>(QStringLiteral("jobStatusLabel"));
    ASSERT_NE(jobLabel, nullptr);
    EXPECT_TRUE(jobLabel->isHidden());
    child<QPushButton>(*train, "startTrainingButton")->click();
    EXPECT_FALSE(jobLabel->isHidden()) << "the status bar shows the running job";
    EXPECT_TRUE(jobLabel->text().startsWith(QStringLiteral("Training"))) << jobLabel->text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kTimeoutMs));
    ASSERT_TRUE(failed.isEmpty()) << failed.at(0).at(0).toString().toStdString();

    EXPECT_GT(train->lossChart()->pointCount(), 0);
    ASSERT_TRUE(train->lastResult());
    const size_t trainingRows = evaluate->trainingRows().rowCount();
    EXPECT_EQ(train->lastResult()->synthetic.rowCount(), trainingRows);
    auto *history = child<QTableWidget>(*train, "runHistory");
    ASSERT_EQ(history->rowCount(), 1);
    EXPECT_EQ(history->item(0, 1)->text(), QStringLiteral("Gaussian copula"));

    // The synthetic rows go straight to the Evaluate mode, which scores them.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !evaluated.isEmpty(); }, kTimeoutMs));
    ASSERT_TRUE(evaluate->report().has_value());
    EXPECT_GT(evaluate->report()->fidelity.qualityScore, 0.7);
    auto *quality = window.findChild<QLabel *>(QStringLiteral("qualityScoreValue"));
    ASSERT_NE(quality, nullptr);
    EXPECT_EQ(quality->text(), QLocale().toString(evaluate->report()->fidelity.qualityScore, 'f', 2));
    EXPECT_TRUE(jobLabel->isHidden()) << "no job runs any more: " << jobLabel->text().toStdString();

    // The project sidebar lists the source, the run, its synthetic set and the evaluation;
    // activating an entry opens the mode that shows it.
    auto *sidebar = window.findChild<gui::ProjectSidebar *>(QStringLiteral("projectSidebar"));
    ASSERT_NE(sidebar, nullptr);
    EXPECT_EQ(sidebar->entries(gui::ProjectSidebar::Source), QStringList{QStringLiteral("pbc.csv (418 × 20)")});
    EXPECT_EQ(sidebar->entries(gui::ProjectSidebar::Runs), QStringList{QStringLiteral("Gaussian copula, seed 42")});
    ASSERT_EQ(sidebar->entries(gui::ProjectSidebar::SyntheticSets).size(), 1);
    EXPECT_TRUE(sidebar->entries(gui::ProjectSidebar::SyntheticSets).front().startsWith(
        QStringLiteral("%1 rows").arg(trainingRows)));
    ASSERT_EQ(sidebar->entries(gui::ProjectSidebar::Evaluations).size(), 1);
    EXPECT_TRUE(sidebar->entries(gui::ProjectSidebar::Evaluations).front().contains(quality->text()));
    QTreeWidgetItem *source = sidebar->topLevelItem(gui::ProjectSidebar::Source)->child(0);
    Q_EMIT sidebar->itemActivated(source, 0);
    EXPECT_EQ(window.currentMode(), gui::Mode::Data);
}

TEST(TrainModeTest, CancellingCtabGanStopsTheRunAndSaysSo)
{
    LoadedDemo demo;
    ASSERT_TRUE(demo.load());
    gui::TrainMode mode(&demo.session, [&] { return everyRow(demo.session.table()); });
    mode.show();
    ASSERT_TRUE(mode.selectGenerator(QStringLiteral("ctabgan")));
    mode.setPreset(gui::TrainMode::Preset::Best);
    QSignalSpy failed(&mode, &gui::TrainMode::failed);
    QSignalSpy finished(&mode, &gui::TrainMode::trainingFinished);
    child<QPushButton>(mode, "startTrainingButton")->click();
    ASSERT_TRUE(mode.isRunning());
    EXPECT_FALSE(child<QPushButton>(mode, "startTrainingButton")->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor([&] { return mode.lossChart()->pointCount() > 0; }, kTimeoutMs));

    child<QPushButton>(mode, "cancelTrainingButton")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !mode.isRunning(); }, kTimeoutMs));
    EXPECT_TRUE(finished.isEmpty());
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.at(0).at(0).toString(), QStringLiteral("Training was cancelled."));
    EXPECT_EQ(child<QTableWidget>(mode, "runHistory")->item(0, 4)->text(), QStringLiteral("cancelled"));
    EXPECT_TRUE(child<QPushButton>(mode, "startTrainingButton")->isEnabled());
    EXPECT_FALSE(mode.lastResult());
}

TEST(TrainModeTest, PresetsScaleTheDefaultEpochsAndTheFormFollowsTheGenerator)
{
    LoadedDemo demo;
    ASSERT_TRUE(demo.load());
    gui::TrainMode mode(&demo.session, [&] { return everyRow(demo.session.table()); });
    ASSERT_TRUE(mode.selectGenerator(QStringLiteral("medvae")));
    auto *epochs = child<QSpinBox>(mode, "param_epochs");
    ASSERT_NE(epochs, nullptr);
    EXPECT_EQ(epochs->value(), 300) << "Balanced is the default";
    mode.setPreset(gui::TrainMode::Preset::Fast);
    EXPECT_EQ(epochs->value(), 75);
    mode.setPreset(gui::TrainMode::Preset::Best);
    EXPECT_EQ(epochs->value(), 900);
    EXPECT_NE(child<QSpinBox>(mode, "param_latent_dim"), nullptr);

    ASSERT_TRUE(mode.selectGenerator(QStringLiteral("copula")));
    EXPECT_EQ(child<QSpinBox>(mode, "param_epochs"), nullptr);
    EXPECT_NE(child<QWidget>(mode, "param_polychoric"), nullptr);
}

TEST(TrainModeTest, ReadsInGerman)
{
    LoadedDemo demo;
    gui::TrainMode mode(&demo.session, [&] { return everyRow(demo.session.table()); });
    ASSERT_EQ(gui::installTranslation(QStringLiteral("de")), QStringLiteral("de"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(child<QPushButton>(mode, "startTrainingButton")->text(), QStringLiteral("Training &starten"));
    EXPECT_EQ(child<QPushButton>(mode, "lossShowData")->text(), QStringLiteral("Daten zeigen"));
    ASSERT_TRUE(mode.selectGenerator(QStringLiteral("medvae")));
    EXPECT_TRUE(child<QLabel>(mode, "generatorSummary")->text().startsWith(QStringLiteral("Schneller, stabiler")))
        << child<QLabel>(mode, "generatorSummary")->text().toStdString();
    gui::installTranslation(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(child<QPushButton>(mode, "startTrainingButton")->text(), QStringLiteral("&Start training"));
}
