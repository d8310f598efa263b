#pragma once

#include "WorkerParts.h"
#include "platform/PlatformTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace agentdesk {

// Finds work: polls for sessions this worker may claim (on a timer, and at once when a
// webhook says there is work) and claims them up to the capacity it is given. A session
// the worker still holds an open claim on is skipped; one whose earlier claim ended or
// was lost can be claimed again (the platform requeued it).
class ClaimScheduler : public QObject
{
    Q_OBJECT
public:
    ClaimScheduler(WorkerDeps deps, std::function<int()> capacityLeft, QObject *parent = nullptr);

    void setWorker(const QString &workerId, int leaseSeconds, int pollLimit);
    void start(int pollIntervalMs);
    void stop();
    void poll();
    int claimsInFlight() const { return int(m_claiming.size()); }
    // A session this worker gave back (a budget refused it, a policy denied it) is not
    // claimed again by this worker for a while: the platform requeues it at once, and
    // taking it straight back would loop.
    void holdOff(const QString &sessionId, int ms);

Q_SIGNALS:
    void claimed(const agentdesk::ClaimGrant &grant);

private:
    void claim(const PlatformSessionInfo &session);
    bool isHeldOff(const QString &sessionId);

    WorkerDeps m_deps;
    std::function<int()> m_capacityLeft;
    QString m_workerId;
    int m_leaseSeconds = 900;
    int m_pollLimit = 10;
    QTimer m_timer;
    QSet<QString> m_claiming;
    QHash<QString, qint64> m_heldOffUntil; // session id -> msecs since epoch
    bool m_polling = false;
    bool m_pollAgain = false;
};

} // namespace agentdesk
