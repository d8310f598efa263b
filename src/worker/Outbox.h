#pragma once

#include "WorkerParts.h"
#include "domain/WorkerRecords.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace agentdesk {

// The durable queue of platform calls for claimed sessions: activities, and the call
// that ends a claim (complete, fail, release). Items are stored before they are sent
// and removed only once the platform took them, so a crash sends them after the
// restart. Sessions are independent: each sends its oldest item, one at a time and in
// order, while up to kMaxSending sessions send at once. After a failure everything
// waits for the retry timer.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(WorkerDeps deps, QObject *parent = nullptr);

    // Sending starts once the worker is registered.
    void setActive(bool active);
    // Stores the items (and the claim's advance) in one transaction, then sends.
    Error enqueue(const QList<OutboxItem> &items, const ClaimRecord *advanced);
    void flush();
    void stop();
    // Nothing waits to be sent and nothing is on the way.
    bool isDrained() const;
    // After a 409 on this item the Worker looked at the session: it was ended by us
    // (the first answer was lost), so the item counts as sent; or it was not.
    void resolveConflict(const OutboxItem &item, bool endedByUs);

    static constexpr int kMaxSending = 8;
    static constexpr int kWindow = 200;

Q_SIGNALS:
    // A complete, fail or release reached the platform: the claim is over. `refusal` is
    // set when the platform refused it for good (a 4xx): the claim is over here all the
    // same, since nothing will ever end it there.
    void claimEnded(const agentdesk::OutboxItem &item, const QString &refusal);
    // The platform answered 409: the Worker finds out why and calls resolveConflict.
    void conflict(const agentdesk::OutboxItem &item);
    void drained();

private:
    void send(const OutboxItem &item);
    void onSent(const OutboxItem &item);
    void onFailed(const OutboxItem &item, const Error &error);

    WorkerDeps m_deps;
    bool m_active = false;
    QSet<QString> m_sending; // sessions with a call in flight (or a conflict being resolved)
    QTimer m_retry;
    int m_failures = 0;
};

} // namespace agentdesk
