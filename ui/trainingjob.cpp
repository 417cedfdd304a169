#include "trainingjob.h"

#include <exception>

namespace synthreg::gui {

TrainingJob::TrainingJob(core::TrainingRequest request, RowSelection rows, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_rows(std::move(rows))
{
    qRegisterMetaType<core::EpochReport>();
    qRegisterMetaType<std::shared_ptr<const TrainingResult>>();
}

void TrainingJob::run()
{
    // The job boundary: nothing thrown by LibTorch, Eigen or the allocator crosses the thread.
    try {
        m_request.table = m_rows.select();
        core::TrainingOutcome outcome =
            core::trainModel(m_request, [this](const core::EpochReport &report) { Q_EMIT epochFinished(report); },
                             &m_cancel);
        if (outcome.cancelled || m_cancel.load()) {
            Q_EMIT cancelled();
            return;
        }
        if (!outcome.model) {
            Q_EMIT failed(outcome.error);
            return;
        }
        Q_EMIT sampling();
        QString error;
        const auto rows = int64_t(m_request.table.rowCount());
        std::optional<core::Table> synthetic = core::sampleTable(*outcome.model, {rows, {}, m_request.seed, 50000}, &error);
        if (!synthetic) {
            Q_EMIT failed(tr("The model trained, but generating rows failed: %1").arg(error));
            return;
        }
        Q_EMIT finished(std::make_shared<const TrainingResult>(TrainingResult{std::move(*outcome.model), std::move(*synthetic)}));
    } catch (const std::exception &e) {
        Q_EMIT failed(tr("Training stopped with an internal error: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        Q_EMIT failed(tr("Training stopped with an unknown internal error."));
    }
}

} // namespace synthreg::gui
