#include "TaskStore.h"

#include "Database.h"
#include "TaskRows.h"
#include "Transaction.h"
#include "domain/Timestamps.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcTaskStore, "agentdesk.storage")

namespace agentdesk {

using namespace taskrows;

TaskStore::TaskStore(Database &db, QObject *parent) : Store(db, parent) { }

bool TaskStore::isUpdatableColumn(const QString &column)
{
    return taskwrites::isUpdatableColumn(column);
}

QSqlDatabase TaskStore::directWriteConnection() const
{
    Q_ASSERT_X(!database().writeQueue(), "TaskStore",
               "this thread writes through its write queue: use the write that takes a context");
    return connection();
}

void TaskStore::announceActivities(const QString &taskId, const ActivityWrite &w)
{
    if (w.inserted + w.changed > 0) {
        Q_EMIT activitiesChanged(taskId);
        if (w.inserted > 0)
            Q_EMIT taskChanged(taskId);
    }
}

void TaskStore::announceModified(const QString &taskId, const Modified &m)
{
    announceActivities(taskId, m.activities);
    if (m.columnsChanged && m.activities.inserted == 0)
        Q_EMIT taskChanged(taskId);
}

Error TaskStore::insert(const Task &task)
{
    if (const Error e = taskwrites::insert(directWriteConnection(), task))
        return e;
    Q_EMIT taskAdded(task.id);
    announceActivities(task.id, ActivityWrite{int(task.activities.size()), 0, 0, {}});
    return {};
}

void TaskStore::insert(const Task &task, const QObject *context, Callback<Done> done)
{
    write<Done>(
        [task](QSqlDatabase db) {
            return Outcome<Done>{{}, taskwrites::insert(db, task)};
        },
        [this, id = task.id, activities = int(task.activities.size())](const Outcome<Done> &r) {
            if (!r.ok())
                return;
            Q_EMIT taskAdded(id);
            announceActivities(id, ActivityWrite{activities, 0, 0, {}});
        },
        context, std::move(done));
}

void TaskStore::insertNew(const QList<Task> &tasks, const QObject *context, Callback<QList<Task>> done)
{
    write<QList<Task>>([tasks](QSqlDatabase db) { return taskwrites::insertNew(db, tasks); },
                       [this](const Outcome<QList<Task>> &r) {
                           for (const Task &t : r.value) {
                               Q_EMIT taskAdded(t.id);
                               announceActivities(t.id, ActivityWrite{int(t.activities.size()), 0, 0, {}});
                           }
                       },
                       context, std::move(done));
}

Error TaskStore::update(const QString &id, const QVariantHash &columns)
{
    if (columns.isEmpty())
        return {};
    if (const Error e = taskwrites::update(directWriteConnection(), id, columns))
        return e;
    Q_EMIT taskChanged(id);
    return {};
}

void TaskStore::update(const QString &id, const QVariantHash &columns, const QObject *context, Callback<Done> done)
{
    write<Done>(
        [id, columns](QSqlDatabase db) {
            return Outcome<Done>{{}, taskwrites::update(db, id, columns)};
        },
        [this, id, any = !columns.isEmpty()](const Outcome<Done> &r) {
            if (r.ok() && any)
                Q_EMIT taskChanged(id);
        },
        context, std::move(done));
}

Outcome<TaskStore::Modified> TaskStore::modify(const QString &id, const QList<Activity> &activities,
                                               const QDateTime &now, const Change &change)
{
    const Outcome<Modified> m = taskwrites::modify(directWriteConnection(), id, activities, now, change);
    if (m.ok())
        announceModified(id, m.value);
    return m;
}

void TaskStore::modify(const QString &id, const QList<Activity> &activities, const QDateTime &now, Change change,
                       const QObject *context, Callback<Modified> done)
{
    write<Modified>([id, activities, now, change = std::move(change)](
                        QSqlDatabase db) { return taskwrites::modify(db, id, activities, now, change); },
                    [this, id](const Outcome<Modified> &r) {
                        if (r.ok())
                            announceModified(id, r.value);
                    },
                    context, std::move(done));
}

Outcome<ActivityWrite> TaskStore::upsertActivities(const QString &taskId, const QList<Activity> &incoming,
                                                   const QDateTime &now)
{
    const Outcome<ActivityWrite> w = taskwrites::upsertActivities(directWriteConnection(), taskId, incoming, now);
    if (w.ok())
        announceActivities(taskId, w.value);
    return w;
}

Error TaskStore::remove(const QString &id)
{
    if (const Error e = taskwrites::remove(directWriteConnection(), id))
        return e;
    Q_EMIT taskRemoved(id);
    return {};
}

void TaskStore::remove(const QString &id, const QObject *context, Callback<Done> done)
{
    write<Done>(
        [id](QSqlDatabase db) {
            return Outcome<Done>{{}, taskwrites::remove(db, id)};
        },
        [this, id](const Outcome<Done> &r) {
            if (r.ok())
                Q_EMIT taskRemoved(id);
        },
        context, std::move(done));
}

Error TaskStore::pruneChanges(int keep)
{
    return taskwrites::pruneChanges(directWriteConnection(), keep);
}

void TaskStore::pruneChanges(int keep, const QObject *context, Callback<Done> done)
{
    write<Done>(
        [keep](QSqlDatabase db) {
            return Outcome<Done>{{}, taskwrites::pruneChanges(db, keep)};
        },
        {}, context, std::move(done));
}

Outcome<std::optional<Task>> TaskStore::find(const QString &id, bool withActivities) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT ") + kTaskColumns + QStringLiteral(" FROM tasks WHERE id = ?"));
    q.addBindValue(id);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    if (!q.next())
        return {};
    Outcome<Task> t = taskFromQuery(q);
    if (!t.ok())
        return {{}, t.error};
    if (withActivities) {
        Outcome<QList<Activity>> a = activities(id);
        if (!a.ok())
            return {{}, a.error};
        t.value.activities = std::move(a.value);
    }
    return {std::move(t.value), {}};
}

