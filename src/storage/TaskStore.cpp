#include "TaskStore.h"

#include "Database.h"
#include "domain/Timestamps.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace agentdesk {

namespace {

// The only columns update() may write. Identity and creation data never change.
const QStringList kUpdatableColumns = {
    QStringLiteral("status"),         QStringLiteral("upstream_status"), QStringLiteral("attention"),
    QStringLiteral("attention_reason"), QStringLiteral("title"),       QStringLiteral("web_url"),
    QStringLiteral("external_id"),    QStringLiteral("result"),          QStringLiteral("error"),
    QStringLiteral("updated_at"),     QStringLiteral("completed_at"),    QStringLiteral("last_activity_at"),
    QStringLiteral("provider_state"),
};

const QString kTaskColumns = QStringLiteral(
    "id, provider, account, external_id, status, upstream_status, attention, attention_reason, title, "
    "web_url, prompt, repo_name, repo_url, branch, options, result, error, created_at, updated_at, "
    "completed_at, last_activity_at, provider_state");

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant nullableTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(toIso(t)) : QVariant(QMetaType::fromType<QString>());
}

Task taskFromQuery(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toString();
    t.provider = providerFromKey(q.value(1).toString()).value_or(ProviderId::Jules);
    t.account = q.value(2).toString();
    t.externalId = q.value(3).toString();
    t.status = statusFromKey(q.value(4).toString()).value_or(TaskStatus::Queued);
    t.upstreamStatus = q.value(5).toString();
    t.attention.kind = attentionFromKey(q.value(6).toString());
    t.attention.reason = q.value(7).toString();
    t.title = q.value(8).toString();
    t.webUrl = q.value(9).toString();
    t.prompt = q.value(10).toString();
    t.source.repoName = q.value(11).toString();
    t.source.repoUrl = q.value(12).toString();
    t.source.branch = q.value(13).toString();
    t.options = TaskOptions::fromJson(jsonObject(q.value(14)));
    t.result = TaskResult::fromJson(jsonObject(q.value(15)));
    t.error = q.value(16).toString();
    t.createdAt = fromIso(q.value(17).toString());
    t.updatedAt = fromIso(q.value(18).toString());
    t.completedAt = fromIso(q.value(19).toString());
    t.lastActivityAt = fromIso(q.value(20).toString());
    t.providerState = jsonObject(q.value(21));
    return t;
}

const QString kSummaryColumns = QStringLiteral(
    "id, provider, status, attention, attention_reason, title, repo_name, "
    "json_extract(result, '$.prUrl'), error, updated_at, substr(prompt, 1, 300)");

TaskSummary summaryFromQuery(const QSqlQuery &q)
{
    TaskSummary s;
    s.id = q.value(0).toString();
    s.provider = providerFromKey(q.value(1).toString()).value_or(ProviderId::Jules);
    s.status = statusFromKey(q.value(2).toString()).value_or(TaskStatus::Queued);
    s.attention.kind = attentionFromKey(q.value(3).toString());
    s.attention.reason = q.value(4).toString();
    const QString prompt = q.value(10).toString();
    s.title = q.value(5).toString();
    if (s.title.isEmpty()) {
        Task t;
        t.prompt = prompt;
        s.title = t.displayTitle();
    }
    s.repoName = q.value(6).toString();
    s.prUrl = q.value(7).toString();
    s.error = q.value(8).toString();
    s.updatedAt = fromIso(q.value(9).toString());
    s.searchText = (s.id + QLatin1Char('\n') + s.title + QLatin1Char('\n') + s.repoName + QLatin1Char('\n')
                    + prompt)
                       .toLower();
    return s;
}

} // namespace

TaskStore::TaskStore(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

bool TaskStore::isUpdatableColumn(const QString &column)
{
    return kUpdatableColumns.contains(column);
}

Error TaskStore::insert(const Task &task)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO tasks (id, provider, account, external_id, status, upstream_status, attention, "
        "attention_reason, title, web_url, prompt, repo_name, repo_url, branch, options, result, error, "
        "created_at, updated_at, completed_at, last_activity_at, provider_state) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (!task.activities.isEmpty())
        upsertActivities(task.id, task.activities, &error);
    Q_EMIT taskAdded(task.id);
    return error;
}

std::optional<Task> TaskStore::task(const QString &id, bool withActivities) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kTaskColumns + QStringLiteral(" FROM tasks WHERE id = ?"));
    q.addBindValue(id);
    if (!execPrepared(q) || !q.next())
        return std::nullopt;
    Task t = taskFromQuery(q);
    if (withActivities)
        t.activities = activities(id);
    return t;
}

