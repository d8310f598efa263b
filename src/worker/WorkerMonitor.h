#pragma once

#include "WorkerStatus.h"

#include <QObject>

namespace agentdesk {

// What the Worker panel and `worker status --follow` watch: a worker in this process
// (WorkerHost) or a headless one on this machine reached through its live feed
// (WorkerFeedClient). Both keep the same status and recent events and announce changes.
class WorkerMonitor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    const WorkerStatus &status() const { return m_status; }
    // Newest last, at most kRecentEvents.
    const QList<WorkerEvent> &recentEvents() const { return m_events; }
    // True for a worker in this process; false for one attached through the feed.
    virtual bool isLocal() const = 0;
    // No new claims; see Worker::stop.
    virtual void stop(bool handBack) = 0;

    static constexpr int kRecentEvents = 200;
    static constexpr int kRecentDeliveries = 50;

Q_SIGNALS:
    void statusChanged();
    void eventLogged(const agentdesk::WorkerEvent &event);
    // Webhook deliveries, in batches (newest first), and how many more came that are
    // not listed: a burst of thousands is one signal, not thousands.
    void deliveriesLogged(const QList<agentdesk::WebhookDelivery> &deliveries, int more);
    // A provider task was created or changed by the worker: views reload it from the database.
    void taskTouched(const QString &taskId);

protected:
    void setStatus(const WorkerStatus &status)
    {
        m_status = status;
        Q_EMIT statusChanged();
    }
    WorkerStatus &mutableStatus() { return m_status; }
    void logEvent(const WorkerEvent &event)
    {
        m_events.append(event);
        if (m_events.size() > kRecentEvents)
            m_events.removeFirst();
        Q_EMIT eventLogged(event);
    }
    void logDeliveries(const QList<WebhookDelivery> &newestFirst, int more)
    {
        m_status.deliveries = newestFirst + m_status.deliveries;
        if (m_status.deliveries.size() > kRecentDeliveries)
            m_status.deliveries.resize(kRecentDeliveries);
        Q_EMIT deliveriesLogged(newestFirst, more);
        Q_EMIT statusChanged();
    }

private:
    WorkerStatus m_status;
    QList<WorkerEvent> m_events;
};

} // namespace agentdesk
