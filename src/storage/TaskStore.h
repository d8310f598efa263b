#pragma once

#include "Store.h"
#include "TaskWrites.h"
#include "domain/Outcome.h"
#include "domain/Task.h"
#include "domain/TaskSummary.h"

#include <QVariantHash>
#include <functional>
#include <optional>

class QSqlQuery;

namespace agentdesk {

struct TaskQuery {
    std::optional<ProviderId> provider;
    std::optional<TaskStatus> status;
    std::optional<TaskOrigin> origin;
    QString account;
    bool activeOnly = false; // non-terminal tasks with an upstream id that still exist upstream
    bool includeHidden = true;
    int limit = -1;
};

// Where a page of the list starts: after this (updatedAt, id), newest first.
struct PageKey {
    QDateTime updatedAt;
    QString id;
    bool isStart() const { return id.isEmpty(); }
};

// Tasks and their activities in SQLite. Lives on the thread that created it and reads
// through that thread's connection; announces every change it writes so views follow
// live. Reads tell "no such task" (an empty optional) apart from "the database failed"
// (an error). Writes come twice: at once, on this thread's connection (the command line,
// the worker's thread, tests), and with a context and an answer, through the database's
// write queue when it has one (the services: in the window, the GUI thread never waits
// on SQLite's lock).
class TaskStore : public Store
{
    Q_OBJECT
public:
    explicit TaskStore(Database &db, QObject *parent = nullptr);

    Error insert(const Task &task);
    void insert(const Task &task, const QObject *context, Callback<Done> done);
    // Tasks started elsewhere, adopted: those not known yet are inserted in one
    // transaction; the answer holds the ones that were.
    void insertNew(const QList<Task> &tasks, const QObject *context, Callback<QList<Task>> done);
    Outcome<std::optional<Task>> find(const QString &id, bool withActivities = false) const;
    Outcome<std::optional<Task>> findByExternalId(ProviderId provider, const QString &externalId) const;
    Outcome<QList<Task>> list(const TaskQuery &query = {}) const;
    // Convenience for views: nullopt when missing or unreadable (the failure is reported).
    std::optional<Task> task(const QString &id, bool withActivities = false) const;

    // Keyset pages of the list, newest first: the cost of a page does not grow with
    // how far down it is.
    Outcome<QList<TaskSummary>> summaries(const PageKey &after, int limit) const;
    Outcome<std::optional<TaskSummary>> summary(const QString &id) const;
    Outcome<QList<TaskSummary>> summariesOf(const QStringList &ids) const;
    // Tasks that have not ended (and exist upstream), lean, in no particular order.
    Outcome<QList<TaskSummary>> unfinishedSummaries() const;
    // Leaner still, for the refresher's schedule: just what decides when to ask again.
    struct PollState {
        QString id;
        TaskStatus status = TaskStatus::Queued;
        bool needsYou = false;
        QDateTime updatedAt;
    };
    Outcome<QList<PollState>> unfinishedPollStates() const;
    struct RunningTask {
        TaskSummary summary;
        QDateTime lastActivity; // newest activity, else creation
    };
    // Running tasks; with `quietSince`, only those whose last activity (or, without
    // any, their creation) is older than that, and with `activeAfter` newer than that.
    Outcome<QList<RunningTask>> runningTasks(const QDateTime &quietSince = {}, const QDateTime &activeAfter = {}) const;
    Outcome<int> count() const;
    // The external ids of an account's tasks, for adoption's "already known" check.
    Outcome<QHash<QString, QDateTime>> knownExternalIds(ProviderId provider, const QString &account) const;
    // Tasks with a pull request address whose PR is not known to be merged or closed.
    Outcome<QStringList> withOpenPullRequests() const;
    // Tasks whose open pull request has failing checks or changes asked for.
    Outcome<QStringList> withPullRequestsNeedingYou() const;
    // Tasks adopted from elsewhere that have no activities yet (their fetch never ran).
    Outcome<QStringList> adoptedWithoutActivities(int limit) const;

    // Writes only whitelisted columns (see TaskStore.cpp); anything else is refused.
    Error update(const QString &id, const QVariantHash &columns);
    void update(const QString &id, const QVariantHash &columns, const QObject *context, Callback<Done> done);
    // A read-modify-write of one task, all in one write transaction (BEGIN IMMEDIATE), so
    // no other writer — another thread, another process — comes between: the activities
    // are merged in, then `change` sees the task as stored and says which columns to write
    // (whitelisted as for update()). `found` is false when there is no such task. Through
    // the write queue, `change` runs on the queue's thread: it must only use what it holds.
    using Modified = TaskModified;
    using Change = std::function<QVariantHash(const Task &)>;
    Outcome<Modified> modify(const QString &id, const QList<Activity> &activities, const QDateTime &now,
                             const Change &change);
    void modify(const QString &id, const QList<Activity> &activities, const QDateTime &now, Change change,
                const QObject *context, Callback<Modified> done);
    static bool isUpdatableColumn(const QString &column);

    // Inserts new activities after the task's last one and refreshes changed ones in
    // place; known ids keep their position, so a resync never duplicates or reorders.
    // Reads nothing of the task's history: the cost follows what arrived. Safe against a
    // second writer (another thread or process) doing the same at the same time.
    // Activities without a time are stamped `now` when first seen.
    Outcome<ActivityWrite> upsertActivities(const QString &taskId, const QList<Activity> &activities,
                                            const QDateTime &now);
    Outcome<QList<Activity>> activities(const QString &taskId) const;

    Error remove(const QString &id);
    void remove(const QString &id, const QObject *context, Callback<Done> done);

    // The journal every process writes (database triggers): which tasks changed after `seq`.
    struct Changes {
        qint64 latest = 0;
        QStringList taskIds;
        bool truncated = false; // the journal no longer reaches back to `seq`: reload everything
    };
    Outcome<Changes> changesSince(qint64 seq) const;
    Outcome<qint64> latestChange() const;
    // SQLite's data_version on this thread's connection: it changes when another
    // connection (thread or process) commits.
    Outcome<qint64> dataVersion() const;
    // Keeps the journal short: drops entries older than the newest `keep`.
    Error pruneChanges(int keep = 20000);
    void pruneChanges(int keep, const QObject *context, Callback<Done> done);

    // Another connection (another process, the worker's thread) wrote these tasks:
    // announce them as if this store had, so views reload them.
    void announceWrittenElsewhere(const QString &id);

    static constexpr int kMaxActivitiesPerTask = taskwrites::kMaxActivitiesPerTask;

private:
    // What a write did, told to the views.
    void announceActivities(const QString &taskId, const ActivityWrite &written);
    void announceModified(const QString &taskId, const Modified &m);
    // Runs a prepared query whose first column is a task id, and collects the ids.
    static Outcome<QStringList> idsOf(QSqlQuery &q);
    // A write at once on this thread's connection, which must not be one that has a
    // write queue (asserted: the GUI thread never waits on SQLite's lock).
    QSqlDatabase directWriteConnection() const;

Q_SIGNALS:
    void taskAdded(const QString &id);
    void taskChanged(const QString &id);
    void activitiesChanged(const QString &id);
    void taskRemoved(const QString &id);
};

} // namespace agentdesk
