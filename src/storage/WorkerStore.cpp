#include "WorkerStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "domain/Timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace agentdesk {

namespace {
const QString kClaimColumns =
    QStringLiteral("session_id, claim_id, agent_id, phase, lease_seconds, lease_expires_at, task_id, mirrored_count, "
                   "forwarded_inputs, reported_url, last_activity, detail, created_at");

Outcome<ClaimRecord> claimFromQuery(const QSqlQuery &q)
{
    ClaimRecord c;
    c.sessionId = q.value(0).toString();
    c.claimId = q.value(1).toString();
    c.agentId = q.value(2).toString();
    const auto phase = ClaimRecord::phaseFromKey(q.value(3).toString());
    if (!phase)
        return {{},
                Error::storage(QCoreApplication::translate("WorkerStore", "The claim on %1 cannot be read: its phase "
                                                                          "\"%2\" is unknown to this version.")
                                   .arg(c.sessionId, q.value(3).toString()))};
    c.phase = *phase;
    c.leaseSeconds = q.value(4).toInt();
    c.leaseExpiresAt = fromIso(q.value(5).toString());
    c.taskId = q.value(6).toString();
    c.mirroredCount = q.value(7).toInt();
    c.forwardedInputs = stringList(q.value(8));
    c.reportedUrl = q.value(9).toString();
    c.lastActivity = q.value(10).toString();
    c.detail = q.value(11).toString();
    c.createdAt = fromIso(q.value(12).toString());
    return {c, {}};
}

Outcome<QList<ClaimRecord>> readClaims(QSqlQuery &q)
{
    QList<ClaimRecord> out;
    while (q.next()) {
        const Outcome<ClaimRecord> c = claimFromQuery(q);
        if (!c.ok())
            return {{}, c.error};
        out << c.value;
    }
    return {out, {}};
}

Error saveRouteIn(QSqlDatabase db, const WorkerRoute &r, const QDateTime &now)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO worker_routes (agent_id, provider, account, repo_url, allowed_repos, "
                       "branch, auto_pr, plan_approval, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.agentId);
    q.addBindValue(providerKey(r.provider));
    q.addBindValue(r.account);
    q.addBindValue(r.repoUrl);
    q.addBindValue(jsonText(r.allowedRepos));
    q.addBindValue(nullable(r.branch));
    q.addBindValue(r.autoPr ? 1 : 0);
    q.addBindValue(r.planApproval ? 1 : 0);
    q.addBindValue(toIso(now));
    Error error;
    if (!execPrepared(q, &error))
        return error;
    return {};
}

Error removeRouteIn(QSqlDatabase db, const QString &agentId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM worker_routes WHERE agent_id = ?"));
    q.addBindValue(agentId);
    Error error;
    if (!execPrepared(q, &error))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::notFound(QCoreApplication::translate("WorkerStore", "No route for agent \"%1\".").arg(agentId));
    return {};
}

} // namespace

WorkerStore::WorkerStore(Database &db, const Clock &clock, QObject *parent) : Store(db, parent), m_clock(clock) { }

Error WorkerStore::saveRoute(const WorkerRoute &r)
{
    if (const Error e = saveRouteIn(connection(), r, m_clock.now()))
        return e;
    Q_EMIT routesChanged();
    return {};
}

void WorkerStore::saveRoute(const WorkerRoute &r, const QObject *context, Callback<Done> done)
{
    write<Done>(
        [r, now = m_clock.now()](QSqlDatabase db) {
            return Outcome<Done>{{}, saveRouteIn(db, r, now)};
        },
        [this](const Outcome<Done> &result) {
            if (result.ok())
                Q_EMIT routesChanged();
        },
        context, std::move(done));
}

Error WorkerStore::removeRoute(const QString &agentId)
{
    if (const Error e = removeRouteIn(connection(), agentId))
        return e;
    Q_EMIT routesChanged();
    return {};
}

void WorkerStore::removeRoute(const QString &agentId, const QObject *context, Callback<Done> done)
{
    write<Done>(
        [agentId](QSqlDatabase db) {
            return Outcome<Done>{{}, removeRouteIn(db, agentId)};
        },
        [this](const Outcome<Done> &result) {
            if (result.ok())
                Q_EMIT routesChanged();
        },
        context, std::move(done));
}

