#include "releasejob.h"

#include "reportrenderer.h"

#include <exception>

namespace synthreg::gui {

core::ReleaseRequest withRealRows(core::ReleaseRequest request, const RowSelection &train, const RowSelection &holdout)
{
    request.train = train.select();
    request.holdout = holdout.select();
    return request;
}

ReleaseJob::ReleaseJob(core::ReleaseRequest request, RowSelection train, RowSelection holdout, QString zipPath, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_train(std::move(train))
    , m_holdout(std::move(holdout))
    , m_zipPath(std::move(zipPath))
{
}

void ReleaseJob::run()
{
    try {
        const core::ReleaseRequest request = withRealRows(std::move(m_request), m_train, m_holdout);
        ChartReportRenderer renderer;
        const core::ReleaseOutcome outcome = core::writeRelease(
            request, m_zipPath, &renderer, [this](double fraction, const QString &step) { Q_EMIT progressChanged(fraction, step); },
            &m_cancel);
        if (!outcome.written) {
            Q_EMIT failed(outcome.error);
            return;
        }
        const qint64 removed = request.options.removeCopies ? qint64(outcome.plan->copiedRows.size()) : 0;
        Q_EMIT finished(m_zipPath, outcome.zipSha256, qint64(outcome.plan->released.rowCount()), removed);
    } catch (const std::exception &e) {
        Q_EMIT failed(tr("The export failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace synthreg::gui
