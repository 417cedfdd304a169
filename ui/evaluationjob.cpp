#include "evaluationjob.h"

#include <exception>

namespace synthreg::gui {

EvaluationJob::EvaluationJob(core::EvaluationRequest request, RowSelection train, RowSelection holdout, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_train(std::move(train))
    , m_holdout(std::move(holdout))
{
    qRegisterMetaType<core::EvaluationReport>();
}

void EvaluationJob::run()
{
    // The job boundary: nothing thrown by the engine (Eigen, XGBoost, std::bad_alloc) crosses the thread.
    try {
        m_request.train = m_train.select();
        m_request.holdout = m_holdout.select();
        QString error;
        const auto report = core::evaluate(
            m_request, [this](double fraction, const QString &step) { Q_EMIT progressChanged(fraction, step); },
            &m_cancel, &error);
        if (report)
            Q_EMIT finished(*report);
        else
            Q_EMIT failed(error);
    } catch (const std::exception &e) {
        Q_EMIT failed(tr("The evaluation stopped with an internal error: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        Q_EMIT failed(tr("The evaluation stopped with an unknown internal error."));
    }
}

} // namespace synthreg::gui
