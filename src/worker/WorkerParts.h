#pragma once

#include "base/Clock.h"
#include "domain/Error.h"

#include <QString>
#include <functional>

namespace agentdesk {

class PlatformClient;
class TaskService;
class WorkerStore;

// What every part of the worker works with: the platform, its own records, the task
// operations and the clock. Parts tell the Worker what happened through `report` (one
// line for the log and the live feed) and `storageFailed` (a record could not be
// written: the worker stops taking work rather than go on without it).
struct WorkerDeps {
    PlatformClient &platform;
    WorkerStore &store;
    TaskService &tasks;
    const Clock &clock;
    std::function<void(const QString &kind, const QString &sessionId, const QString &text)> report;
    std::function<void(const Error &error)> storageFailed;
};

} // namespace agentdesk
