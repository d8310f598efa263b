#include "WorkerStore.h"

#include "Database.h"
#include "domain/Timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace agentdesk {

namespace {
QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString json(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}
QStringList stringList(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}
QString now()
{
    return toIso(QDateTime::currentDateTimeUtc());
}

const QString kClaimColumns = QStringLiteral(
    "session_id, claim_id, agent_id, phase, lease_seconds, lease_expires_at, task_id, mirrored_count, "
    "forwarded_inputs, reported_url, last_activity, detail, created_at");

ClaimRecord claimFromQuery(const QSqlQuery &q)
{
    ClaimRecord c;
    c.sessionId = q.value(0).toString();
    c.claimId = q.value(1).toString();
    c.agentId = q.value(2).toString();
    c.phase = ClaimRecord::phaseFromKey(q.value(3).toString());
    c.leaseSeconds = q.value(4).toInt();
    c.leaseExpiresAt = fromIso(q.value(5).toString());
    c.taskId = q.value(6).toString();
    c.mirroredCount = q.value(7).toInt();
    c.forwardedInputs = stringList(q.value(8).toString());
    c.reportedUrl = q.value(9).toString();
    c.lastActivity = q.value(10).toString();
    c.detail = q.value(11).toString();
    c.createdAt = fromIso(q.value(12).toString());
    return c;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
} // namespace

WorkerStore::WorkerStore(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

Error WorkerStore::saveRoute(const WorkerRoute &r)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO worker_routes (agent_id, provider, account, repo_url, allowed_repos, "
                             "branch, auto_pr, plan_approval, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.agentId);
    q.addBindValue(providerKey(r.provider));
    q.addBindValue(r.account);
    q.addBindValue(r.repoUrl);
    q.addBindValue(json(r.allowedRepos));
    q.addBindValue(nullable(r.branch));
    q.addBindValue(r.autoPr ? 1 : 0);
    q.addBindValue(r.planApproval ? 1 : 0);
    q.addBindValue(now());
    Error error;
    if (!execPrepared(q, &error))
        return error;
    Q_EMIT routesChanged();
    return {};
}

Error WorkerStore::removeRoute(const QString &agentId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM worker_routes WHERE agent_id = ?"));
    q.addBindValue(agentId);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(QCoreApplication::translate("WorkerStore", "No route for agent \"%1\".").arg(agentId));
    Q_EMIT routesChanged();
    return {};
}

QList<WorkerRoute> WorkerStore::routes() const
{
    QList<WorkerRoute> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT agent_id, provider, account, repo_url, allowed_repos, branch, auto_pr, plan_approval "
                             "FROM worker_routes ORDER BY agent_id"));
    if (!execPrepared(q))
        return out;
    while (q.next()) {
        WorkerRoute r;
        r.agentId = q.value(0).toString();
        r.provider = providerFromKey(q.value(1).toString()).value_or(ProviderId::Jules);
        r.account = q.value(2).toString();
        r.repoUrl = q.value(3).toString();
        r.allowedRepos = stringList(q.value(4).toString());
        r.branch = q.value(5).toString();
        r.autoPr = q.value(6).toInt() != 0;
        r.planApproval = q.value(7).toInt() != 0;
        out << r;
    }
    return out;
}

std::optional<WorkerRoute> WorkerStore::route(const QString &agentId) const
{
    for (const WorkerRoute &r : routes())
        if (r.agentId == agentId)
            return r;
    return std::nullopt;
}

QString WorkerStore::state(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM worker_state WHERE key = ?"));
    q.addBindValue(key);
    return execPrepared(q) && q.next() ? q.value(0).toString() : QString();
}

