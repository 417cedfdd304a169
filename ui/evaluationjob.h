#pragma once

#include "core/jobs/evaluator.h"
#include "rowselection.h"

#include <QObject>

#include <atomic>

namespace synthreg::gui {

/**
 * Runs core::evaluate() for one request: params in, signals out. The real training and holdout
 * rows are selected here, on the worker thread, from the shared table. Move it to a worker thread
 * and call run() there (EvaluateMode does both); progressChanged(), then exactly one of
 * finished() or failed() arrive queued on the receivers' threads. cancel() may be called from
 * any thread; the evaluator checks it between steps and the job then fails with a message
 * saying it was cancelled. Exceptions from the engine are caught here and become failed().
 */
class EvaluationJob : public QObject
{
    Q_OBJECT

public:
    /** `request`'s train and holdout tables are replaced by `train.select()` and `holdout.select()`. */
    EvaluationJob(core::EvaluationRequest request, RowSelection train, RowSelection holdout, QObject *parent = nullptr);

    /** Computes the report on the calling thread; emits finished() or failed(). Call once. */
    void run();
    /** Thread-safe. */
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }

Q_SIGNALS:
    /** `fraction` in [0, 1]; `step` names what is being computed, translated. */
    void progressChanged(double fraction, const QString &step);
    void finished(const synthreg::core::EvaluationReport &report);
    /** `message` is translated and says what went wrong (or that the job was cancelled). */
    void failed(const QString &message);

private:
    core::EvaluationRequest m_request;
    RowSelection m_train;
    RowSelection m_holdout;
    std::atomic<bool> m_cancel{false};
};

} // namespace synthreg::gui

Q_DECLARE_METATYPE(synthreg::core::EvaluationReport)
