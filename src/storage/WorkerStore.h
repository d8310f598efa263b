#pragma once

#include "domain/Error.h"
#include "worker/WorkerTypes.h"

#include <QObject>
#include <optional>

namespace agentdesk {

class Database;

// The worker's durable state in SQLite: trusted routes, claims, the outbox of platform
// calls, webhook event ids, and the worker's identity. Uses the calling thread's
// connection, like every store.
class WorkerStore : public QObject
{
    Q_OBJECT
public:
    explicit WorkerStore(Database &db, QObject *parent = nullptr);

    Error saveRoute(const WorkerRoute &route);
    Error removeRoute(const QString &agentId);
    QList<WorkerRoute> routes() const;
    std::optional<WorkerRoute> route(const QString &agentId) const;

    QString state(const QString &key) const;
    Error setState(const QString &key, const QString &value);
    Error clearState(const QString &key);

    Error saveClaim(const ClaimRecord &claim);
    std::optional<ClaimRecord> claim(const QString &sessionId) const;
    // Claims still being worked on (claimed, running or finishing), oldest first.
    QList<ClaimRecord> openClaims() const;
    QList<ClaimRecord> recentClaims(int limit) const;

    // Queues platform calls for a session and records how far its mirror got, in one
    // transaction: a crash leaves both or neither.
    Error enqueue(const QList<OutboxItem> &items, const ClaimRecord *advancedClaim = nullptr);
    QList<OutboxItem> pendingOutbox(int limit = 100) const;
    Error removeOutboxItem(qint64 id);
    Error noteOutboxFailure(qint64 id, const QString &error);
    // The claim is gone: nothing more is reported for it.
    Error dropOutbox(const QString &sessionId);
    int outboxSize() const;

    // Records a webhook event id. True when it is new; false for a repeat.
    bool recordWebhookEvent(const QString &eventId, const QString &type, const QString &sessionId, Error *error = nullptr);
    int webhookEventCount() const;

Q_SIGNALS:
    void routesChanged();

private:
    Database &m_db;
};

} // namespace agentdesk
