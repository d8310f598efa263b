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

namespace {

// The only columns update() may write. Identity and creation data never change.
const QStringList kUpdatableColumns = {
    QStringLiteral("status"),         QStringLiteral("upstream_status"), QStringLiteral("attention"),
    QStringLiteral("attention_reason"), QStringLiteral("title"),       QStringLiteral("web_url"),
    QStringLiteral("external_id"),    QStringLiteral("result"),          QStringLiteral("error"),
    QStringLiteral("updated_at"),     QStringLiteral("completed_at"),    QStringLiteral("last_activity_at"),
    QStringLiteral("provider_state"), QStringLiteral("hidden"),          QStringLiteral("archived"),
    QStringLiteral("gone_at"),        QStringLiteral("prompt"),          QStringLiteral("repo_name"),
    QStringLiteral("repo_url"),       QStringLiteral("branch"),          QStringLiteral("observed_at"),
};

} // namespace

using namespace taskrows;

TaskStore::TaskStore(Database &db, QObject *parent) : Store(db, parent) {}

bool TaskStore::isUpdatableColumn(const QString &column)
{
    return kUpdatableColumns.contains(column);
}

Error TaskStore::insert(const Task &task)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral(
        "INSERT INTO tasks (id, provider, account, external_id, status, upstream_status, attention, "
        "attention_reason, title, web_url, prompt, repo_name, repo_url, branch, options, result, error, "
        "created_at, updated_at, completed_at, last_activity_at, provider_state, origin, hidden, archived, gone_at, "
        "observed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(task.id);
    q.addBindValue(providerKey(task.provider));
    q.addBindValue(nullable(task.account));
    q.addBindValue(nullable(task.externalId));
    q.addBindValue(statusKey(task.status));
    q.addBindValue(nullable(task.upstreamStatus));
    q.addBindValue(nullable(attentionKey(task.attention.kind)));
    q.addBindValue(nullable(task.attention.reason));
    q.addBindValue(nullable(task.title));
    q.addBindValue(nullable(task.webUrl));
    q.addBindValue(task.prompt);
    q.addBindValue(nullable(task.source.repoName));
    q.addBindValue(nullable(task.source.repoUrl));
    q.addBindValue(nullable(task.source.branch));
    q.addBindValue(jsonText(task.options.toJson()));
    q.addBindValue(jsonText(task.result.toJson()));
    q.addBindValue(nullable(task.error));
    q.addBindValue(toIso(task.createdAt));
    q.addBindValue(toIso(task.updatedAt.isValid() ? task.updatedAt : task.createdAt));
    q.addBindValue(nullableTime(task.completedAt));
    q.addBindValue(nullableTime(task.lastActivityAt));
    q.addBindValue(jsonText(task.providerState));
    q.addBindValue(originKey(task.origin));
    q.addBindValue(task.hidden ? 1 : 0);
    q.addBindValue(task.archived ? 1 : 0);
    q.addBindValue(nullableTime(task.goneAt));
    q.addBindValue(nullableTime(task.observedAt));
    Error error;
    if (!execPrepared(q, &error))
        return error;
    Q_EMIT taskAdded(task.id);
    if (!task.activities.isEmpty()) {
        const Outcome<ActivityWrite> written = upsertActivities(task.id, task.activities, task.createdAt);
        if (!written.ok())
            return written.error;
    }
    return {};
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
    q.prepare(QStringLiteral("SELECT ") + kTaskColumns + QStringLiteral(" FROM tasks WHERE provider = ? AND external_id = ?"));
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
        q.prepare(QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM tasks ORDER BY updated_at DESC, id DESC LIMIT ?"));
    } else {
        q.prepare(QStringLiteral("SELECT ") + kSummaryColumns
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
            qCWarning(lcTaskStore).noquote() << unreadableRow(q.value(0).toString(), tr("status"), q.value(1).toString()).message;
            continue;
        }
        Attention attention;
        attention.kind = attentionFromKey(q.value(2).toString());
        list.append({q.value(0).toString(), *status, attention.needsYou(), fromIso(q.value(3).toString())});
    }
    return {list, {}};
}

Outcome<QList<TaskStore::RunningTask>> TaskStore::runningTasks(const QDateTime &quietSince, const QDateTime &activeAfter) const
{
    // One query for the watchdog: each running task with the time of its last activity
    // (kept on the task as activities arrive). Times are stored as fixed-width ISO
    // strings, so they compare as text.
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns
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

Outcome<QStringList> TaskStore::adoptedWithoutActivities(int limit) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM tasks WHERE origin = 'elsewhere' AND activity_count = 0 AND gone_at IS NULL "
                             "ORDER BY updated_at DESC LIMIT ?"));
    q.addBindValue(limit);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return {ids, {}};
}

