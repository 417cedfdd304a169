#pragma once

#include "core/release/releasebuilder.h"
#include "rowselection.h"

#include <QObject>

#include <atomic>
#include <optional>

namespace synthreg::gui {

/** Copies the real rows out of their selections; on a worker thread (a pass over every column). */
core::ReleaseRequest withRealRows(core::ReleaseRequest request, const RowSelection &train, const RowSelection &holdout);

/**
 * Writes one release bundle (core::writeRelease) with the screen's charts as its figures:
 * params in, signals out. Move it to a worker thread and call run() there (ReleaseMode does
 * both); progressChanged(), then exactly one of finished() or failed(), queued on the
 * receivers' threads. The figures are drawn on the GUI thread (ChartReportRenderer), so the
 * GUI thread must keep its event loop running while this job runs. cancel() is thread-safe;
 * a cancelled export leaves no zip.
 */
class ReleaseJob : public QObject
{
    Q_OBJECT

public:
    ReleaseJob(core::ReleaseRequest request, RowSelection train, RowSelection holdout, QString zipPath, QObject *parent = nullptr);
    void run();
    void cancel() { m_cancel.store(true); }

Q_SIGNALS:
    void progressChanged(double fraction, const QString &step);
    /** `zipSha256` of the written bundle; `rows` released; `removed` copies of real rows left out. */
    void finished(const QString &zipPath, const QString &zipSha256, qint64 rows, qint64 removed);
    void failed(const QString &message);

private:
    core::ReleaseRequest m_request;
    RowSelection m_train;
    RowSelection m_holdout;
    QString m_zipPath;
    std::atomic<bool> m_cancel{false};
};

} // namespace synthreg::gui
