#pragma once

#include "domain/Error.h"
#include "domain/Task.h"
#include "domain/TaskSummary.h"

#include <QObject>
#include <QVariantHash>
#include <optional>

namespace agentdesk {

class Database;

struct TaskQuery {
    std::optional<ProviderId> provider;
    std::optional<TaskStatus> status;
    bool activeOnly = false;      // non-terminal tasks with an upstream id
    int limit = -1;
};

// Tasks and their activities in SQLite. Lives on the thread that created it and uses
// that thread's connection; announces every change it writes so views follow live.
class TaskStore : public QObject
{
    Q_OBJECT
public:
    explicit TaskStore(Database &db, QObject *parent = nullptr);

    Error insert(const Task &task);
    std::optional<Task> task(const QString &id, bool withActivities = false) const;
    std::optional<Task> taskByExternalId(ProviderId provider, const QString &externalId) const;
    QList<Task> tasks(const TaskQuery &query = {}) const;
    QList<TaskSummary> summaries(int limit = -1, int offset = 0) const;
    std::optional<TaskSummary> summary(const QString &id) const;
    // Tasks that have not ended (and exist upstream), lean, in no particular order.
    QList<TaskSummary> activeSummaries() const;
    struct RunningTask {
        TaskSummary summary;
        QDateTime lastActivity;   // newest activity, else the recorded last activity, else creation
    };
    QList<RunningTask> runningTasks() const;
    int count() const;

    // Writes only whitelisted columns (see TaskStore.cpp); anything else is refused.
    Error update(const QString &id, const QVariantHash &columns);
    static bool isUpdatableColumn(const QString &column);

    // Inserts new activities in arrival order and refreshes changed ones in place.
    // Known ids keep their position, so a resync never duplicates or reorders.
    // Returns how many rows were added or changed (0 when nothing changed).
    int upsertActivities(const QString &taskId, const QList<Activity> &activities, Error *error = nullptr);
    QList<Activity> activities(const QString &taskId) const;
    QDateTime latestActivityTime(const QString &taskId) const;

    Error remove(const QString &id);

    // Another connection (the worker's thread, a headless worker) wrote this task:
    // announce it as if this store had, so views reload it.
    void announceWrittenElsewhere(const QString &id);

Q_SIGNALS:
    void taskAdded(const QString &id);
    void taskChanged(const QString &id);
    void activitiesChanged(const QString &id);
    void taskRemoved(const QString &id);

private:
    Database &m_db;
};

} // namespace agentdesk
