#pragma once

#include <QString>
#include <QThread>

namespace synthreg::gui {

/**
 * One background job (an object with run() and a thread-safe cancel()) on a QThread of its
 * own, as the Evaluate and Train modes run theirs. start() takes ownership, moves the job to a
 * fresh thread and calls run() there; connect the job's signals before calling it. stop()
 * cancels, waits for the thread and deletes both; the destructor stops too.
 */
template<typename Job>
class JobThread
{
public:
    JobThread() = default;
    JobThread(const JobThread &) = delete;
    JobThread &operator=(const JobThread &) = delete;
    ~JobThread() { stop(); }

    bool isRunning() const { return m_job != nullptr; }
    /** The running job, or nullptr. */
    Job *job() const { return m_job; }

    void start(Job *job, const QString &threadName)
    {
        stop();
        m_thread = new QThread;
        m_thread->setObjectName(threadName);
        m_job = job;
        m_job->moveToThread(m_thread);
        QObject::connect(m_thread, &QThread::started, m_job, &Job::run);
        m_thread->start();
    }

    void cancel()
    {
        if (m_job)
            m_job->cancel();
    }

    void stop()
    {
        if (!m_thread)
            return;
        m_job->cancel();
        m_thread->quit();
        m_thread->wait();
        delete m_job;
        delete m_thread;
        m_job = nullptr;
        m_thread = nullptr;
    }

private:
    QThread *m_thread = nullptr;
    Job *m_job = nullptr;
};

} // namespace synthreg::gui
