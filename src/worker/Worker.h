#pragma once

#include "WorkerTypes.h"
#include "domain/Error.h"
#include "platform/PlatformTypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace agentdesk {

class PlatformClient;
class TaskService;
class TaskStore;
class WorkerStore;

// The personal worker's loop: register (or reuse) the worker, heartbeat, poll and
// claim up to the concurrency, run each claimed session as a provider task, mirror
// its progress through the durable outbox, renew leases, and end every claim with
// complete, fail or release. Everything it needs to resume after a crash is in the
// WorkerStore before anything is reported. Lives on one thread with its own network
// and database connections (see WorkerHost).
class Worker : public QObject
{
    Q_OBJECT
public:
    struct Config {
        QString agentId;
        QString name;
        int concurrency = 1;
        int leaseSeconds = 900;
        int pollIntervalMs = 30000;
        int mirrorIntervalMs = 5000;     // how often running provider tasks are synced
        int sessionCheckEvery = 3;       // fetch the session (cancel, inputs) every N mirror rounds
    };
    enum class State { Stopped, Starting, Running, Draining, Rejected, Failed };
    Q_ENUM(State)

    Worker(Config config, PlatformClient &platform, WorkerStore &store, TaskService &tasks, QObject *parent = nullptr);
    ~Worker() override;

    void start();
    // No new claims; undispatched sessions are released; dispatched ones keep running
    // upstream and resume on the next start, or are released too when handBack is set.
    void stop(bool handBack = false);

    // A webhook said there is work: poll now.
    void wake();
    // A webhook said this session changed (cancelled, input): fetch it now.
    void sessionChanged(const QString &sessionId);

    State state() const { return m_state; }
    QString stateMessage() const { return m_message; }
    QString workerId() const { return m_workerId; }
    QDateTime lastHeartbeat() const { return m_lastHeartbeat; }
    const Config &config() const { return m_config; }
    int runningCount() const;

    static QString stateKey(State s);

Q_SIGNALS:
    void stateChanged(agentdesk::Worker::State state, const QString &message);
    void heartbeatSent(const QDateTime &at);
    void claimsChanged();
    // A provider task was created or changed by this worker (for views on other threads).
    void taskTouched(const QString &taskId);
    // One line for the log and the live feed.
    void event(const QString &kind, const QString &sessionId, const QString &text);
    void stopped();

private:
    // Wraps a callback for an asynchronous call so it does nothing once this worker is gone.
    template <typename F>
    auto guard(F f)
    {
        return [self = QPointer<Worker>(this), f = std::move(f)](const auto &...args) {
            if (self)
                f(args...);
        };
    }
    void setState(State s, const QString &message = {});
    void registerWorker();
    void onRegistered();
    void resumeClaims();
    void heartbeat();
    void poll();
    void claimSession(const PlatformSessionInfo &session);
    void dispatch(ClaimRecord claim, const PlatformSessionInfo &session);
    void mirrorAll();
    void mirror(const QString &sessionId);
    void checkSession(const QString &sessionId);
    void applySession(ClaimRecord claim, const PlatformSessionInfo &session);
    void scheduleRenewal(const ClaimRecord &claim, int delayMs = -1);
    void renew(const QString &sessionId);
    void loseClaim(const QString &sessionId, const QString &why);
    // After a 409: cancelled (stop the task), already ended by us (`handled`), or lost.
    void resolveConflict(const QString &sessionId, std::function<bool(const PlatformSessionInfo &)> handled);
    void enqueue(const QList<OutboxItem> &items, const ClaimRecord *advanced);
    void flushOutbox();
    void send(const OutboxItem &item);
    void onOutboxSent(const OutboxItem &item);
    void onOutboxFailed(const OutboxItem &item, const Error &error);
    void finishStopIfDone();
    void report(const QString &kind, const QString &sessionId, const QString &text);
    int capacityLeft() const;

    Config m_config;
    PlatformClient &m_platform;
    WorkerStore &m_store;
    TaskService &m_tasks;
    State m_state = State::Stopped;
    QString m_message;
    QString m_workerId;
    QDateTime m_lastHeartbeat;
    QTimer m_heartbeatTimer;
    QTimer m_pollTimer;
    QTimer m_mirrorTimer;
    QTimer m_flushRetry;
    QHash<QString, QTimer *> m_renewTimers;
    QSet<QString> m_claiming;        // claim requests in flight
    QSet<QString> m_syncing;         // mirror syncs in flight
    bool m_polling = false;
    bool m_pollAgain = false;
    QSet<QString> m_sending;         // sessions with an outbox call in flight (one each, in order)
    static constexpr int kMaxSending = 8;
    static constexpr int kOutboxWindow = 200;
    int m_flushFailures = 0;
    int m_mirrorRound = 0;
    bool m_handBack = false;
};

} // namespace agentdesk
