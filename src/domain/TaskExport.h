#pragma once

#include "Task.h"

namespace agentdesk {

// Task history as files: JSON (the same objects `agentdeskctl task show --json` prints,
// with their activities) and CSV (one row per task).
QByteArray tasksToJson(const QList<Task> &tasks);
QByteArray tasksToCsv(const QList<Task> &tasks);

} // namespace agentdesk