Outcome<QList<WorkerRoute>> WorkerStore::routes() const
{
    QList<WorkerRoute> out;
    QSqlQuery q(connection());
    q.prepare(
        QStringLiteral("SELECT agent_id, provider, account, repo_url, allowed_repos, branch, auto_pr, plan_approval "
                       "FROM worker_routes ORDER BY agent_id"));
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    while (q.next()) {
        WorkerRoute r;
        r.agentId = q.value(0).toString();
        const auto provider = providerFromKey(q.value(1).toString());
        if (!provider)
            return {{},
                    Error::storage(QCoreApplication::translate("WorkerStore", "The route of agent %1 names the unknown "
                                                                              "provider \"%2\".")
                                       .arg(r.agentId, q.value(1).toString()))};
        r.provider = *provider;
        r.account = q.value(2).toString();
        r.repoUrl = q.value(3).toString();
        r.allowedRepos = stringList(q.value(4));
        r.branch = q.value(5).toString();
        r.autoPr = q.value(6).toInt() != 0;
        r.planApproval = q.value(7).toInt() != 0;
        out << r;
    }
    return {out, {}};
}

Outcome<std::optional<WorkerRoute>> WorkerStore::route(const QString &agentId) const
{
    const Outcome<QList<WorkerRoute>> all = routes();
    if (!all.ok())
        return {{}, all.error};
    for (const WorkerRoute &r : all.value)
        if (r.agentId == agentId)
            return {r, {}};
    return {};
}

Outcome<QString> WorkerStore::state(const QString &key) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM worker_state WHERE key = ?"));
    q.addBindValue(key);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    return {q.next() ? q.value(0).toString() : QString(), {}};
}

Error WorkerStore::setState(const QString &key, const QString &value)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO worker_state (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    Error error;
    execPrepared(q, &error);
    return error;
}

Error WorkerStore::clearState(const QString &key)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM worker_state WHERE key = ?"));
    q.addBindValue(key);
    Error error;
    execPrepared(q, &error);
    return error;
}

Error WorkerStore::saveClaim(const ClaimRecord &c)
{
    QSqlQuery q(connection());
    q.prepare(
        QStringLiteral(
            "INSERT OR REPLACE INTO worker_claims (%1, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kClaimColumns));
    q.addBindValue(c.sessionId);
    q.addBindValue(c.claimId);
    q.addBindValue(c.agentId);
    q.addBindValue(ClaimRecord::phaseKey(c.phase));
    q.addBindValue(c.leaseSeconds);
    q.addBindValue(toIso(c.leaseExpiresAt));
    q.addBindValue(nullable(c.taskId));
    q.addBindValue(c.mirroredCount);
    q.addBindValue(jsonText(c.forwardedInputs));
    q.addBindValue(nullable(c.reportedUrl));
    q.addBindValue(nullable(c.lastActivity));
    q.addBindValue(nullable(c.detail));
    q.addBindValue(toIso(c.createdAt.isValid() ? c.createdAt : m_clock.now()));
    q.addBindValue(toIso(m_clock.now()));
    Error error;
    execPrepared(q, &error);
    return error;
}

Outcome<std::optional<ClaimRecord>> WorkerStore::claim(const QString &sessionId) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT %1 FROM worker_claims WHERE session_id = ?").arg(kClaimColumns));
    q.addBindValue(sessionId);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    if (!q.next())
        return {};
    const Outcome<ClaimRecord> c = claimFromQuery(q);
    if (!c.ok())
        return {{}, c.error};
    return {c.value, {}};
}

Outcome<QList<ClaimRecord>> WorkerStore::openClaims() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT %1 FROM worker_claims WHERE phase IN ('claimed', 'running', 'finishing') "
                             "ORDER BY created_at")
                  .arg(kClaimColumns));
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    return readClaims(q);
}

Outcome<QList<ClaimRecord>> WorkerStore::recentClaims(int limit) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT %1 FROM worker_claims ORDER BY updated_at DESC LIMIT ?").arg(kClaimColumns));
    q.addBindValue(limit);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    return readClaims(q);
}