std::optional<Task> TaskStore::task(const QString &id, bool withActivities) const
{
    Outcome<std::optional<Task>> t = find(id, withActivities);
    if (!t.ok()) {
        reportFailure(t.error);
        return std::nullopt;
    }
    return t.value;
}

Outcome<std::optional<Task>> TaskStore::findByExternalId(ProviderId provider, const QString &externalId) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT ") + kTaskColumns
              + QStringLiteral(" FROM tasks WHERE provider = ? AND external_id = ?"));
    q.addBindValue(providerKey(provider));
    q.addBindValue(externalId);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    return firstRow<Task>(q, [](const QSqlQuery &row) { return taskFromQuery(row); });
}

Outcome<QList<Task>> TaskStore::list(const TaskQuery &query) const
{
    QStringList where;
    QVariantList binds;
    if (query.provider) {
        where << QStringLiteral("provider = ?");
        binds << providerKey(*query.provider);
    }
    if (query.status) {
        where << QStringLiteral("status = ?");
        binds << statusKey(*query.status);
    }
    if (query.origin) {
        where << QStringLiteral("origin = ?");
        binds << originKey(*query.origin);
    }
    if (!query.account.isEmpty()) {
        where << QStringLiteral("account = ?");
        binds << query.account;
    }
    if (!query.includeHidden)
        where << QStringLiteral("hidden = 0");
    if (query.activeOnly)
        where << QStringLiteral("status NOT IN ('completed', 'failed', 'cancelled') AND external_id IS NOT NULL "
                                "AND gone_at IS NULL");
    QString sql = QStringLiteral("SELECT ") + kTaskColumns + QStringLiteral(" FROM tasks");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY updated_at DESC, id DESC LIMIT ?");
    binds << query.limit;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    QList<Task> list;
    while (q.next()) {
        Outcome<Task> t = taskFromQuery(q);
        if (!t.ok()) {
            qCWarning(lcTaskStore).noquote() << t.error.message;
            continue;
        }
        list << std::move(t.value);
    }
    return {list, {}};
}

