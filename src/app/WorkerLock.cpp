#include "WorkerLock.h"

#include <QCoreApplication>
#include <QDir>

namespace agentdesk {

WorkerLock::WorkerLock(const AppPaths &paths) : m_lock(fileFor(paths))
{
    // Held for the worker's whole life: never stale by age, only when its process is gone.
    m_lock.setStaleLockTime(0);
}

QString WorkerLock::fileFor(const AppPaths &paths)
{
    return QDir(paths.dataDir).filePath(QStringLiteral("worker.lock"));
}

Error WorkerLock::acquire()
{
    if (m_lock.isLocked() || m_lock.tryLock(0))
        return {};
    qint64 pid = 0;
    QString host, app;
    if (m_lock.error() == QLockFile::LockFailedError && m_lock.getLockInfo(&pid, &host, &app)) {
        return Error::usage(QCoreApplication::translate("agentdesk::WorkerLock",
                                                        "Another worker is already running on this data directory (%1, "
                                                        "pid %2). Stop it first, or watch it with `agentdeskctl worker "
                                                        "status --follow`.")
                                .arg(app)
                                .arg(pid));
    }
    return Error::storage(QCoreApplication::translate("agentdesk::WorkerLock",
                                                      "Cannot take the worker lock %1 (check that the data directory "
                                                      "is writable).")
                              .arg(m_lock.fileName()));
}

void WorkerLock::release()
{
    m_lock.unlock();
}

std::optional<qint64> WorkerLock::holder(const AppPaths &paths)
{
    QLockFile probe(fileFor(paths));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return std::nullopt;
    }
    qint64 pid = 0;
    QString host, app;
    if (!probe.getLockInfo(&pid, &host, &app))
        return std::nullopt;
    return pid;
}

} // namespace agentdesk