Error WorkerStore::enqueue(const QList<OutboxItem> &items, const ClaimRecord *advancedClaim)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return Error::storage(
            QCoreApplication::translate("WorkerStore", "Cannot start a transaction for the outbox: %1")
                .arg(db.lastError().text()));
    Error error;
    for (const OutboxItem &item : items) {
        QSqlQuery q(db);
        // A repeated client activity id is the same activity: keep the first.
        q.prepare(
            QStringLiteral("INSERT OR IGNORE INTO worker_outbox (session_id, claim_id, kind, client_activity_id, body, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(item.sessionId);
        q.addBindValue(item.claimId);
        q.addBindValue(OutboxItem::kindKey(item.kind));
        q.addBindValue(nullable(item.clientActivityId));
        q.addBindValue(jsonText(item.body));
        q.addBindValue(toIso(m_clock.now()));
        if (!execPrepared(q, &error)) {
            db.rollback();
            return error;
        }
    }
    if (advancedClaim && (error = saveClaim(*advancedClaim))) {
        db.rollback();
        return error;
    }
    if (!db.commit()) {
        const Error e = Error::storage(
            QCoreApplication::translate("WorkerStore", "Cannot commit the outbox: %1").arg(db.lastError().text()));
        db.rollback();
        return e;
    }
    return {};
}

Outcome<QList<OutboxItem>> WorkerStore::pendingOutbox(int limit) const
{
    QList<OutboxItem> out;
    QSqlQuery q(connection());
    q.prepare(
        QStringLiteral("SELECT id, session_id, claim_id, kind, client_activity_id, body, attempts FROM worker_outbox "
                       "ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    while (q.next()) {
        OutboxItem i;
        i.id = q.value(0).toLongLong();
        i.sessionId = q.value(1).toString();
        i.claimId = q.value(2).toString();
        const auto kind = OutboxItem::kindFromKey(q.value(3).toString());
        if (!kind)
            return {
                {},
                Error::storage(QCoreApplication::translate("WorkerStore", "Outbox item %1 has the unknown kind \"%2\".")
                                   .arg(i.id)
                                   .arg(q.value(3).toString()))};
        i.kind = *kind;
        i.clientActivityId = q.value(4).toString();
        i.body = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        i.attempts = q.value(6).toInt();
        out << i;
    }
    return {out, {}};
}

Error WorkerStore::removeOutboxItem(qint64 id)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM worker_outbox WHERE id = ?"));
    q.addBindValue(id);
    Error error;
    execPrepared(q, &error);
    return error;
}

Error WorkerStore::noteOutboxFailure(qint64 id, const QString &message)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("UPDATE worker_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    q.addBindValue(message);
    q.addBindValue(id);
    Error error;
    execPrepared(q, &error);
    return error;
}

Error WorkerStore::dropOutbox(const QString &sessionId)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM worker_outbox WHERE session_id = ?"));
    q.addBindValue(sessionId);
    Error error;
    execPrepared(q, &error);
    return error;
}

Outcome<int> WorkerStore::outboxSize() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM worker_outbox"));
    Error error;
    if (!execPrepared(q, &error) || !q.next())
        return {0, error.isError() ? error : Error::storage(QStringLiteral("COUNT(*) returned no row"))};
    return {q.value(0).toInt(), {}};
}

Outcome<QList<bool>> WorkerStore::recordWebhookEvents(const QList<WebhookEvent> &events)
{
    QList<bool> fresh;
    if (events.isEmpty())
        return {fresh, {}};
    QSqlDatabase db = connection();
    if (!db.transaction())
        return {{}, Error::storage(db.lastError().text())};
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO webhook_events (event_id, type, session_id, received_at) VALUES (?, ?, ?, ?)"));
    const QString at = toIso(m_clock.now());
    Error error;
    for (const WebhookEvent &e : events) {
        q.addBindValue(e.eventId);
        q.addBindValue(e.type);
        q.addBindValue(nullable(e.sessionId));
        q.addBindValue(at);
        if (!execPrepared(q, &error)) {
            db.rollback();
            return {{}, error};
        }
        fresh << (q.numRowsAffected() == 1);
    }
    if (!db.commit()) {
        const Error e = Error::storage(db.lastError().text());
        db.rollback();
        return {{}, e};
    }
    return {fresh, {}};
}

Outcome<int> WorkerStore::webhookEventCount() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM webhook_events"));
    Error error;
    if (!execPrepared(q, &error) || !q.next())
        return {0, error.isError() ? error : Error::storage(QStringLiteral("COUNT(*) returned no row"))};
    return {q.value(0).toInt(), {}};
}

Outcome<int> WorkerStore::pruneWebhookEvents(const QDateTime &before)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM webhook_events WHERE received_at < ?"));
    q.addBindValue(toIso(before));
    Error error;
    if (!execPrepared(q, &error))
        return {0, error};
    return {q.numRowsAffected(), {}};
}

} // namespace agentdesk
