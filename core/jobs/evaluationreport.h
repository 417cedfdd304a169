#pragma once

#include "core/privacy/privacyreport.h"
#include "core/stats/correlation.h"
#include "core/stats/descriptives.h"
#include "core/stats/effectagreement.h"
#include "core/stats/fidelity.h"
#include "core/stats/survivalmetrics.h"
#include "core/stats/tabsyndex.h"
#include "core/stats/utility.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace synthreg::core {

/** Train-on-synthetic-test-on-real, the discriminator and effect agreement for one target. */
struct UtilitySection
{
    TstrResult tstr;
    DiscriminatorResult discriminator;
    std::optional<EffectAgreementResult> effects;   ///< binary targets (logistic odds ratios)
};

/** What an evaluation was asked to do; stored beside its report. */
struct EvaluationSettings
{
    QString target;                       ///< utility target column; empty = no utility section
    std::vector<double> riskTimes;        ///< numbers at risk shown at these times; empty = quartiles of real follow-up
    int smallCellThreshold = 10;
    double leakageThreshold = 0.05;
    uint64_t seed = 42;
    int threads = 0;                      ///< 0: one per core

    QJsonObject toJson() const;
};

/**
 * Every number the dashboard, the CLI and the release report show, computed once.
 * toJson() keys are stable and documented in docs/report-format.md: add keys, never rename.
 */
struct EvaluationReport
{
    EvaluationSettings settings;
    size_t trainRows = 0;
    size_t holdoutRows = 0;
    size_t syntheticRows = 0;

    FidelityReport fidelity;
    std::optional<FidelityReport> holdoutFidelity;   ///< real train vs real holdout: the reference
    TabSynDexScores tabsyndex;
    Table1 table1;
    CorrelationReport correlations;
    std::vector<SurvivalEndpointEvaluation> survival;
    std::optional<UtilitySection> utility;           ///< needs a target and a holdout
    std::optional<PrivacyReport> privacy;            ///< needs a holdout
    QStringList flags;                               ///< plain-language findings a steward must read

    QJsonObject toJson() const;
};

} // namespace synthreg::core
