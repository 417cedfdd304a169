#pragma once

#include "rowselection.h"

#include "core/jobs/synthesizer.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace synthreg::gui {

/** What a finished training hands to the window: the model and a first synthetic table. */
struct TrainingResult
{
    core::TrainedModel model;
    core::Table synthetic;   ///< as many rows as the training table, drawn with the run's seed
};

/**
 * Trains one generator (core::trainModel) and samples a synthetic table of the training
 * table's size: params in, signals out. Move it to a worker thread and call run() there
 * (TrainMode does both). epochFinished() arrives after every epoch, then exactly one of
 * finished(), cancelled() or failed(), all queued on the receivers' threads. cancel() may be
 * called from any thread and is honoured within one batch. Nothing thrown in the core crosses
 * the thread: it becomes failed().
 */
class TrainingJob : public QObject
{
    Q_OBJECT

public:
    /** `request.table` is replaced by `rows.select()`, copied on the worker thread. */
    TrainingJob(core::TrainingRequest request, RowSelection rows, QObject *parent = nullptr);

    /** Trains, then samples, on the calling thread. Call once. */
    void run();
    /** Thread-safe. */
    void cancel() { m_cancel.store(true); }

Q_SIGNALS:
    void epochFinished(const synthreg::core::EpochReport &report);
    /** Training is done; the synthetic table is being drawn. */
    void sampling();
    void finished(const std::shared_ptr<const synthreg::gui::TrainingResult> &result);
    void cancelled();
    /** `message` is translated and says what to do. */
    void failed(const QString &message);

private:
    core::TrainingRequest m_request;
    RowSelection m_rows;
    std::atomic<bool> m_cancel{false};
};

} // namespace synthreg::gui

Q_DECLARE_METATYPE(synthreg::core::EpochReport)
Q_DECLARE_METATYPE(std::shared_ptr<const synthreg::gui::TrainingResult>)
