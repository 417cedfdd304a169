#pragma once

#include "chartpanel.h"

#include "core/stats/survivalmetrics.h"

class QChart;
class QPalette;

namespace synthreg::gui {

/**
 * The Kaplan-Meier overlay of one endpoint: real and synthetic step curves with their 95%
 * log-log confidence bands. Screen and report share it. Where fewer than `minAtRisk` subjects
 * remain at risk a curve stops (output checking: a tail of a handful of patients can identify
 * them); 0 draws every step. The caller owns the chart.
 */
QChart *createSurvivalChart(const core::SurvivalEndpointEvaluation &endpoint, const QPalette &palette, int minAtRisk = 0);

/** The steps of a curve up to where fewer than `minAtRisk` remain at risk (all of them for 0). */
std::vector<core::KaplanMeierRow> plottedSteps(const std::vector<core::KaplanMeierRow> &curve, int minAtRisk);

/** The numbers at risk and survival at the report's times, real beside synthetic. */
ChartData survivalData(const core::SurvivalEndpointEvaluation &endpoint);

} // namespace synthreg::gui
