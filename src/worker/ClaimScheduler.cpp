#include "ClaimScheduler.h"

#include <QDateTime>

#include "platform/PlatformClient.h"
#include "storage/WorkerStore.h"

namespace agentdesk {

ClaimScheduler::ClaimScheduler(WorkerDeps deps, std::function<int()> capacityLeft, QObject *parent)
    : QObject(parent), m_deps(std::move(deps)), m_capacityLeft(std::move(capacityLeft))
{
    connect(&m_timer, &QTimer::timeout, this, &ClaimScheduler::poll);
}

void ClaimScheduler::setWorker(const QString &workerId, int leaseSeconds, int pollLimit)
{
    m_workerId = workerId;
    m_leaseSeconds = leaseSeconds;
    m_pollLimit = pollLimit;
}

void ClaimScheduler::start(int pollIntervalMs)
{
    m_timer.start(pollIntervalMs);
    poll();
}

void ClaimScheduler::stop()
{
    m_timer.stop();
    m_pollAgain = false;
}

void ClaimScheduler::poll()
{
    if (!m_timer.isActive())
        return;
    if (m_polling) {
        m_pollAgain = true; // a wake-up during a poll polls once more afterwards
        return;
    }
    if (m_capacityLeft() - int(m_claiming.size()) <= 0)
        return;
    m_polling = true;
    m_deps.platform.pollSessions(m_workerId, qMax(10, m_pollLimit), this,
                                 [this](const Outcome<QList<PlatformSessionInfo>> &r) {
                                     m_polling = false;
                                     if (!r.ok()) {
                                         m_deps.report(QStringLiteral("poll_failed"), {}, r.error.message);
                                     } else {
                                         for (const PlatformSessionInfo &s : r.value) {
                                             if (m_capacityLeft() - int(m_claiming.size()) <= 0)
                                                 break;
                                             if (m_claiming.contains(s.id) || isHeldOff(s.id))
                                                 continue;
                                             const Outcome<std::optional<ClaimRecord>> known = m_deps.store.claim(s.id);
                                             if (!known.ok())
                                                 return m_deps.storageFailed(known.error);
                                             if (known.value && known.value->isOpen())
                                                 continue; // still ours
                                             claim(s);
                                         }
                                     }
                                     if (m_pollAgain) {
                                         m_pollAgain = false;
                                         poll();
                                     }
                                 });
}

void ClaimScheduler::holdOff(const QString &sessionId, int ms)
{
    m_heldOffUntil.insert(sessionId, QDateTime::currentMSecsSinceEpoch() + ms);
}

bool ClaimScheduler::isHeldOff(const QString &sessionId)
{
    const auto it = m_heldOffUntil.find(sessionId);
    if (it == m_heldOffUntil.end())
        return false;
    if (it.value() > QDateTime::currentMSecsSinceEpoch())
        return true;
    m_heldOffUntil.erase(it);
    return false;
}

void ClaimScheduler::claim(const PlatformSessionInfo &session)
{
    m_claiming.insert(session.id);
    m_deps.platform.claim(session.id, m_workerId, m_leaseSeconds, this,
                          [this, sessionId = session.id](const Outcome<ClaimGrant> &r) {
                              m_claiming.remove(sessionId);
                              if (!r.ok()) {
                                  // 409: another worker holds it; 422: not claimable now. Dropped for this poll.
                                  m_deps.report(QStringLiteral("claim_skipped"), sessionId, r.error.message);
                                  return;
                              }
                              ClaimGrant grant = r.value;
                              if (grant.session.id.isEmpty())
                                  grant.session.id = sessionId;
                              Q_EMIT claimed(grant);
                          });
}

} // namespace agentdesk