std::optional<Task> TaskStore::taskByExternalId(ProviderId provider, const QString &externalId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kTaskColumns
              + QStringLiteral(" FROM tasks WHERE provider = ? AND external_id = ?"));
    q.addBindValue(providerKey(provider));
    q.addBindValue(externalId);
    if (!execPrepared(q) || !q.next())
        return std::nullopt;
    return taskFromQuery(q);
}

QList<Task> TaskStore::tasks(const TaskQuery &query) const
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
    if (query.activeOnly)
        where << QStringLiteral("status NOT IN ('completed', 'failed', 'cancelled') AND external_id IS NOT NULL");
    QString sql = QStringLiteral("SELECT ") + kTaskColumns + QStringLiteral(" FROM tasks");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY updated_at DESC, id DESC LIMIT ?");
    binds << query.limit;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<Task> list;
    if (!execPrepared(q))
        return list;
    while (q.next())
        list << taskFromQuery(q);
    return list;
}

QList<TaskSummary> TaskStore::activeSummaries() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<TaskSummary> list;
    if (!q.exec(QStringLiteral("SELECT ") + kSummaryColumns
                + QStringLiteral(" FROM tasks WHERE status NOT IN ('completed', 'failed', 'cancelled') AND external_id IS NOT NULL")))
        return list;
    while (q.next())
        list << summaryFromQuery(q);
    return list;
}

QList<TaskStore::RunningTask> TaskStore::runningTasks() const
{
    // One query for the watchdog: each running task with the time of its newest
    // activity (the primary key makes the inner max a short index walk).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<RunningTask> list;
    if (!q.exec(QStringLiteral("SELECT ") + kSummaryColumns
                + QStringLiteral(", (SELECT max(timestamp) FROM activities a WHERE a.task_id = tasks.id), last_activity_at, created_at "
                                 "FROM tasks WHERE status = 'running'")))
        return list;
    const int extra = q.record().count() - 3;   // the three after the summary's columns
    while (q.next()) {
        RunningTask r{summaryFromQuery(q), {}};
        for (int i = extra; i < extra + 3 && !r.lastActivity.isValid(); ++i)
            r.lastActivity = fromIso(q.value(i).toString());
        const QDateTime recorded = fromIso(q.value(extra + 1).toString());
        if (recorded.isValid() && recorded > r.lastActivity)
            r.lastActivity = recorded;
        list << r;
    }
    return list;
}

QList<TaskSummary> TaskStore::summaries(int limit, int offset) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns
              + QStringLiteral(" FROM tasks ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?"));
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<TaskSummary> list;
    if (!execPrepared(q))
        return list;
    if (limit > 0)
        list.reserve(limit);
    while (q.next())
        list << summaryFromQuery(q);
    return list;
}

std::optional<TaskSummary> TaskStore::summary(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM tasks WHERE id = ?"));
    q.addBindValue(id);
    if (!execPrepared(q) || !q.next())
        return std::nullopt;
    return summaryFromQuery(q);
}

