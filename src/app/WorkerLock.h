#pragma once

#include "config/AppPaths.h"
#include "domain/Error.h"

#include <QLockFile>
#include <optional>

namespace agentdesk {

// One worker per data directory: a lock file (<data>/worker.lock) held for as long as
// the worker runs, in the window or headless. A second worker is told who holds it. A
// holder that died leaves a lock that the next worker takes over.
class WorkerLock
{
public:
    explicit WorkerLock(const AppPaths &paths);

    // Takes the lock, or says which process holds it.
    Error acquire();
    void release();
    bool isHeld() const { return m_lock.isLocked(); }

    // The process that holds the lock, if one does (another one, or this one).
    static std::optional<qint64> holder(const AppPaths &paths);
    static QString fileFor(const AppPaths &paths);

private:
    QLockFile m_lock;
};

} // namespace agentdesk