Outcome<QList<TaskSummary>> TaskStore::summaries(const PageKey &after, int limit) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (after.isStart()) {
        q.prepare(QStringLiteral("SELECT ") + kSummaryColumns
                  + QStringLiteral(" FROM tasks ORDER BY updated_at DESC, id DESC LIMIT ?"));
    } else {
        q.prepare(
            QStringLiteral("SELECT ") + kSummaryColumns
            + QStringLiteral(" FROM tasks WHERE (updated_at, id) < (?, ?) ORDER BY updated_at DESC, id DESC LIMIT ?"));
        q.addBindValue(toIso(after.updatedAt));
        q.addBindValue(after.id);
    }
    q.addBindValue(limit);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    return readSummaries(q, limit > 0 ? limit : 0);
}

Outcome<std::optional<TaskSummary>> TaskStore::summary(const QString &id) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM tasks WHERE id = ?"));
    q.addBindValue(id);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    return firstRow<TaskSummary>(q, [](const QSqlQuery &row) { return summaryFromQuery(row); });
}

Outcome<QList<TaskSummary>> TaskStore::summariesOf(const QStringList &ids) const
{
    QList<TaskSummary> out;
    // In batches: SQLite limits the number of bound parameters.
    for (int start = 0; start < ids.size(); start += 500) {
        const QStringList batch = ids.mid(start, 500);
        QStringList marks;
        marks.fill(QStringLiteral("?"), batch.size());
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM tasks WHERE id IN (")
                  + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        for (const QString &id : batch)
            q.addBindValue(id);
        Error error;
        if (!execPrepared(q, &error))
            return {{}, error};
        out += readSummaries(q).value;
    }
    return {out, {}};
}

Outcome<QList<TaskSummary>> TaskStore::unfinishedSummaries() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns
              + QStringLiteral(" FROM tasks WHERE status NOT IN ('completed', 'failed', 'cancelled') "
                               "AND external_id IS NOT NULL AND gone_at IS NULL"));
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    return readSummaries(q, 0, false);
}

Outcome<QList<TaskStore::PollState>> TaskStore::unfinishedPollStates() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, status, attention, updated_at FROM tasks WHERE status NOT IN ('completed', "
                             "'failed', 'cancelled') AND external_id IS NOT NULL AND gone_at IS NULL"));
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    QList<PollState> list;
    while (q.next()) {
        const auto status = statusFromKey(q.value(1).toString());
        if (!status) {
            qCWarning(lcTaskStore).noquote()
                << unreadableRow(q.value(0).toString(), tr("status"), q.value(1).toString()).message;
            continue;
        }
        Attention attention;
        attention.kind = attentionFromKey(q.value(2).toString());
        list.append({q.value(0).toString(), *status, attention.needsYou(), fromIso(q.value(3).toString())});
    }
    return {list, {}};
}

Outcome<QList<TaskStore::RunningTask>> TaskStore::runningTasks(const QDateTime &quietSince,
                                                               const QDateTime &activeAfter) const
{
    // One query for the watchdog: each running task with the time of its last activity
    // (kept on the task as activities arrive). Times are stored as fixed-width ISO
    // strings, so they compare as text.
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + kSummaryColumns
        + QStringLiteral(", last_activity_at, created_at FROM tasks WHERE status = 'running' AND gone_at IS NULL")
        + (quietSince.isValid() ? QStringLiteral(" AND COALESCE(last_activity_at, created_at) < ?") : QString())
        + (activeAfter.isValid() ? QStringLiteral(" AND COALESCE(last_activity_at, created_at) > ?") : QString()));
    if (quietSince.isValid())
        q.addBindValue(toIso(quietSince));
    if (activeAfter.isValid())
        q.addBindValue(toIso(activeAfter));
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    const int extra = q.record().count() - 2;
    QList<RunningTask> list;
    while (q.next()) {
        Outcome<TaskSummary> s = summaryFromQuery(q, false);
        if (!s.ok())
            continue;
        RunningTask r{std::move(s.value), fromIso(q.value(extra).toString())};
        if (!r.lastActivity.isValid())
            r.lastActivity = fromIso(q.value(extra + 1).toString());
        list << r;
    }
    return {list, {}};
}

