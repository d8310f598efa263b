#include "TaskWrites.h"

#include "Database.h"
#include "TaskRows.h"
#include "Transaction.h"
#include "base/Translate.h"
#include "domain/Timestamps.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace agentdesk::taskwrites {

using namespace taskrows;

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

bool isUpdatableColumn(const QString &column)
{
    return kUpdatableColumns.contains(column);
}

Outcome<std::optional<Task>> find(QSqlDatabase db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kTaskColumns + QStringLiteral(" FROM tasks WHERE id = ?"));
    q.addBindValue(id);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    return firstRow<Task>(q, [](const QSqlQuery &row) { return taskFromQuery(row); });
}

namespace {
// One task and its activities, inside the caller's transaction.
Error insertRow(QSqlDatabase db, const Task &task)
{
    QSqlQuery q(db);
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
    return writeActivities(db, task.id, task.activities, task.createdAt).error;
}
} // namespace

Error insert(QSqlDatabase db, const Task &task)
{
    Transaction tx(db);
    if (const Error e = tx.begin())
        return e;
    if (const Error e = insertRow(db, task))
        return e;
    return tx.commit();
}

Outcome<QList<Task>> insertNew(QSqlDatabase db, const QList<Task> &tasks)
{
    Transaction tx(db);
    if (const Error e = tx.begin())
        return {{}, e};
    QSqlQuery known(db);
    known.prepare(QStringLiteral("SELECT 1 FROM tasks WHERE provider = ? AND external_id = ?"));
    QList<Task> inserted;
    for (const Task &task : tasks) {
        known.addBindValue(providerKey(task.provider));
        known.addBindValue(task.externalId);
        Error error;
        if (!execPrepared(known, &error))
            return {{}, error};
        const bool there = known.next();
        known.finish();
        if (there)
            continue;   // adopted by another process (or thread) in the meantime
        if (const Error e = insertRow(db, task))
            return {{}, e};
        inserted << task;
    }
    if (const Error e = tx.commit())
        return {{}, e};
    return {inserted, {}};
}

Error update(QSqlDatabase db, const QString &id, const QVariantHash &columns)
{
    if (columns.isEmpty())
        return {};
    QStringList assignments;
    QVariantList values;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!isUpdatableColumn(it.key()))
            return Error::validation(agentdesk::tr("The column \"%1\" cannot be updated.").arg(it.key()));
        assignments << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE tasks SET ") + assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(id);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(agentdesk::tr("No task with id %1.").arg(id));
    return {};
}

Outcome<ActivityWrite> writeActivities(QSqlDatabase db, const QString &taskId, const QList<Activity> &incoming,
                                       const QDateTime &now)
{
    ActivityWrite w;
    if (incoming.isEmpty())
        return {w, {}};
    auto rollback = [](const Error &e) -> Outcome<ActivityWrite> { return {{}, e}; };
    Error error;
    QSqlQuery position(db);
    position.prepare(QStringLiteral("SELECT activity_count, last_activity_at FROM tasks WHERE id = ?"));
    position.addBindValue(taskId);
    if (!execPrepared(position, &error))
        return rollback(error);
    if (!position.next())
        return rollback(Error::notFound(agentdesk::tr("No task with id %1.").arg(taskId)));
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

Outcome<ActivityWrite> upsertActivities(QSqlDatabase db, const QString &taskId, const QList<Activity> &incoming,
                                        const QDateTime &now)
{
    if (incoming.isEmpty())
        return {ActivityWrite{}, {}};
    // IMMEDIATE: the write lock is taken before the next position is read, so a second
    // writer (the worker's thread, another process) waits instead of taking the same one.
    Transaction tx(db);
    if (const Error e = tx.begin())
        return {{}, e};
    const Outcome<ActivityWrite> w = writeActivities(db, taskId, incoming, now);
    if (!w.ok())
        return w;
    if (const Error e = tx.commit())
        return {{}, e};
    return w;
}

Outcome<TaskModified> modify(QSqlDatabase db, const QString &id, const QList<Activity> &activities, const QDateTime &now,
                             const std::function<QVariantHash(const Task &)> &change)
{
    TaskModified m;
    Transaction tx(db);
    if (const Error e = tx.begin())
        return {{}, e};
    const Outcome<std::optional<Task>> stored = find(db, id);
    if (!stored.ok())
        return {{}, stored.error};
    if (!stored.value) {
        m.found = false;
        return {m, {}};
    }
    const Outcome<ActivityWrite> written = writeActivities(db, id, activities, now);
    if (!written.ok())
        return {{}, written.error};
    m.activities = written.value;
    // Asked after the activities are in: the task as it is now, with their position.
    const Outcome<std::optional<Task>> current = m.activities.inserted > 0 ? find(db, id) : stored;
    if (!current.ok() || !current.value)
        return {{}, current.ok() ? Error::notFound(agentdesk::tr("No task with id %1.").arg(id)) : current.error};
    const QVariantHash columns = change(*current.value);
    if (const Error e = update(db, id, columns))
        return {{}, e};
    if (const Error e = tx.commit())
        return {{}, e};
    m.columnsChanged = !columns.isEmpty();
    return {m, {}};
}

Error remove(QSqlDatabase db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM tasks WHERE id = ?"));
    q.addBindValue(id);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(agentdesk::tr("No task with id %1.").arg(id));
    return {};
}

Error pruneChanges(QSqlDatabase db, int keep)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM task_changes WHERE seq <= (SELECT MAX(seq) FROM task_changes) - ?"));
    q.addBindValue(keep);
    Error error;
    execPrepared(q, &error);
    return error;
}

} // namespace agentdesk::taskwrites
