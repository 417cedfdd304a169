// The privacy verdict a steward reads: each figure against its limit, warn halfway there.
#include "core/privacy/privacychecks.h"

#include <gtest/gtest.h>

using namespace synthreg::core;

namespace {

PrivacyReport cleanReport()
{
    PrivacyReport report;
    report.exactMatches.syntheticRows = 1000;
    report.leakage.coefficient = 0.01;
    report.dcr.shareCloserToTrain = 0.80;
    report.dcr.idealShare = 0.80;
    report.membership.auc = 0.51;
    report.smallCells.threshold = 10;
    return report;
}

CheckOutcome outcomeOf(const std::vector<PrivacyCheck> &checks, const char *key)
{
    for (const PrivacyCheck &check : checks)
        if (check.key == QLatin1String(key))
            return check.outcome;
    ADD_FAILURE() << "no check " << key;
    return CheckOutcome::NotComputed;
}

} // namespace

TEST(PrivacyChecks, ACleanReportPassesWithAReassuringVerdict)
{
    const auto checks = privacyChecks(cleanReport());
    ASSERT_EQ(checks.size(), 5u);
    EXPECT_EQ(overallOutcome(checks), CheckOutcome::Pass);
    EXPECT_TRUE(privacyVerdict(checks).startsWith(QStringLiteral("No sign"))) << privacyVerdict(checks).toStdString();
}

TEST(PrivacyChecks, EachFigureFailsPastItsLimitAndWarnsHalfwayThere)
{
    PrivacyReport report = cleanReport();
    report.exactMatches.syntheticMatches = 2;
    report.leakage.coefficient = 0.03;        // above 0.025: warn
    report.dcr.shareCloserToTrain = 0.95;     // 0.15 above ideal, margin 0.10: fail
    report.membership.auc = 0.57;             // above 0.55: warn
    report.smallCells.cells.push_back({QStringLiteral("stage"), QStringLiteral("1"), 3, 4});
    const auto checks = privacyChecks(report);
    EXPECT_EQ(outcomeOf(checks, "exact_matches"), CheckOutcome::Fail);
    EXPECT_EQ(outcomeOf(checks, "leakage"), CheckOutcome::Warn);
    EXPECT_EQ(outcomeOf(checks, "dcr_share"), CheckOutcome::Fail);
    EXPECT_EQ(outcomeOf(checks, "membership_auc"), CheckOutcome::Warn);
    EXPECT_EQ(outcomeOf(checks, "small_cells"), CheckOutcome::Warn);
    EXPECT_EQ(overallOutcome(checks), CheckOutcome::Fail);
    const QString verdict = privacyVerdict(checks);
    EXPECT_TRUE(verdict.contains(QStringLiteral("Exact copies of training rows"))) << verdict.toStdString();
    EXPECT_TRUE(verdict.contains(QStringLiteral("Share closer to training rows"))) << verdict.toStdString();
    EXPECT_FALSE(verdict.contains(QStringLiteral("Membership"))) << "only failures are named when one fails";

    report.leakage.coefficient = 0.06;
    EXPECT_EQ(outcomeOf(privacyChecks(report), "leakage"), CheckOutcome::Fail);
    PrivacyThresholds lenient;
    lenient.leakageCoefficient = 0.2;
    EXPECT_EQ(outcomeOf(privacyChecks(report, lenient), "leakage"), CheckOutcome::Pass);
}

TEST(PrivacyChecks, AFigureThatCouldNotBeComputedIsNotAPass)
{
    PrivacyReport report = cleanReport();
    report.leakage.coefficient = NAN;
    report.leakage.error = QStringLiteral("The holdout is too small for the leakage coefficient.");
    const auto checks = privacyChecks(report);
    EXPECT_EQ(outcomeOf(checks, "leakage"), CheckOutcome::NotComputed);
    EXPECT_EQ(overallOutcome(checks), CheckOutcome::Warn);
    EXPECT_EQ(checks[1].explanation, report.leakage.error);
}