Outcome<QHash<QString, QDateTime>> TaskStore::knownExternalIds(ProviderId provider, const QString &account) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT external_id, updated_at FROM tasks WHERE provider = ? AND account = ? AND external_id IS NOT NULL"));
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

Error TaskStore::update(const QString &id, const QVariantHash &columns)
{
    if (columns.isEmpty())
        return {};
    if (const Error e = writeColumns(id, columns))
        return e;
    Q_EMIT taskChanged(id);
    return {};
}

Outcome<TaskStore::Modified> TaskStore::modify(const QString &id, const QList<Activity> &activities, const QDateTime &now,
                                               const std::function<QVariantHash(const Task &)> &change)
{
    Modified m;
    Transaction tx(connection());
    if (const Error e = tx.begin())
        return {{}, e};
    const Outcome<std::optional<Task>> stored = find(id);
    if (!stored.ok())
        return {{}, stored.error};
    if (!stored.value) {
        m.found = false;
        return {m, {}};
    }
    const Outcome<ActivityWrite> written = writeActivities(id, activities, now);
    if (!written.ok())
        return {{}, written.error};
    m.activities = written.value;
    // Asked after the activities are in: the task as it is now, with their position.
    const Outcome<std::optional<Task>> current = m.activities.inserted > 0 ? find(id) : stored;
    if (!current.ok() || !current.value)
        return {{}, current.ok() ? Error::notFound(tr("No task with id %1.").arg(id)) : current.error};
    const QVariantHash columns = change(*current.value);
    if (const Error e = writeColumns(id, columns))
        return {{}, e};
    if (const Error e = tx.commit())
        return {{}, e};
    m.columnsChanged = !columns.isEmpty();
    announceActivities(id, m.activities);
    if (m.columnsChanged && m.activities.inserted == 0)
        Q_EMIT taskChanged(id);
    return {m, {}};
}

Error TaskStore::writeColumns(const QString &id, const QVariantHash &columns)
{
    if (columns.isEmpty())
        return {};
    QStringList assignments;
    QVariantList values;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!isUpdatableColumn(it.key()))
            return Error::validation(tr("The column \"%1\" cannot be updated.").arg(it.key()));
        assignments << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("UPDATE tasks SET ") + assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(id);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(tr("No task with id %1.").arg(id));
    return {};
}

Outcome<ActivityWrite> TaskStore::upsertActivities(const QString &taskId, const QList<Activity> &incoming, const QDateTime &now)
{
    if (incoming.isEmpty())
        return {ActivityWrite{}, {}};
    // IMMEDIATE: the write lock is taken before the next position is read, so a second
    // writer (the worker's thread, another process) waits instead of taking the same one.
    Transaction tx(connection());
    if (const Error e = tx.begin())
        return {{}, e};
    const Outcome<ActivityWrite> w = writeActivities(taskId, incoming, now);
    if (!w.ok())
        return w;
    if (const Error e = tx.commit())
        return {{}, e};
    announceActivities(taskId, w.value);
    return w;
}

void TaskStore::announceActivities(const QString &taskId, const ActivityWrite &w)
{
    if (w.inserted + w.changed > 0) {
        Q_EMIT activitiesChanged(taskId);
        if (w.inserted > 0)
            Q_EMIT taskChanged(taskId);
    }
}