Outcome<int> TaskStore::count() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM tasks"));
    Error error;
    if (!execPrepared(q, &error) || !q.next())
        return {0, error.isError() ? error : Error::storage(tr("Cannot count the tasks."))};
    return {q.value(0).toInt(), {}};
}

Outcome<QStringList> TaskStore::idsOf(QSqlQuery &q)
{
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return {ids, {}};
}

Outcome<QStringList> TaskStore::adoptedWithoutActivities(int limit) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id FROM tasks WHERE origin = 'elsewhere' AND activity_count = 0 AND gone_at IS NULL "
                       "ORDER BY updated_at DESC LIMIT ?"));
    q.addBindValue(limit);
    return idsOf(q);
}

Outcome<QHash<QString, QDateTime>> TaskStore::knownExternalIds(ProviderId provider, const QString &account) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT external_id, updated_at FROM tasks WHERE provider = ? AND account = ? AND external_id IS NOT NULL"));
    q.addBindValue(providerKey(provider));
    q.addBindValue(account);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    QHash<QString, QDateTime> out;
    while (q.next())
        out.insert(q.value(0).toString(), fromIso(q.value(1).toString()));
    return {out, {}};
}

Outcome<QList<Activity>> TaskStore::activities(const QString &taskId) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT activity_id, type, content, timestamp, metadata FROM activities "
                             "WHERE task_id = ? ORDER BY seq"));
    q.addBindValue(taskId);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    QList<Activity> list;
    while (q.next())
        list << activityFromQuery(q);
    return {list, {}};
}

Outcome<TaskStore::Changes> TaskStore::changesSince(qint64 seq) const
{
    Changes c;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT MIN(seq), MAX(seq) FROM task_changes"));
    Error error;
    if (!execPrepared(q, &error) || !q.next())
        return {{}, error.isError() ? error : Error::storage(tr("Cannot read the change journal."))};
    const qint64 oldest = q.value(0).toLongLong();
    c.latest = q.value(1).toLongLong();
    q.finish();
    if (c.latest <= seq)
        return {c, {}};
    if (oldest > seq + 1) {
        c.truncated = true;
        return {c, {}};
    }
    q.prepare(QStringLiteral("SELECT DISTINCT task_id FROM task_changes WHERE seq > ? AND seq <= ?"));
    q.addBindValue(seq);
    q.addBindValue(c.latest);
    if (!execPrepared(q, &error))
        return {{}, error};
    while (q.next())
        c.taskIds << q.value(0).toString();
    return {c, {}};
}

Outcome<qint64> TaskStore::latestChange() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM task_changes"));
    Error error;
    if (!execPrepared(q, &error) || !q.next())
        return {0, error.isError() ? error : Error::storage(tr("Cannot read the change journal."))};
    return {q.value(0).toLongLong(), {}};
}

Outcome<qint64> TaskStore::dataVersion() const
{
    QSqlQuery q(connection());
    Error error;
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return {0, Error::storage(q.lastError().text())};
    return {q.value(0).toLongLong(), {}};
}

void TaskStore::announceWrittenElsewhere(const QString &id)
{
    const Outcome<std::optional<TaskSummary>> s = summary(id);
    if (!s.ok() || !s.value) {
        if (s.ok())
            Q_EMIT taskRemoved(id); // deleted elsewhere
        return;
    }
    // Views treat an id they do not hold as an addition.
    Q_EMIT taskChanged(id);
    Q_EMIT activitiesChanged(id);
}

Outcome<QStringList> TaskStore::withOpenPullRequests() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT id FROM tasks WHERE coalesce(json_extract(result, '$.prUrl'), '') != '' "
                             "AND coalesce(json_extract(pr, '$.state'), 'open') = 'open' AND gone_at IS NULL"));
    return idsOf(q);
}

Outcome<QStringList> TaskStore::withPullRequestsNeedingYou() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT id FROM tasks WHERE json_extract(pr, '$.needsYou') = 1 AND gone_at IS NULL"));
    return idsOf(q);
}

} // namespace agentdesk
