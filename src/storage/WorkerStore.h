#pragma once

#include "Store.h"
#include "base/Clock.h"
#include "domain/Outcome.h"
#include "domain/WorkerRecords.h"

#include <optional>

namespace agentdesk {

// The worker's durable state in SQLite: trusted routes, claims, the outbox of platform
// calls, webhook event ids, and the worker's identity. Every write answers whether it
// happened: the worker stops taking work rather than go on without its records.
class WorkerStore : public Store
{
    Q_OBJECT
public:
    explicit WorkerStore(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    Error saveRoute(const WorkerRoute &route);
    void saveRoute(const WorkerRoute &route, const QObject *context, Callback<Done> done); // through the write queue
    Error removeRoute(const QString &agentId);
    void removeRoute(const QString &agentId, const QObject *context, Callback<Done> done);
    Outcome<QList<WorkerRoute>> routes() const;
    Outcome<std::optional<WorkerRoute>> route(const QString &agentId) const;

    Outcome<QString> state(const QString &key) const;
    Error setState(const QString &key, const QString &value);
    Error clearState(const QString &key);

    Error saveClaim(const ClaimRecord &claim);
    Outcome<std::optional<ClaimRecord>> claim(const QString &sessionId) const;
    // Claims still being worked on (claimed, running or finishing), oldest first.
    Outcome<QList<ClaimRecord>> openClaims() const;
    Outcome<QList<ClaimRecord>> recentClaims(int limit) const;

    // Queues platform calls for a session and records how far its mirror got, in one
    // transaction: a crash leaves both or neither.
    Error enqueue(const QList<OutboxItem> &items, const ClaimRecord *advancedClaim = nullptr);
    Outcome<QList<OutboxItem>> pendingOutbox(int limit = 100) const;
    Error removeOutboxItem(qint64 id);
    Error noteOutboxFailure(qint64 id, const QString &error);
    // The claim is gone: nothing more is reported for it.
    Error dropOutbox(const QString &sessionId);
    Outcome<int> outboxSize() const;

    struct WebhookEvent {
        QString eventId;
        QString type;
        QString sessionId;
    };
    // Records webhook event ids, all in one transaction (group commit). For each, in
    // order: true when it is new, false for a repeat.
    Outcome<QList<bool>> recordWebhookEvents(const QList<WebhookEvent> &events);
    Outcome<int> webhookEventCount() const;
    // Forgets event ids received before `before`; a repeat older than that is taken as new.
    Outcome<int> pruneWebhookEvents(const QDateTime &before);

Q_SIGNALS:
    void routesChanged();

private:
    const Clock &m_clock;
};

} // namespace agentdesk