int TaskStore::count() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM tasks"));
    if (!execPrepared(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Error TaskStore::update(const QString &id, const QVariantHash &columns)
{
    if (columns.isEmpty())
        return {};
    QStringList assignments;
    QVariantList values;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!isUpdatableColumn(it.key()))
            return Error::validation(QCoreApplication::translate("TaskStore", "The column \"%1\" cannot be updated.")
                                         .arg(it.key()));
        assignments << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tasks SET ") + assignments.join(QStringLiteral(", "))
              + QStringLiteral(" WHERE id = ?"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(id);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(QCoreApplication::translate("TaskStore", "No task with id %1.").arg(id));
    Q_EMIT taskChanged(id);
    return {};
}

int TaskStore::upsertActivities(const QString &taskId, const QList<Activity> &incoming, Error *error)
{
    if (incoming.isEmpty())
        return 0;
    QSqlDatabase db = m_db.connection();
    // Existing rows, to tell new from changed from unchanged without rewriting anything.
    QHash<QString, Activity> known;
    int nextSeq = 0;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT activity_id, type, content, timestamp, metadata, seq FROM activities "
                                 "WHERE task_id = ?"));
        q.addBindValue(taskId);
        if (!execPrepared(q, error))
            return 0;
        while (q.next()) {
            Activity a;
            a.id = q.value(0).toString();
            a.type = activityTypeFromKey(q.value(1).toString()).value_or(ActivityType::Message);
            a.content = q.value(2).toString();
            a.timestamp = fromIso(q.value(3).toString());
            a.metadata = jsonObject(q.value(4));
            known.insert(a.id, a);
            nextSeq = std::max(nextSeq, q.value(5).toInt() + 1);
        }
    }

    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO activities (task_id, activity_id, seq, type, content, timestamp, "
                                  "metadata) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery change(db);
    change.prepare(QStringLiteral("UPDATE activities SET type = ?, content = ?, timestamp = ?, metadata = ? "
                                  "WHERE task_id = ? AND activity_id = ?"));
    int written = 0;
    QSet<QString> seenInBatch;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Activity a : incoming) {
        if (a.id.isEmpty() || seenInBatch.contains(a.id))
            continue;
        seenInBatch.insert(a.id);
        const auto existing = known.constFind(a.id);
        // Some feeds (Cursor's conversation) carry no times: first seen is the time.
        if (!a.timestamp.isValid())
            a.timestamp = existing != known.cend() ? existing->timestamp : now;
        if (existing == known.cend()) {
            insert.addBindValue(taskId);
            insert.addBindValue(a.id);
            insert.addBindValue(nextSeq++);
            insert.addBindValue(activityTypeKey(a.type));
            insert.addBindValue(a.content);
            insert.addBindValue(toIso(a.timestamp));
            insert.addBindValue(jsonText(a.metadata));
            if (!execPrepared(insert, error)) {
                db.rollback();
                return 0;
            }
            ++written;
        } else if (!(*existing == a)) {
            change.addBindValue(activityTypeKey(a.type));
            change.addBindValue(a.content);
            change.addBindValue(toIso(a.timestamp));
            change.addBindValue(jsonText(a.metadata));
            change.addBindValue(taskId);
            change.addBindValue(a.id);
            if (!execPrepared(change, error)) {
                db.rollback();
                return 0;
            }
            ++written;
        }
    }
    if (!db.commit()) {
        if (error)
            *error = Error::storage(db.lastError().text());
        return 0;
    }
    if (written > 0)
        Q_EMIT activitiesChanged(taskId);
    return written;
}

QList<Activity> TaskStore::activities(const QString &taskId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT activity_id, type, content, timestamp, metadata FROM activities "
                             "WHERE task_id = ? ORDER BY seq"));
    q.addBindValue(taskId);
    QList<Activity> list;
    if (!execPrepared(q))
        return list;
    while (q.next()) {
        Activity a;
        a.id = q.value(0).toString();
        a.type = activityTypeFromKey(q.value(1).toString()).value_or(ActivityType::Message);
        a.content = q.value(2).toString();
        a.timestamp = fromIso(q.value(3).toString());
        a.metadata = jsonObject(q.value(4));
        list << a;
    }
    return list;
}

QDateTime TaskStore::latestActivityTime(const QString &taskId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT max(timestamp) FROM activities WHERE task_id = ?"));
    q.addBindValue(taskId);
    if (!execPrepared(q) || !q.next())
        return {};
    return fromIso(q.value(0).toString());
}

void TaskStore::announceWrittenElsewhere(const QString &id)
{
    if (!task(id))
        return;
    // Views treat an id they do not hold as an addition.
    Q_EMIT taskChanged(id);
    Q_EMIT activitiesChanged(id);
}

Error TaskStore::remove(const QString &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM tasks WHERE id = ?"));
    q.addBindValue(id);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(QCoreApplication::translate("TaskStore", "No task with id %1.").arg(id));
    Q_EMIT taskRemoved(id);
    return {};
}

} // namespace agentdesk
