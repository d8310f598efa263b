#pragma once

#include "WorkerParts.h"
#include "platform/PlatformTypes.h"

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

Q_SIGNALS:
    void claimed(const agentdesk::ClaimGrant &grant);

private:
    void claim(const PlatformSessionInfo &session);

    WorkerDeps m_deps;
    std::function<int()> m_capacityLeft;
    QString m_workerId;
    int m_leaseSeconds = 900;
    int m_pollLimit = 10;
    QTimer m_timer;
    QSet<QString> m_claiming;
    bool m_polling = false;
    bool m_pollAgain = false;
};

} // namespace agentdesk