Outcome<ActivityWrite> TaskStore::writeActivities(const QString &taskId, const QList<Activity> &incoming, const QDateTime &now)
{
    ActivityWrite w;
    if (incoming.isEmpty())
        return {w, {}};
    QSqlDatabase db = connection();
    auto rollback = [](const Error &e) -> Outcome<ActivityWrite> { return {{}, e}; };
    Error error;
    QSqlQuery position(db);
    position.prepare(QStringLiteral("SELECT activity_count, last_activity_at FROM tasks WHERE id = ?"));
    position.addBindValue(taskId);
    if (!execPrepared(position, &error))
        return rollback(error);
    if (!position.next())
        return rollback(Error::notFound(tr("No task with id %1.").arg(taskId)));
    int nextSeq = position.value(0).toInt();
    const QDateTime lastActivity = fromIso(position.value(1).toString());
    position.finish();

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO activities (task_id, activity_id, seq, type, content, timestamp, "
                                  "metadata) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery change(db);
    // A known activity changes only where it differs; one without a time keeps the one it has.
    change.prepare(QStringLiteral("UPDATE activities SET type = ?, content = ?, timestamp = COALESCE(?, timestamp), metadata = ? "
                                  "WHERE task_id = ? AND activity_id = ? AND (type IS NOT ? OR content IS NOT ? "
                                  "OR metadata IS NOT ? OR (? IS NOT NULL AND timestamp IS NOT ?))"));
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM activities WHERE task_id = ? AND activity_id = ?"));
    // Only asked once the task is full: was this one kept before, or is it one too many?
    auto known = [&](const QString &activityId) {
        exists.addBindValue(taskId);
        exists.addBindValue(activityId);
        const bool found = execPrepared(exists) && exists.next();
        exists.finish();
        return found;
    };
    QSet<QString> seenInBatch;
    for (const Activity &a : incoming) {
        if (a.id.isEmpty() || seenInBatch.contains(a.id))
            continue;
        seenInBatch.insert(a.id);
        const QString type = activityTypeKey(a.type);
        const QString metadata = jsonText(a.metadata);
        const QVariant time = a.timestamp.isValid() ? QVariant(toIso(a.timestamp)) : QVariant(QMetaType::fromType<QString>());
        if (nextSeq < kMaxActivitiesPerTask) {
            insert.addBindValue(taskId);
            insert.addBindValue(a.id);
            insert.addBindValue(nextSeq);
            insert.addBindValue(type);
            insert.addBindValue(a.content);
            insert.addBindValue(a.timestamp.isValid() ? toIso(a.timestamp) : toIso(now));
            insert.addBindValue(metadata);
            if (!execPrepared(insert, &error))
                return rollback(error);
            if (insert.numRowsAffected() == 1) {
                ++nextSeq;
                ++w.inserted;
                const QDateTime t = a.timestamp.isValid() ? a.timestamp : now;
                if (!w.newest.isValid() || t > w.newest)
                    w.newest = t;
                continue;
            }
        }
        change.addBindValue(type);
        change.addBindValue(a.content);
        change.addBindValue(time);
        change.addBindValue(metadata);
        change.addBindValue(taskId);
        change.addBindValue(a.id);
        change.addBindValue(type);
        change.addBindValue(a.content);
        change.addBindValue(metadata);
        change.addBindValue(time);
        change.addBindValue(time);
        if (!execPrepared(change, &error))
            return rollback(error);
        if (change.numRowsAffected() > 0)
            ++w.changed;
        else if (nextSeq >= kMaxActivitiesPerTask && !known(a.id))
            ++w.dropped;
    }
    if (w.dropped > 0)
        qCWarning(lcTaskStore).noquote() << "task" << taskId << "holds" << kMaxActivitiesPerTask << "activities;"
                                         << w.dropped << "newer ones were not kept";
    if (w.inserted == 0 && w.changed > 0) {
        // Only existing activities changed: the journal still tells other windows.
        QSqlQuery note(db);
        note.prepare(QStringLiteral("INSERT INTO task_changes (task_id) VALUES (?)"));
        note.addBindValue(taskId);
        if (!execPrepared(note, &error))
            return rollback(error);
    }
    if (w.inserted > 0) {
        QSqlQuery advance(db);
        const QDateTime latest = lastActivity.isValid() && lastActivity > w.newest ? lastActivity : w.newest;
        advance.prepare(QStringLiteral("UPDATE tasks SET activity_count = ?, last_activity_at = ? WHERE id = ?"));
        advance.addBindValue(nextSeq);
        advance.addBindValue(toIso(latest));
        advance.addBindValue(taskId);
        if (!execPrepared(advance, &error))
            return rollback(error);
    }
    return {w, {}};
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

Error TaskStore::pruneChanges(int keep)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM task_changes WHERE seq <= (SELECT MAX(seq) FROM task_changes) - ?"));
    q.addBindValue(keep);
    Error error;
    execPrepared(q, &error);
    return error;
}

void TaskStore::announceWrittenElsewhere(const QString &id)
{
    const Outcome<std::optional<TaskSummary>> s = summary(id);
    if (!s.ok() || !s.value) {
        if (s.ok())
            Q_EMIT taskRemoved(id);   // deleted elsewhere
        return;
    }
    // Views treat an id they do not hold as an addition.
    Q_EMIT taskChanged(id);
    Q_EMIT activitiesChanged(id);
}

Error TaskStore::remove(const QString &id)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM tasks WHERE id = ?"));
    q.addBindValue(id);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(tr("No task with id %1.").arg(id));
    Q_EMIT taskRemoved(id);
    return {};
}

} // namespace agentdesk
