#pragma once

#include "domain/Error.h"

#include <QObject>
#include <QPointer>

namespace agentdesk {

class CoreContext;
class WorkerFeedClient;
class WorkerFeedServer;
class WorkerHost;
class WorkerMonitor;

// The desktop's worker: runs one in this process (with its live feed), or attaches to
// the headless worker already running on this data directory. Keeps the GUI's task
// views current with what the worker writes from its own database connection.
class WorkerController : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Idle, Local, Attached };
    Q_ENUM(Mode)

    struct Settings {
        QString agentId; // empty: the only route's
        int concurrency = 1;
        int leaseSeconds = 900;
        int pollSeconds = 30;
        bool listen = true;
        quint16 listenPort = 8787;
    };

    explicit WorkerController(CoreContext &core, QObject *parent = nullptr);
    ~WorkerController() override;

    // Starts a worker here, or attaches when one already runs on this data directory.
    // An error says what the operator must do first (sign in, add a route).
    Error start(const Settings &settings);
    void stop(bool handBack);
    // Attaches to a running headless worker (or one that is starting: its lock is taken,
    // its feed comes shortly); false when there is none.
    bool attachIfRunning();
    void detach();

    Mode mode() const { return m_mode; }
    // What the panel shows: the running or attached worker, or the last one (its final state).
    WorkerMonitor *monitor() const;

Q_SIGNALS:
    void modeChanged(agentdesk::WorkerController::Mode mode);
    void monitorChanged();
    void message(const QString &text);

private:
    void setMode(Mode mode);
    void adopt(WorkerMonitor *monitor);

    CoreContext &m_core;
    Mode m_mode = Mode::Idle;
    QPointer<WorkerHost> m_host;
    QPointer<WorkerFeedServer> m_feed;
    QPointer<WorkerFeedClient> m_client;
    QPointer<WorkerMonitor> m_monitor;
    int m_attachRetries = 0;
    static constexpr int kAttachRetryMs = 500;
    static constexpr int kAttachRetries = 40; // a worker's feed is up within seconds of its lock
};

} // namespace agentdesk
