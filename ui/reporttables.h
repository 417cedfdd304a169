#pragma once

#include "chartpanel.h"

#include "core/jobs/evaluationreport.h"

namespace synthreg::gui {

// The evaluation's tables as rows of display text, for the Table 1 and Utility views on
// screen and for the release report (one code path).

/** Table 1: per column mean (SD) and median [IQR], or n (%) per level, real beside synthetic, with the test and p. */
ChartData table1Data(const core::Table1 &table1);
/** TSTR beside the train-on-real baseline: one row per score that applies to the task. */
ChartData tstrData(const core::TstrResult &tstr);
/** Effect agreement: one row per covariate (level), odds or hazard ratios real and synthetic with their p. */
ChartData effectAgreementData(const core::EffectAgreementResult &effects);
/** One line on what the effect agreement compared and how often the two data sets agreed. */
QString effectAgreementTitle(const core::EffectAgreementResult &effects);
/** The display name of a Table 1 test key ("welch_t" → "Welch's t-test"). */
QString testDisplayName(const QString &method);

} // namespace synthreg::gui
