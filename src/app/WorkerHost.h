#pragma once

#include "WorkerLock.h"
#include "config/AppPaths.h"
#include "secrets/SecretStore.h"
#include "webhook/WebhookReceiver.h"
#include "worker/Worker.h"
#include "worker/WorkerMonitor.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <optional>

class QThread;

namespace agentdesk {

class RequestBudget;

class PlatformSession;
class SecretStore;
class WorkerRuntime;

// Runs a Worker (and its webhook listener) on a thread of its own, with its own
// network access manager and database connection, for the GUI and for
// `agentdeskctl worker run`. Tokens still come from the one PlatformSession on the
// caller's thread, so refreshes stay single-flight. Signals arrive on the caller's thread.
// As a WorkerMonitor it keeps the status the Worker panel and the live feed show.
class WorkerHost : public WorkerMonitor
{
    Q_OBJECT
public:
    struct Options {
        Worker::Config worker;
        AppPaths paths;
        QString keychainProfile; // the data directory's profile: the worker's keys are scoped by it
        bool listen = true;
        QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
        quint16 listenPort = 8787;
        std::optional<QSslConfiguration> tls;
        // The process's request budget, shared with the worker thread so the window (or
        // the command) and the worker keep one pace per account; null: one of its own.
        QPointer<RequestBudget> budget;
    };

    // The session and the keychain stay on the caller's thread; the worker reaches them
    // there. `keychain` is the unscoped keychain (the worker scopes it by keychainProfile).
    WorkerHost(Options options, PlatformSession &session, SecretStore &keychain, QObject *parent = nullptr);
    ~WorkerHost() override;

    // Takes the data directory's worker lock (WorkerLock) and starts the thread; fails,
    // naming the holder, when another worker runs on this data directory.
    Error start();
    void stop(bool handBack = false) override;
    bool isRunning() const;
    bool isLocal() const override { return true; }
    Worker::State state() const { return status().state; }
    QString stateMessage() const { return status().message; }
    quint16 webhookPort() const { return status().webhookPort; }

    static QString webhookKeyName() { return QStringLiteral("worker/webhook-key"); }

Q_SIGNALS:
    void stateChanged(agentdesk::Worker::State state, const QString &message);
    void webhookListening(quint16 port);
    void failed(const QString &message);
    void stopped();

private:
    friend class WorkerRuntime;
    // From the runtime, on this thread: the claims as the panel shows them.
    void applyClaims(const QList<ClaimView> &claims, const QString &workerId);
    void endThreadLater();
    void threadEnded();

    Options m_options;
    QPointer<PlatformSession> m_session;
    QPointer<SecretStore> m_secrets;
    WorkerLock m_lock;            // held from start() until the thread is down
    QThread *m_thread = nullptr;  // until it has ended: isRunning() stays true while it stops
    QObject *m_runtime = nullptr; // lives on m_thread; null once asked to end
};

} // namespace agentdesk
