#include "LeaseKeeper.h"

#include "base/Durations.h"
#include "platform/PlatformClient.h"
#include "storage/WorkerStore.h"

namespace agentdesk {

LeaseKeeper::LeaseKeeper(WorkerDeps deps, QObject *parent) : QObject(parent), m_deps(std::move(deps)) { }

LeaseKeeper::~LeaseKeeper() = default;

int LeaseKeeper::renewalDelayMs(qint64 leaseSeconds)
{
    return kLeaseSeconds.milliseconds(leaseSeconds) / 3 * 2;
}

int LeaseKeeper::scheduledMs(const QString &sessionId) const
{
    const QTimer *t = m_timers.value(sessionId);
    return t && t->isActive() ? t->interval() : -1;
}

void LeaseKeeper::keep(const ClaimRecord &claim, int delayMs)
{
    QTimer *&timer = m_timers[claim.sessionId];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, id = claim.sessionId] { renew(id); });
    }
    timer->start(delayMs >= 0 ? delayMs : renewalDelayMs(claim.leaseSeconds));
}

void LeaseKeeper::forget(const QString &sessionId)
{
    // Later: this may run inside the timer's own timeout.
    if (QTimer *t = m_timers.take(sessionId)) {
        t->stop();
        t->deleteLater();
    }
}

void LeaseKeeper::clear()
{
    const QStringList ids = m_timers.keys();
    for (const QString &id : ids)
        forget(id);
}

void LeaseKeeper::renew(const QString &sessionId)
{
    const Outcome<std::optional<ClaimRecord>> c = m_deps.store.claim(sessionId);
    if (!c.ok())
        return m_deps.storageFailed(c.error);
    if (!c.value || !c.value->isOpen()) {
        forget(sessionId);
        return;
    }
    m_deps.platform.renewLease(sessionId, c.value->claimId, c.value->leaseSeconds, this,
                               [this, sessionId, claimId = c.value->claimId](const Outcome<QDateTime> &r) {
                                   const Outcome<std::optional<ClaimRecord>> claim = m_deps.store.claim(sessionId);
                                   if (!claim.ok())
                                       return m_deps.storageFailed(claim.error);
                                   if (!claim.value || !claim.value->isOpen() || claim.value->claimId != claimId)
                                       return; // ended, or replaced by a newer claim while this renewal was out
                                   if (!r.ok()) {
                                       if (PlatformClient::isClaimConflict(r.error) || r.error.httpStatus == 404
                                           || r.error.httpStatus == 422) {
                                           forget(sessionId);
                                           Q_EMIT refused(sessionId);
                                           return;
                                       }
                                       m_deps.report(QStringLiteral("renew_failed"), sessionId, r.error.message);
                                       // Past the lease's end the platform may already have given the session to
                                       // someone else (a laptop that slept, a network that stayed down): this
                                       // claim is over whatever the platform says later.
                                       const QDateTime expires = claim.value->leaseExpiresAt;
                                       if (expires.isValid() && m_deps.clock.now() >= expires) {
                                           forget(sessionId);
                                           Q_EMIT expired(sessionId);
                                           return;
                                       }
                                       // The network failed: try again soon, while the lease still holds.
                                       keep(*claim.value,
                                            qMax(1000, kLeaseSeconds.milliseconds(claim.value->leaseSeconds) / 10));
                                       return;
                                   }
                                   ClaimRecord updated = *claim.value;
                                   updated.leaseExpiresAt = r.value;
                                   if (const Error e = m_deps.store.saveClaim(updated))
                                       return m_deps.storageFailed(e);
                                   keep(updated);
                                   Q_EMIT renewed(updated);
                               });
}

} // namespace agentdesk