Error WorkerStore::setState(const QString &key, const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO worker_state (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    Error error;
    execPrepared(q, &error);
    return error;
}

Error WorkerStore::clearState(const QString &key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM worker_state WHERE key = ?"));
    q.addBindValue(key);
    Error error;
    execPrepared(q, &error);
    return error;
}

Error WorkerStore::saveClaim(const ClaimRecord &c)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO worker_claims (%1, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kClaimColumns));
    q.addBindValue(c.sessionId);
    q.addBindValue(c.claimId);
    q.addBindValue(c.agentId);
    q.addBindValue(ClaimRecord::phaseKey(c.phase));
    q.addBindValue(c.leaseSeconds);
    q.addBindValue(toIso(c.leaseExpiresAt));
    q.addBindValue(nullable(c.taskId));
    q.addBindValue(c.mirroredCount);
    q.addBindValue(json(c.forwardedInputs));
    q.addBindValue(nullable(c.reportedUrl));
    q.addBindValue(nullable(c.lastActivity));
    q.addBindValue(nullable(c.detail));
    q.addBindValue(toIso(c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(now());
    Error error;
    execPrepared(q, &error);
    return error;
}

std::optional<ClaimRecord> WorkerStore::claim(const QString &sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM worker_claims WHERE session_id = ?").arg(kClaimColumns));
    q.addBindValue(sessionId);
    if (!execPrepared(q) || !q.next())
        return std::nullopt;
    return claimFromQuery(q);
}

QList<ClaimRecord> WorkerStore::openClaims() const
{
    QList<ClaimRecord> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM worker_claims WHERE phase IN ('claimed', 'running', 'finishing') "
                             "ORDER BY created_at").arg(kClaimColumns));
    if (!execPrepared(q))
        return out;
    while (q.next())
        out << claimFromQuery(q);
    return out;
}

QList<ClaimRecord> WorkerStore::recentClaims(int limit) const
{
    QList<ClaimRecord> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM worker_claims ORDER BY updated_at DESC LIMIT ?").arg(kClaimColumns));
    q.addBindValue(limit);
    if (!execPrepared(q))
        return out;
    while (q.next())
        out << claimFromQuery(q);
    return out;
}

Error WorkerStore::enqueue(const QList<OutboxItem> &items, const ClaimRecord *advancedClaim)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return Error::storage(QCoreApplication::translate("WorkerStore", "Cannot start a transaction for the outbox."));
    Error error;
    for (const OutboxItem &item : items) {
        QSqlQuery q(db);
        // A repeated client activity id is the same activity: keep the first.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO worker_outbox (session_id, claim_id, kind, client_activity_id, body, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(item.sessionId);
        q.addBindValue(item.claimId);
        q.addBindValue(item.kind);
        q.addBindValue(nullable(item.clientActivityId));
        q.addBindValue(json(item.body));
        q.addBindValue(now());
        if (!execPrepared(q, &error)) {
            db.rollback();
            return error;
        }
    }
    if (advancedClaim && (error = saveClaim(*advancedClaim))) {
        db.rollback();
        return error;
    }
    if (!db.commit())
        return Error::storage(QCoreApplication::translate("WorkerStore", "Cannot commit the outbox."));
    return {};
}

QList<OutboxItem> WorkerStore::pendingOutbox(int limit) const
{
    QList<OutboxItem> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, session_id, claim_id, kind, client_activity_id, body, attempts FROM worker_outbox "
                             "ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    if (!execPrepared(q))
        return out;
    while (q.next()) {
        OutboxItem i;
        i.id = q.value(0).toLongLong();
        i.sessionId = q.value(1).toString();
        i.claimId = q.value(2).toString();
        i.kind = q.value(3).toString();
        i.clientActivityId = q.value(4).toString();
        i.body = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        i.attempts = q.value(6).toInt();
        out << i;
    }
    return out;
}

Error WorkerStore::removeOutboxItem(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM worker_outbox WHERE id = ?"));
    q.addBindValue(id);
    Error error;
    execPrepared(q, &error);
    return error;
}

Error WorkerStore::noteOutboxFailure(qint64 id, const QString &message)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE worker_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    q.addBindValue(message);
    q.addBindValue(id);
    Error error;
    execPrepared(q, &error);
    return error;
}

Error WorkerStore::dropOutbox(const QString &sessionId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM worker_outbox WHERE session_id = ?"));
    q.addBindValue(sessionId);
    Error error;
    execPrepared(q, &error);
    return error;
}

int WorkerStore::outboxSize() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM worker_outbox"));
    return execPrepared(q) && q.next() ? q.value(0).toInt() : 0;
}

bool WorkerStore::recordWebhookEvent(const QString &eventId, const QString &type, const QString &sessionId, Error *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO webhook_events (event_id, type, session_id, received_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(eventId);
    q.addBindValue(type);
    q.addBindValue(nullable(sessionId));
    q.addBindValue(now());
    if (!execPrepared(q, error))
        return false;
    return q.numRowsAffected() == 1;
}

int WorkerStore::webhookEventCount() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM webhook_events"));
    return execPrepared(q) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace agentdesk
