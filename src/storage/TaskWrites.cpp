#include "TaskWrites.h"

#include "Database.h"
#include "SqlValues.h"
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
    QStringLiteral("status"),         QStringLiteral("upstream_status"),
    QStringLiteral("attention"),      QStringLiteral("attention_reason"),
    QStringLiteral("title"),          QStringLiteral("web_url"),
    QStringLiteral("external_id"),    QStringLiteral("result"),
    QStringLiteral("error"),          QStringLiteral("updated_at"),
    QStringLiteral("completed_at"),   QStringLiteral("last_activity_at"),
    QStringLiteral("provider_state"), QStringLiteral("hidden"),
    QStringLiteral("archived"),       QStringLiteral("gone_at"),
    QStringLiteral("prompt"),         QStringLiteral("repo_name"),
    QStringLiteral("repo_url"),       QStringLiteral("branch"),
    QStringLiteral("observed_at"),    QStringLiteral("pr"),
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
            continue; // adopted by another process (or thread) in the meantime
        if (const Error e = insertRow(db, task))
            return {{}, e};
        inserted << task;
    }
    if (const Error e = tx.commit())
        return {{}, e};
    return {inserted, {}};
}

namespace {

// Runs a statement that must touch the task `id`: none touched is "no such task".
Error execOnTask(QSqlQuery &q, const QString &id)
{
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(agentdesk::tr("No task with id %1.").arg(id));
    return {};
}

} // namespace

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
    q.prepare(QStringLiteral("UPDATE tasks SET ") + assignments.join(QStringLiteral(", "))
              + QStringLiteral(" WHERE id = ?"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(id);
    return execOnTask(q, id);
}

namespace {

// Merges a batch of activities into one task, inside the caller's transaction: new ones
// go after the task's last position, known ones change in place only where they differ.
class ActivityMerge
{
public:
    ActivityMerge(QSqlDatabase db, QString taskId, QDateTime now)
        : m_db(std::move(db)), m_taskId(std::move(taskId)), m_now(std::move(now)), m_insert(m_db), m_change(m_db),
          m_exists(m_db)
    {
        m_insert.prepare(QStringLiteral("INSERT OR IGNORE INTO activities (task_id, activity_id, seq, type, content, "
                                        "timestamp, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        // A known activity changes only where it differs; one without a time keeps the one it has.
        m_change.prepare(
            QStringLiteral("UPDATE activities SET type = ?, content = ?, timestamp = COALESCE(?, timestamp), "
                           "metadata = ? WHERE task_id = ? AND activity_id = ? AND (type IS NOT ? OR content "
                           "IS NOT ? OR metadata IS NOT ? OR (? IS NOT NULL AND timestamp IS NOT ?))"));
        m_exists.prepare(QStringLiteral("SELECT 1 FROM activities WHERE task_id = ? AND activity_id = ?"));
    }

    Outcome<ActivityWrite> run(const QList<Activity> &incoming)
    {
        if (const Error e = readPosition())
            return {{}, e};
        QSet<QString> seenInBatch;
        for (const Activity &a : incoming) {
            if (a.id.isEmpty() || seenInBatch.contains(a.id))
                continue;
            seenInBatch.insert(a.id);
            if (const Error e = merge(a))
                return {{}, e};
        }
        if (m_written.dropped > 0)
            qCWarning(lcTaskStore).noquote() << "task" << m_taskId << "holds" << kMaxActivitiesPerTask << "activities;"
                                             << m_written.dropped << "newer ones were not kept";
        if (const Error e = recordOnTask())
            return {{}, e};
        return {m_written, {}};
    }

private:
    Error readPosition()
    {
        QSqlQuery position(m_db);
        position.prepare(QStringLiteral("SELECT activity_count, last_activity_at FROM tasks WHERE id = ?"));
        position.addBindValue(m_taskId);
        Error error;
        if (!execPrepared(position, &error))
            return error;
        if (!position.next())
            return Error::notFound(agentdesk::tr("No task with id %1.").arg(m_taskId));
        m_nextSeq = position.value(0).toInt();
        m_lastActivity = fromIso(position.value(1).toString());
        return {};
    }

    Error merge(const Activity &a)
    {
        bool inserted = false;
        if (m_nextSeq < kMaxActivitiesPerTask)
            if (const Error e = insert(a, &inserted); e || inserted)
                return e;
        bool changed = false;
        if (const Error e = change(a, &changed))
            return e;
        if (changed)
            ++m_written.changed;
        else if (m_nextSeq >= kMaxActivitiesPerTask && !known(a.id))
            ++m_written.dropped;
        return {};
    }

    Error insert(const Activity &a, bool *inserted)
    {
        m_insert.addBindValue(m_taskId);
        m_insert.addBindValue(a.id);
        m_insert.addBindValue(m_nextSeq);
        m_insert.addBindValue(activityTypeKey(a.type));
        m_insert.addBindValue(a.content);
        m_insert.addBindValue(toIso(a.timestamp.isValid() ? a.timestamp : m_now));
        m_insert.addBindValue(jsonText(a.metadata));
        Error error;
        if (!execPrepared(m_insert, &error))
            return error;
        *inserted = m_insert.numRowsAffected() == 1;
        if (*inserted) {
            ++m_nextSeq;
            ++m_written.inserted;
            const QDateTime t = a.timestamp.isValid() ? a.timestamp : m_now;
            if (!m_written.newest.isValid() || t > m_written.newest)
                m_written.newest = t;
        }
        return {};
    }

    Error change(const Activity &a, bool *changed)
    {
        const QString type = activityTypeKey(a.type);
        const QString metadata = jsonText(a.metadata);
        const QVariant time = a.timestamp.isValid() ? QVariant(toIso(a.timestamp)) : sqlNull();
        for (const QVariant &v : {QVariant(type), QVariant(a.content), time, QVariant(metadata), QVariant(m_taskId),
                                  QVariant(a.id), QVariant(type), QVariant(a.content), QVariant(metadata), time, time})
            m_change.addBindValue(v);
        Error error;
        if (!execPrepared(m_change, &error))
            return error;
        *changed = m_change.numRowsAffected() > 0;
        return {};
    }

    // Only asked once the task is full: was this one kept before, or is it one too many?
    bool known(const QString &activityId)
    {
        m_exists.addBindValue(m_taskId);
        m_exists.addBindValue(activityId);
        const bool found = execPrepared(m_exists) && m_exists.next();
        m_exists.finish();
        return found;
    }

    // The task's position and newest time; or, when only known activities changed, a
    // journal entry so other windows hear of it all the same.
    Error recordOnTask()
    {
        Error error;
        if (m_written.inserted == 0 && m_written.changed > 0) {
            QSqlQuery note(m_db);
            note.prepare(QStringLiteral("INSERT INTO task_changes (task_id) VALUES (?)"));
            note.addBindValue(m_taskId);
            execPrepared(note, &error);
        } else if (m_written.inserted > 0) {
            QSqlQuery advance(m_db);
            const QDateTime newest = m_written.newest;
            const QDateTime latest = m_lastActivity.isValid() && m_lastActivity > newest ? m_lastActivity : newest;
            advance.prepare(QStringLiteral("UPDATE tasks SET activity_count = ?, last_activity_at = ? WHERE id = ?"));
            advance.addBindValue(m_nextSeq);
            advance.addBindValue(toIso(latest));
            advance.addBindValue(m_taskId);
            execPrepared(advance, &error);
        }
        return error;
    }

    QSqlDatabase m_db;
    QString m_taskId;
    QDateTime m_now;
    QSqlQuery m_insert, m_change, m_exists;
    int m_nextSeq = 0;
    QDateTime m_lastActivity;
    ActivityWrite m_written;
};

} // namespace

Outcome<ActivityWrite> writeActivities(QSqlDatabase db, const QString &taskId, const QList<Activity> &incoming,
                                       const QDateTime &now)
{
    if (incoming.isEmpty())
        return {ActivityWrite{}, {}};
    return ActivityMerge(std::move(db), taskId, now).run(incoming);
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

Outcome<TaskModified> modify(QSqlDatabase db, const QString &id, const QList<Activity> &activities,
                             const QDateTime &now, const std::function<QVariantHash(const Task &)> &change)
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
    return execOnTask(q, id);
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
