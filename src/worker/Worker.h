#pragma once

#include "SessionMirror.h"
#include "WorkerParts.h"
#include "base/Clock.h"
#include "domain/Error.h"
#include "domain/WorkerRecords.h"
#include "platform/PlatformTypes.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace agentdesk {

class ClaimScheduler;
class LeaseKeeper;
class Outbox;
class PlatformClient;
class TaskService;
class WorkerStore;

// The personal worker: registers (or reuses) itself, heartbeats, and ties its parts
// together — ClaimScheduler finds and claims sessions, SessionMirror runs each as a
// provider task and mirrors its progress, LeaseKeeper renews the leases, Outbox sends
// what is to be reported. Every claim ends with complete, fail or release. What it
// needs to resume after a crash is in the WorkerStore before anything is reported; a
// record it cannot write stops it taking work. Lives on one thread with its own network
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
        int mirrorIntervalMs = 5000;  // a running provider task's first syncs
        int mirrorCeilingMs = 120000; // the slowest a quiet one is synced
        int sessionCheckEvery = 3;    // look at the session (cancel, inputs) every N syncs
    };
    enum class State { Stopped, Starting, Running, Draining, Rejected, Failed };
    Q_ENUM(State)

    Worker(Config config, PlatformClient &platform, WorkerStore &store, TaskService &tasks,
           const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~Worker() override;

    void start();
    // No new claims; undispatched sessions are released; dispatched ones keep running
    // upstream and resume on the next start, or are released too when handBack is set.
    void stop(bool handBack = false);

    // A webhook said there is work: poll now.
    void wake();
    // A webhook said this session changed (cancelled, input): look at it now.
    void sessionChanged(const QString &sessionId);

    State state() const { return m_state; }
    QString stateMessage() const { return m_message; }
    QString workerId() const { return m_workerId; }
    QDateTime lastHeartbeat() const { return m_lastHeartbeat; }
    const Config &config() const { return m_config; }
    SessionMirror::TaskView taskView(const QString &taskId) const;
    int mirrorIntervalMs(const QString &sessionId) const;
    // When the claim's lease is renewed next (ms after it was scheduled; -1: not kept),
    // and how often the worker heartbeats: what the platform's numbers became.
    int leaseRenewalMs(const QString &sessionId) const;
    int heartbeatIntervalMs() const { return m_heartbeatTimer.interval(); }

    static QString stateKey(State s);

Q_SIGNALS:
    void stateChanged(agentdesk::Worker::State state, const QString &message);
    void heartbeatSent(const QDateTime &at);
    void claimsChanged();
    // A provider task was created or changed by this worker (for views on other threads).
    void taskTouched(const QString &taskId);
    // One line for the log and the live feed.
    void reported(const QString &kind, const QString &sessionId, const QString &text);
    void stopped();

private:
    void setState(State s, const QString &message = {});
    void registerWorker();
    void onRegistered();
    void resumeClaims();
    void heartbeat();
    int capacityLeft() const;
    void onClaimed(const ClaimGrant &grant);
    void onRenewed(const ClaimRecord &claim);
    void onClaimEnded(const OutboxItem &item, const QString &refusal);
    void onCancelled(ClaimRecord claim);
    void loseClaim(const QString &sessionId, const QString &why);
    // After a 409: cancelled (stop the task), already ended by us, or lost.
    void resolveConflict(const QString &sessionId, std::function<bool(const PlatformSessionInfo &)> endedByUs);
    void finishStopIfDone();
    void storageFailed(const Error &error);
    void report(const QString &kind, const QString &sessionId, const QString &text);
    WorkerDeps deps();

    Config m_config;
    PlatformClient &m_platform;
    WorkerStore &m_store;
    TaskService &m_tasks;
    const Clock &m_clock;
    State m_state = State::Stopped;
    QString m_message;
    QString m_workerId;
    QDateTime m_lastHeartbeat;
    QTimer m_heartbeatTimer;
    Outbox *m_outbox;
    LeaseKeeper *m_leases;
    ClaimScheduler *m_scheduler;
    SessionMirror *m_mirror;
    bool m_handBack = false;
};

} // namespace agentdesk
