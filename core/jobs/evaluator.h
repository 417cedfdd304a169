#pragma once

#include "evaluationreport.h"

#include "core/data/schema.h"
#include "core/data/table.h"

#include <atomic>
#include <functional>
#include <optional>

namespace synthreg::core {

/** The tables an evaluation compares. `holdout` may be empty: privacy and utility then skip. */
struct EvaluationRequest
{
    Table train;        ///< the real rows the generator saw
    Table holdout;      ///< real rows it never saw (empty table: none)
    Table synthetic;
    Schema schema;
    EvaluationSettings settings;
};

/** Reports a step: a fraction in [0, 1] and what is being computed, in words. */
using EvaluationProgress = std::function<void(double fraction, const QString &step)>;

/**
 * Computes the whole EvaluationReport: fidelity (with the real-holdout reference), TabSynDex,
 * Table 1, correlations, every survival endpoint, utility (target + holdout) and privacy
 * (holdout). The one place the evaluation pipeline is put together; the CLI and the GUI's
 * EvaluationJob both call it. Runs on the calling thread.
 *
 * Returns nullopt and sets `error` when the tables do not fit each other or the schema
 * (the message names the columns), or when `cancel` became true (error then says so).
 * Per-metric problems (one class in the target, no events) stay inside the report.
 */
std::optional<EvaluationReport> evaluate(const EvaluationRequest &request, const EvaluationProgress &progress,
                                         const std::atomic<bool> *cancel, QString *error);

} // namespace synthreg::core
