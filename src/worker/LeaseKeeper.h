#pragma once

#include "WorkerParts.h"
#include "domain/WorkerRecords.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace agentdesk {

// Keeps the leases of the worker's claims: renews each at two thirds of its length
// (docs/platform.md), again soon after a network failure while the lease still holds,
// and reports when the platform says the claim is not this worker's any more.
class LeaseKeeper : public QObject
{
    Q_OBJECT
public:
    explicit LeaseKeeper(WorkerDeps deps, QObject *parent = nullptr);
    ~LeaseKeeper() override;

    // Renews after `delayMs`, or two thirds into the lease when negative.
    void keep(const ClaimRecord &claim, int delayMs = -1);
    void forget(const QString &sessionId);
    void clear();
    bool isKept(const QString &sessionId) const { return m_timers.contains(sessionId); }
    // When the next renewal of this claim is due, in ms from when it was scheduled (-1: none).
    int scheduledMs(const QString &sessionId) const;
    // Two thirds into a lease of this many seconds (the platform's number, clamped).
    static int renewalDelayMs(qint64 leaseSeconds);

Q_SIGNALS:
    // The lease was extended and recorded.
    void renewed(const agentdesk::ClaimRecord &claim);
    // 409/404/422: the platform does not take this claim's lease any more.
    void refused(const QString &sessionId);
    // Renewals failed until the lease ran out: the claim must be taken as lost.
    void expired(const QString &sessionId);

private:
    void renew(const QString &sessionId);

    WorkerDeps m_deps;
    QHash<QString, QTimer *> m_timers; // children of this keeper
};

} // namespace agentdesk
