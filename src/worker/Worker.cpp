#include "Worker.h"

#include "ActivityMirror.h"
#include "ClaimScheduler.h"
#include "LeaseKeeper.h"
#include "Outbox.h"
#include "base/Durations.h"
#include "platform/PlatformClient.h"
#include "storage/TaskStore.h"
#include "storage/WorkerStore.h"
#include "tasks/TaskService.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWorker, "agentdesk.worker")

namespace agentdesk {

namespace {
// How long a session this worker gave back unstarted is left to other workers.
constexpr int kGaveBackHoldOffMs = 5 * 60 * 1000;
} // namespace

namespace {
const QString kWorkerIdKey = QStringLiteral("workerId");
const QString kWorkerAgentKey = QStringLiteral("agentId");
const QString kWorkerNameKey = QStringLiteral("workerName");
} // namespace

Worker::Worker(Config config, PlatformClient &platform, WorkerStore &store, TaskService &tasks, const Clock &clock,
               QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_platform(platform), m_store(store), m_tasks(tasks), m_clock(clock)
{
    m_config.concurrency = qMax(1, m_config.concurrency);
    m_config.leaseSeconds = qBound(1, m_config.leaseSeconds, 900);
    m_outbox = new Outbox(deps(), this);
    m_leases = new LeaseKeeper(deps(), this);
    m_scheduler = new ClaimScheduler(
        deps(), [this] { return capacityLeft(); }, this);
    m_mirror = new SessionMirror(
        deps(), *m_outbox,
        SessionMirror::Timing{m_config.mirrorIntervalMs, m_config.mirrorCeilingMs, m_config.sessionCheckEvery}, this);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &Worker::heartbeat);
    connect(m_scheduler, &ClaimScheduler::claimed, this, &Worker::onClaimed);
    connect(m_leases, &LeaseKeeper::renewed, this, &Worker::onRenewed);
    connect(m_leases, &LeaseKeeper::refused, this,
            [this](const QString &sessionId) { resolveConflict(sessionId, nullptr); });
    connect(m_leases, &LeaseKeeper::expired, this, [this](const QString &sessionId) {
        loseClaim(sessionId, tr("The lease ran out while it could not be renewed; the platform may give the session to "
                                "another worker. If it comes back here, its task is taken over."));
    });
    connect(m_outbox, &Outbox::claimEnded, this, &Worker::onClaimEnded);
    connect(m_outbox, &Outbox::drained, this, &Worker::finishStopIfDone);
    connect(m_outbox, &Outbox::conflict, this, [this](const OutboxItem &item) {
        resolveConflict(item.sessionId, [this, item](const PlatformSessionInfo &s) {
            const bool endedByUs = s.activeClaimId.isEmpty()
                                   && ((item.kind == OutboxItem::Kind::Complete && s.state == QLatin1String("complete"))
                                       || (item.kind == OutboxItem::Kind::Fail && s.state == QLatin1String("error")));
            m_outbox->resolveConflict(item, endedByUs);
            return endedByUs;
        });
    });
    connect(m_mirror, &SessionMirror::taskTouched, this, &Worker::taskTouched);
    connect(m_mirror, &SessionMirror::gaveBack, m_scheduler,
            [this](const QString &sessionId) { m_scheduler->holdOff(sessionId, kGaveBackHoldOffMs); });
    connect(m_mirror, &SessionMirror::claimChanged, this, &Worker::claimsChanged);
    connect(m_mirror, &SessionMirror::cancelled, this, &Worker::onCancelled);
    connect(m_mirror, &SessionMirror::lost, this, &Worker::loseClaim);
}

Worker::~Worker() = default;

WorkerDeps Worker::deps()
{
    return WorkerDeps{
        m_platform,
        m_store,
        m_tasks,
        m_clock,
        [this](const QString &kind, const QString &sessionId, const QString &text) { report(kind, sessionId, text); },
        [this](const Error &e) { storageFailed(e); }};
}

QString Worker::stateKey(State s)
{
    switch (s) {
    case State::Stopped: return QStringLiteral("stopped");
    case State::Starting: return QStringLiteral("starting");
    case State::Running: return QStringLiteral("running");
    case State::Draining: return QStringLiteral("draining");
    case State::Rejected: return QStringLiteral("rejected");
    case State::Failed: return QStringLiteral("failed");
    }
    return {};
}

SessionMirror::TaskView Worker::taskView(const QString &taskId) const
{
    return m_mirror->taskView(taskId);
}

int Worker::mirrorIntervalMs(const QString &sessionId) const
{
    return m_mirror->intervalMs(sessionId);
}

int Worker::leaseRenewalMs(const QString &sessionId) const
{
    return m_leases->scheduledMs(sessionId);
}

void Worker::setState(State s, const QString &message)
{
    m_message = message;
    m_state = s;
    qCInfo(lcWorker).noquote() << "worker" << stateKey(s) << message;
    Q_EMIT stateChanged(s, message);
}

void Worker::report(const QString &kind, const QString &sessionId, const QString &text)
{
    qCInfo(lcWorker).noquote() << kind << sessionId << text;
    Q_EMIT reported(kind, sessionId, text);
}

void Worker::storageFailed(const Error &error)
{
    // Without its records a worker could report twice or lose a claim: it stops taking
    // work and says why. What is already running upstream keeps running.
    report(QStringLiteral("storage_error"), {}, error.message);
    if (m_state == State::Failed)
        return;
    m_scheduler->stop();
    m_mirror->stop();
    m_outbox->stop();
    m_leases->clear();
    m_heartbeatTimer.stop();
    setState(State::Failed, tr("The worker stopped taking work: it cannot write its records (%1).").arg(error.message));
    Q_EMIT stopped();
}

int Worker::capacityLeft() const
{
    const Outcome<QList<ClaimRecord>> open = m_store.openClaims();
    return open.ok() ? m_config.concurrency - int(open.value.size()) : 0;
}

// --- start, registration, resume --------------------------------------------------

void Worker::start()
{
    if (m_state == State::Running || m_state == State::Starting)
        return;
    m_handBack = false;
    if (m_config.agentId.isEmpty()) {
        setState(State::Failed, tr("No agent to work for: pass --agent or add a route first."));
        return;
    }
    setState(State::Starting, tr("Connecting to the platform…"));
    const Outcome<QString> saved = m_store.state(kWorkerIdKey);
    const Outcome<QString> agent = m_store.state(kWorkerAgentKey);
    const Outcome<QString> name = m_store.state(kWorkerNameKey);
    for (const Outcome<QString> *r : {&saved, &agent, &name})
        if (!r->ok())
            return storageFailed(r->error);
    const bool sameWorker = !saved.value.isEmpty() && agent.value == m_config.agentId && name.value == m_config.name;
    if (!sameWorker)
        return registerWorker();
    m_platform.checkWorker(saved.value, this, [this, id = saved.value](const Outcome<QJsonObject> &r) {
        if (r.ok()) {
            m_workerId = id;
            onRegistered();
        } else if (PlatformClient::isRejectedWorker(r.error)) {
            // The platform no longer knows this worker: stop and ask, never re-register silently.
            setState(State::Rejected, tr("The platform rejected the saved worker %1. Reconfigure it with "
                                         "`agentdeskctl worker forget`, then start again.")
                                          .arg(id));
        } else {
            setState(State::Failed, r.error.message);
        }
    });
}

void Worker::registerWorker()
{
    PlatformClient::WorkerSpec spec;
    spec.agentId = m_config.agentId;
    spec.name = m_config.name;
    spec.concurrency = m_config.concurrency;
    spec.capabilities = {QStringLiteral("provider-tasks")};
    spec.policy = {QStringLiteral("trusted-routes-only"), QStringLiteral("repository-allowlist")};
    m_platform.registerWorker(spec, this, [this](const Outcome<WorkerRegistration> &r) {
        if (!r.ok()) {
            setState(PlatformClient::isRejectedWorker(r.error) ? State::Rejected : State::Failed, r.error.message);
            return;
        }
        m_workerId = r.value.workerId;
        for (const auto &[key, value] :
             {std::pair{kWorkerIdKey, m_workerId}, std::pair{kWorkerAgentKey, m_config.agentId},
              std::pair{kWorkerNameKey, m_config.name}})
            if (const Error e = m_store.setState(key, value))
                return storageFailed(e);
        m_heartbeatTimer.setInterval(kHeartbeatSeconds.milliseconds(r.value.heartbeatIntervalSeconds));
        onRegistered();
    });
}

void Worker::onRegistered()
{
    setState(State::Running, tr("Worker %1 is running for agent %2.").arg(m_workerId, m_config.agentId));
    if (m_heartbeatTimer.interval() <= 0)
        m_heartbeatTimer.setInterval(30000);
    m_heartbeatTimer.start();
    heartbeat();
    m_outbox->setActive(true);
    m_mirror->start();
    resumeClaims();
    m_scheduler->setWorker(m_workerId, m_config.leaseSeconds, m_config.concurrency * 2);
    m_scheduler->start(m_config.pollIntervalMs);
}

void Worker::resumeClaims()
{
    // Claims saved by an earlier run: renew at once (that also tells whether they are
    // still ours), then carry on where they were. A session never gets a second task.
    const Outcome<QList<ClaimRecord>> open = m_store.openClaims();
    if (!open.ok())
        return storageFailed(open.error);
    for (const ClaimRecord &c : open.value) {
        report(QStringLiteral("resume"), c.sessionId, tr("Resuming the claim on %1").arg(c.sessionId));
        m_leases->keep(c, 0);
    }
    if (!open.value.isEmpty())
        Q_EMIT claimsChanged();
}

void Worker::onRenewed(const ClaimRecord &claim)
{
    Q_EMIT claimsChanged();
    // A claim from before a restart carries on once its lease is confirmed.
    if (!m_mirror->isDispatching(claim.sessionId) && m_mirror->intervalMs(claim.sessionId) < 0)
        m_mirror->resume(claim);
}

// --- heartbeat ----------------------------------------------------------------------

void Worker::heartbeat()
{
    if (m_workerId.isEmpty())
        return;
    const Outcome<QList<ClaimRecord>> open = m_store.openClaims();
    if (!open.ok())
        return storageFailed(open.error);
    QStringList active;
    for (const ClaimRecord &c : open.value)
        active << c.sessionId;
    const QString status = m_state == State::Draining
                               ? QStringLiteral("draining")
                               : (active.isEmpty() ? QStringLiteral("idle") : QStringLiteral("busy"));
    m_platform.heartbeat(m_workerId, status, active, qMax(0, m_config.concurrency - int(active.size())), this,
                         [this](const Outcome<int> &r) {
                             if (!r.ok()) {
                                 report(QStringLiteral("heartbeat_failed"), {}, r.error.message);
                                 return;
                             }
                             m_lastHeartbeat = m_clock.now();
                             const int wanted = kHeartbeatSeconds.milliseconds(r.value);
                             if (m_heartbeatTimer.interval() != wanted)
                                 m_heartbeatTimer.setInterval(wanted);
                             Q_EMIT heartbeatSent(m_lastHeartbeat);
                         });
}

void Worker::wake()
{
    if (m_state == State::Running)
        m_scheduler->poll();
}

void Worker::sessionChanged(const QString &sessionId)
{
    const Outcome<std::optional<ClaimRecord>> c = m_store.claim(sessionId);
    if (c.ok() && c.value && c.value->isOpen()) {
        m_mirror->checkSession(sessionId);
        m_mirror->mirrorNow(sessionId);
    } else {
        wake();
    }
}

// --- claims -------------------------------------------------------------------------

void Worker::onClaimed(const ClaimGrant &grant)
{
    const QString sessionId = grant.session.id;
    ClaimRecord c;
    c.sessionId = sessionId;
    c.claimId = grant.claimId;
    c.agentId = m_config.agentId;
    c.leaseSeconds =
        int(kLeaseSeconds.clamp(qint64(grant.leaseSeconds > 0 ? grant.leaseSeconds : m_config.leaseSeconds)));
    c.leaseExpiresAt = grant.leaseExpiresAt;
    c.createdAt = m_clock.now();
    // A session this worker claimed before — lost, or still open here because the worker
    // froze past its lease and never noticed: its provider task may still run, and the
    // new claim takes it over (SessionMirror::dispatch) rather than start another.
    const Outcome<std::optional<ClaimRecord>> earlier = m_store.claim(sessionId);
    if (!earlier.ok())
        return storageFailed(earlier.error);
    if (earlier.value && !earlier.value->taskId.isEmpty())
        c.taskId = earlier.value->taskId;
    if (earlier.value && earlier.value->isOpen() && earlier.value->claimId != c.claimId) {
        // The old claim is over: its renewals and its unsent reports would only be refused.
        m_leases->forget(sessionId);
        m_mirror->forget(sessionId);
        if (const Error e = m_store.dropOutbox(sessionId))
            return storageFailed(e);
        report(QStringLiteral("claim_replaced"), sessionId,
               tr("The platform gave %1 back under a new claim; the old one had run out.").arg(sessionId));
    }
    if (m_state != State::Running) {
        // Stopped while the claim was in flight: hand it straight back.
        c.phase = ClaimRecord::Phase::Finishing;
        if (const Error e = m_outbox->enqueue(
                {ActivityMirror::finish(c, OutboxItem::Kind::Release,
                                        QJsonObject{{QStringLiteral("reason"), tr("The worker is stopping.")}})},
                &c))
            storageFailed(e);
        return;
    }
    c.phase = ClaimRecord::Phase::Claimed;
    // Stored before anything is reported or dispatched.
    if (const Error e = m_store.saveClaim(c))
        return storageFailed(e);
    report(QStringLiteral("claimed"), sessionId, tr("Claimed %1 (lease %2 s)").arg(sessionId).arg(c.leaseSeconds));
    Q_EMIT claimsChanged();
    m_leases->keep(c);
    m_mirror->dispatch(c, grant.session);
}

void Worker::onClaimEnded(const OutboxItem &item, const QString &refusal)
{
    const bool released = item.kind == OutboxItem::Kind::Release;
    const QString kind =
        released ? QStringLiteral("released")
                 : (item.kind == OutboxItem::Kind::Complete ? QStringLiteral("completed") : QStringLiteral("failed"));
    const Outcome<std::optional<ClaimRecord>> c = m_store.claim(item.sessionId);
    if (!c.ok())
        return storageFailed(c.error);
    const QString refused =
        refusal.isEmpty()
            ? QString()
            : tr("The platform refused to end the claim (%1): %2. The claim is over here; the session is the platform's "
                 "to give out again.")
                  .arg(kind, refusal);
    if (c.value) {
        ClaimRecord ended = *c.value;
        ended.phase = ClaimRecord::Phase::Ended;
        if (!refused.isEmpty())
            ended.detail = refused;
        else if (released)
            ended.detail = tr("Released: %1").arg(item.body.value(QLatin1String("reason")).toString());
        if (const Error e = m_store.saveClaim(ended))
            return storageFailed(e);
    }
    m_leases->forget(item.sessionId);
    m_mirror->forget(item.sessionId);
    if (!refused.isEmpty())
        report(QStringLiteral("end_refused"), item.sessionId, refused);
    else
        report(kind, item.sessionId, item.body.value(QLatin1String("summary")).toString());
    Q_EMIT claimsChanged();
    QTimer::singleShot(0, this, &Worker::wake); // capacity freed
}

void Worker::onCancelled(ClaimRecord claim)
{
    // Cancelled on the platform: stop the provider task where the provider can.
    const QString taskId = claim.taskId;
    claim.phase = ClaimRecord::Phase::Ended;
    claim.detail = tr("Cancelled on the platform.");
    if (const Error e = m_store.dropOutbox(claim.sessionId))
        return storageFailed(e);
    if (const Error e = m_store.saveClaim(claim))
        return storageFailed(e);
    m_leases->forget(claim.sessionId);
    m_mirror->forget(claim.sessionId);
    report(QStringLiteral("cancelled"), claim.sessionId, claim.detail);
    Q_EMIT claimsChanged();
    if (!taskId.isEmpty()) {
        const std::optional<Task> task = m_tasks.store().task(taskId);
        if (task && m_tasks.whyNot(*task, Operation::Cancel).isEmpty()) {
            m_tasks.cancel(taskId, this, [this, sessionId = claim.sessionId, taskId](const Outcome<Task> &r) {
                report(r.ok() ? QStringLiteral("task_cancelled") : QStringLiteral("cancel_failed"), sessionId,
                       r.ok() ? tr("Cancelled the provider task upstream.") : r.error.message);
                Q_EMIT taskTouched(taskId);
            });
        } else if (task) {
            report(QStringLiteral("cancel_unsupported"), claim.sessionId,
                   tr("%1 cannot cancel upstream; the task keeps running there.")
                       .arg(providerDisplayName(task->provider)));
        }
    }
    finishStopIfDone();
}

void Worker::loseClaim(const QString &sessionId, const QString &why)
{
    const Outcome<std::optional<ClaimRecord>> c = m_store.claim(sessionId);
    if (!c.ok())
        return storageFailed(c.error);
    if (!c.value)
        return;
    ClaimRecord lost = *c.value;
    lost.phase = ClaimRecord::Phase::Lost;
    lost.detail = why;
    // Nothing more is reported for a lost claim. Its provider task is kept on the record:
    // if the platform gives the session back to this worker, the new claim takes it over.
    if (const Error e = m_store.dropOutbox(sessionId))
        return storageFailed(e);
    if (const Error e = m_store.saveClaim(lost))
        return storageFailed(e);
    m_leases->forget(sessionId);
    m_mirror->forget(sessionId);
    report(QStringLiteral("claim_lost"), sessionId, why);
    Q_EMIT claimsChanged();
    finishStopIfDone();
    wake();
}

void Worker::resolveConflict(const QString &sessionId, std::function<bool(const PlatformSessionInfo &)> endedByUs)
{
    m_platform.fetchSession(sessionId, this, [this, sessionId, endedByUs](const Outcome<PlatformSessionInfo> &s) {
        if (s.ok() && endedByUs && endedByUs(s.value))
            return;
        const Outcome<std::optional<ClaimRecord>> claim = m_store.claim(sessionId);
        if (!claim.ok())
            return storageFailed(claim.error);
        if (s.ok() && claim.value && claim.value->isOpen() && s.value.activeClaimId == claim.value->claimId) {
            m_outbox->flush(); // a refusal meant for an older claim of ours: this one holds
            return;
        }
        if (s.ok() && claim.value && s.value.state == QLatin1String("cancelled")) {
            onCancelled(*claim.value);
        } else if (s.ok() && claim.value && claim.value->taskId.isEmpty() == false
                   && !s.value.activeClaimId.isEmpty()) {
            // Another worker runs the session now: the task this claim started would do
            // the same work twice. Stop it where the provider can; it stays here either way.
            const QString taskId = claim.value->taskId;
            loseClaim(sessionId, tr("The platform gave the session to another claim."));
            const std::optional<Task> task = m_tasks.store().task(taskId);
            if (task && m_tasks.whyNot(*task, Operation::Cancel).isEmpty())
                m_tasks.cancel(taskId, this, [this, sessionId](const Outcome<Task> &r) {
                    report(r.ok() ? QStringLiteral("orphan_cancelled") : QStringLiteral("cancel_failed"), sessionId,
                           r.ok() ? tr("Cancelled the provider task of the lost claim.") : r.error.message);
                });
        } else {
            loseClaim(sessionId, tr("The platform refused the claim: it is no longer this worker's."));
        }
        m_outbox->flush();
    });
}

// --- stop ---------------------------------------------------------------------------

void Worker::stop(bool handBack)
{
    if (m_state == State::Stopped || m_state == State::Draining)
        return;
    if (m_state != State::Running) {
        m_heartbeatTimer.stop();
        m_scheduler->stop();
        m_mirror->stop();
        setState(State::Stopped);
        Q_EMIT stopped();
        return;
    }
    m_handBack = handBack;
    m_scheduler->stop();
    setState(State::Draining, handBack ? tr("Stopping and handing sessions back…") : tr("Stopping…"));
    heartbeat();
    const Outcome<QList<ClaimRecord>> open = m_store.openClaims();
    if (!open.ok())
        return storageFailed(open.error);
    for (ClaimRecord c : open.value) {
        const bool undispatched = c.phase == ClaimRecord::Phase::Claimed;
        if (!undispatched && !(handBack && c.phase == ClaimRecord::Phase::Running))
            continue;
        c.phase = ClaimRecord::Phase::Finishing;
        const QString reason = undispatched ? tr("The worker stopped before starting it.")
                                            : tr("The operator stopped the worker and handed the session back.");
        c.detail = reason;
        if (const Error e = m_outbox->enqueue(
                {ActivityMirror::finish(c, OutboxItem::Kind::Release, QJsonObject{{QStringLiteral("reason"), reason}})},
                &c))
            return storageFailed(e);
    }
    finishStopIfDone();
}

void Worker::finishStopIfDone()
{
    if (m_state != State::Draining)
        return;
    if (!m_workerId.isEmpty() && !m_outbox->isDrained())
        return; // the outbox drains first (its retries keep running)
    m_heartbeatTimer.stop();
    m_mirror->stop();
    m_outbox->stop();
    m_leases->clear();
    setState(State::Stopped, tr("Stopped. Running sessions resume on the next start."));
    Q_EMIT stopped();
}

} // namespace agentdesk
