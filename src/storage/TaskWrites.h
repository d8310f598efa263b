#pragma once

#include "domain/Error.h"
#include "domain/Outcome.h"
#include "domain/Task.h"

#include <QSqlDatabase>
#include <QVariantHash>
#include <functional>
#include <optional>

namespace agentdesk {

// What one write of activities did.
struct ActivityWrite {
    int inserted = 0;
    int changed = 0;
    int dropped = 0;  // new ones not kept: the task holds kMaxActivitiesPerTask already
    QDateTime newest; // the newest timestamp among the inserted ones
};

// What TaskStore::modify did.
struct TaskModified {
    bool found = true;
    bool columnsChanged = false;
    ActivityWrite activities;
};

// The SQL of TaskStore's writes, on a connection given to them: the store's own (the
// command line, the worker's thread) or its write queue's (the window). No signals here:
// the store announces what a write did once it is done.
namespace taskwrites {

inline constexpr int kMaxActivitiesPerTask = 20000;

bool isUpdatableColumn(const QString &column);
Outcome<std::optional<Task>> find(QSqlDatabase db, const QString &id);
Error insert(QSqlDatabase db, const Task &task);
// The tasks whose provider task is not stored yet, in one transaction: answers those it
// inserted (one another process adopted meanwhile is left out, not duplicated).
Outcome<QList<Task>> insertNew(QSqlDatabase db, const QList<Task> &tasks);
// Writes only whitelisted columns; anything else is refused.
Error update(QSqlDatabase db, const QString &id, const QVariantHash &columns);
// Inside a transaction the caller holds.
Outcome<ActivityWrite> writeActivities(QSqlDatabase db, const QString &taskId, const QList<Activity> &activities,
                                       const QDateTime &now);
// Each in a write transaction of its own (BEGIN IMMEDIATE).
Outcome<ActivityWrite> upsertActivities(QSqlDatabase db, const QString &taskId, const QList<Activity> &activities,
                                        const QDateTime &now);
Outcome<TaskModified> modify(QSqlDatabase db, const QString &id, const QList<Activity> &activities,
                             const QDateTime &now, const std::function<QVariantHash(const Task &)> &change);
Error remove(QSqlDatabase db, const QString &id);
Error pruneChanges(QSqlDatabase db, int keep);

} // namespace taskwrites
} // namespace agentdesk
