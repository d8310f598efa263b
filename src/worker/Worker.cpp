#include "Worker.h"

#include "ActivityMirror.h"
#include "WorkerPolicy.h"
#include "platform/PlatformClient.h"
#include "storage/TaskStore.h"
#include "storage/WorkerStore.h"
#include "sync/TaskService.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWorker, "agentdesk.worker")

namespace agentdesk {

namespace {
const QString kWorkerIdKey = QStringLiteral("workerId");
const QString kWorkerAgentKey = QStringLiteral("agentId");
const QString kWorkerNameKey = QStringLiteral("workerName");
} // namespace

Worker::Worker(Config config, PlatformClient &platform, WorkerStore &store, TaskService &tasks, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_platform(platform), m_store(store), m_tasks(tasks)
{
    m_config.concurrency = qMax(1, m_config.concurrency);
    m_config.leaseSeconds = qBound(1, m_config.leaseSeconds, 900);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &Worker::heartbeat);
    connect(&m_pollTimer, &QTimer::timeout, this, &Worker::poll);
    connect(&m_mirrorTimer, &QTimer::timeout, this, &Worker::mirrorAll);
    m_flushRetry.setSingleShot(true);
    connect(&m_flushRetry, &QTimer::timeout, this, &Worker::flushOutbox);
}

Worker::~Worker()
{
    qDeleteAll(m_renewTimers);
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
    Q_EMIT event(kind, sessionId, text);
}

int Worker::runningCount() const
{
    return int(m_store.openClaims().size());
}

int Worker::capacityLeft() const
{
    return m_config.concurrency - runningCount() - int(m_claiming.size());
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
    const QString saved = m_store.state(kWorkerIdKey);
    const bool sameWorker = !saved.isEmpty() && m_store.state(kWorkerAgentKey) == m_config.agentId
        && m_store.state(kWorkerNameKey) == m_config.name;
    if (!sameWorker) {
        registerWorker();
        return;
    }
    m_platform.checkWorker(saved, guard([this, saved](const Outcome<QJsonObject> &r) {
        if (r.ok()) {
            m_workerId = saved;
            onRegistered();
        } else if (PlatformClient::isRejectedWorker(r.error)) {
            // The platform no longer knows this worker: stop and ask, never re-register silently.
            setState(State::Rejected, tr("The platform rejected the saved worker %1. Reconfigure it with "
                                         "`agentdeskctl worker forget`, then start again.").arg(saved));
        } else {
            setState(State::Failed, r.error.message);
        }
    }));
}

void Worker::registerWorker()
{
    PlatformClient::WorkerSpec spec;
    spec.agentId = m_config.agentId;
    spec.name = m_config.name;
    spec.concurrency = m_config.concurrency;
    spec.capabilities = {QStringLiteral("provider-tasks")};
    spec.policy = {QStringLiteral("trusted-routes-only"), QStringLiteral("repository-allowlist")};
    m_platform.registerWorker(spec, guard([this](const Outcome<WorkerRegistration> &r) {
        if (!r.ok()) {
            setState(PlatformClient::isRejectedWorker(r.error) ? State::Rejected : State::Failed, r.error.message);
            return;
        }
        m_workerId = r.value.workerId;
        m_store.setState(kWorkerIdKey, m_workerId);
        m_store.setState(kWorkerAgentKey, m_config.agentId);
        m_store.setState(kWorkerNameKey, m_config.name);
        m_heartbeatTimer.setInterval(qMax(1, r.value.heartbeatIntervalSeconds) * 1000);
        onRegistered();
    }));
}

void Worker::onRegistered()
{
    setState(State::Running, tr("Worker %1 is running for agent %2.").arg(m_workerId, m_config.agentId));
    if (m_heartbeatTimer.interval() <= 0)
        m_heartbeatTimer.setInterval(30000);
    m_heartbeatTimer.start();
    heartbeat();
    resumeClaims();
    m_mirrorTimer.start(m_config.mirrorIntervalMs);
    m_pollTimer.start(m_config.pollIntervalMs);
    poll();
    flushOutbox();
}

void Worker::resumeClaims()
{
    // Claims saved by an earlier run: renew at once (that also tells whether they are
    // still ours), then carry on where they were. A session never gets a second task.
    const QList<ClaimRecord> open = m_store.openClaims();
    for (const ClaimRecord &c : open) {
        report(QStringLiteral("resume"), c.sessionId, tr("Resuming the claim on %1").arg(c.sessionId));
        scheduleRenewal(c, 0);
    }
    if (!open.isEmpty())
        Q_EMIT claimsChanged();
}

// --- heartbeat and poll -------------------------------------------------------------

void Worker::heartbeat()
{
    if (m_workerId.isEmpty())
        return;
    QStringList active;
    for (const ClaimRecord &c : m_store.openClaims())
        active << c.sessionId;
    const QString status = m_state == State::Draining ? QStringLiteral("draining")
                                                      : (active.isEmpty() ? QStringLiteral("idle") : QStringLiteral("busy"));
    m_platform.heartbeat(m_workerId, status, active, qMax(0, m_config.concurrency - int(active.size())),
                         guard([this](const Outcome<int> &r) {
                             if (!r.ok()) {
                                 report(QStringLiteral("heartbeat_failed"), {}, r.error.message);
                                 return;
                             }
                             m_lastHeartbeat = QDateTime::currentDateTimeUtc();
                             const int wanted = qMax(1, r.value) * 1000;
                             if (m_heartbeatTimer.interval() != wanted)
                                 m_heartbeatTimer.setInterval(wanted);
                             Q_EMIT heartbeatSent(m_lastHeartbeat);
                         }));
}

void Worker::wake()
{
    if (m_state == State::Running)
        poll();
}

void Worker::poll()
{
    if (m_state != State::Running)
        return;
    if (m_polling) {
        m_pollAgain = true;   // a wake-up during a poll polls once more afterwards
        return;
    }
    if (capacityLeft() <= 0)
        return;
    m_polling = true;
    m_platform.pollSessions(m_workerId, qMax(10, m_config.concurrency * 2), guard([this](const Outcome<QList<PlatformSessionInfo>> &r) {
        m_polling = false;
        if (!r.ok()) {
            report(QStringLiteral("poll_failed"), {}, r.error.message);
        } else {
            for (const PlatformSessionInfo &s : r.value) {
                if (capacityLeft() <= 0)
                    break;
                if (m_claiming.contains(s.id) || m_store.claim(s.id).has_value())
                    continue;
                claimSession(s);
            }
        }
        if (m_pollAgain) {
            m_pollAgain = false;
            poll();
        }
    }));
}

void Worker::claimSession(const PlatformSessionInfo &session)
{
    m_claiming.insert(session.id);
    m_platform.claim(session.id, m_workerId, m_config.leaseSeconds, guard([this, sessionId = session.id](const Outcome<ClaimGrant> &r) {
        m_claiming.remove(sessionId);
        if (!r.ok()) {
            // 409: another worker holds it; 422: not claimable now. Drop it for this event.
            report(QStringLiteral("claim_skipped"), sessionId, r.error.message);
            return;
        }
        if (m_state != State::Running) {
            // Stopped while the claim was in flight: hand it straight back.
            ClaimRecord c;
            c.sessionId = sessionId;
            c.claimId = r.value.claimId;
            c.agentId = m_config.agentId;
            c.phase = ClaimRecord::Phase::Finishing;
            c.leaseSeconds = r.value.leaseSeconds;
            c.leaseExpiresAt = r.value.leaseExpiresAt;
            enqueue({ActivityMirror::finish(c, QStringLiteral("release"),
                                            QJsonObject{{QStringLiteral("reason"), tr("The worker is stopping.")}})},
                    &c);
            return;
        }
        ClaimRecord c;
        c.sessionId = sessionId;
        c.claimId = r.value.claimId;
        c.agentId = m_config.agentId;
        c.phase = ClaimRecord::Phase::Claimed;
        c.leaseSeconds = r.value.leaseSeconds > 0 ? r.value.leaseSeconds : m_config.leaseSeconds;
        c.leaseExpiresAt = r.value.leaseExpiresAt;
        c.createdAt = QDateTime::currentDateTimeUtc();
        // Stored before anything is reported or dispatched.
        if (const Error e = m_store.saveClaim(c)) {
            report(QStringLiteral("storage_error"), sessionId, e.message);
            return;
        }
        report(QStringLiteral("claimed"), sessionId, tr("Claimed %1 (lease %2 s)").arg(sessionId).arg(c.leaseSeconds));
        Q_EMIT claimsChanged();
        scheduleRenewal(c);
        dispatch(c, r.value.session);
    }));
}

// --- run ----------------------------------------------------------------------------

void Worker::dispatch(ClaimRecord claim, const PlatformSessionInfo &session)
{
    const PolicyDecision decision = WorkerPolicy::evaluate(m_store.route(session.agentId.isEmpty() ? claim.agentId : session.agentId),
                                                           session);
    const QJsonObject data{{QStringLiteral("decision"), decision.allowed ? QStringLiteral("allowed") : QStringLiteral("denied")},
                           {QStringLiteral("rule"), decision.rule},
                           {QStringLiteral("detail"), decision.detail}};
    QList<OutboxItem> items{ActivityMirror::activity(claim, QStringLiteral("policy"), QStringLiteral("policy_decision"),
                                                     decision.detail, data)};
    if (!decision.allowed) {
        claim.phase = ClaimRecord::Phase::Finishing;
        claim.detail = decision.detail;
        if (decision.release) {
            items << ActivityMirror::finish(claim, QStringLiteral("release"), QJsonObject{{QStringLiteral("reason"), decision.detail}});
        } else {
            items << ActivityMirror::activity(claim, QStringLiteral("failed"), QStringLiteral("failed"), decision.detail);
            items << ActivityMirror::finish(claim, QStringLiteral("fail"),
                                            QJsonObject{{QStringLiteral("errorMessage"), decision.detail},
                                                        {QStringLiteral("retryable"), false}});
        }
        report(QStringLiteral("policy_denied"), claim.sessionId, decision.detail);
        enqueue(items, &claim);
        return;
    }
    // "Running" without a task id marks a dispatch in flight: a restart then knows a
    // provider task may exist and never creates a second one.
    claim.phase = ClaimRecord::Phase::Running;
    claim.lastActivity = tr("Creating the %1 task…").arg(decision.task.provider);
    enqueue(items, &claim);
    m_tasks.create(decision.task, guard([this, sessionId = claim.sessionId](const Outcome<Task> &r) {
        std::optional<ClaimRecord> c = m_store.claim(sessionId);
        if (!c || c->phase == ClaimRecord::Phase::Lost || c->phase == ClaimRecord::Phase::Ended)
            return;   // lost or cancelled meanwhile; the task (if any) is left to the operator
        if (!r.ok()) {
            c->phase = ClaimRecord::Phase::Finishing;
            c->detail = r.error.message;
            enqueue({ActivityMirror::activity(*c, QStringLiteral("failed"), QStringLiteral("failed"), r.error.message),
                     ActivityMirror::finish(*c, QStringLiteral("fail"),
                                            QJsonObject{{QStringLiteral("errorMessage"), r.error.message},
                                                        {QStringLiteral("retryable"), r.error.kind == ErrorKind::Provider}})},
                    &*c);
            report(QStringLiteral("dispatch_failed"), sessionId, r.error.message);
            return;
        }
        c->taskId = r.value.id;
        c->lastActivity = tr("%1 task created").arg(providerDisplayName(r.value.provider));
        // The task id is stored before its progress is reported.
        if (const Error e = m_store.saveClaim(*c))
            report(QStringLiteral("storage_error"), sessionId, e.message);
        report(QStringLiteral("dispatched"), sessionId, tr("Running as %1 task %2").arg(providerDisplayName(r.value.provider), r.value.id));
        Q_EMIT taskTouched(r.value.id);
        Q_EMIT claimsChanged();
        mirror(sessionId);
    }));
}

void Worker::mirrorAll()
{
    ++m_mirrorRound;
    const bool check = m_config.sessionCheckEvery > 0 && m_mirrorRound % m_config.sessionCheckEvery == 0;
    for (const ClaimRecord &c : m_store.openClaims()) {
        if (c.phase != ClaimRecord::Phase::Running || c.taskId.isEmpty())
            continue;
        mirror(c.sessionId);
        if (check)
            checkSession(c.sessionId);
    }
}

void Worker::mirror(const QString &sessionId)
{
    const std::optional<ClaimRecord> c = m_store.claim(sessionId);
    if (!c || c->phase != ClaimRecord::Phase::Running || c->taskId.isEmpty() || m_syncing.contains(sessionId))
        return;
    m_syncing.insert(sessionId);
    m_tasks.sync(c->taskId, guard([this, sessionId](const Outcome<Task> &r) {
        m_syncing.remove(sessionId);
        std::optional<ClaimRecord> claim = m_store.claim(sessionId);
        if (!claim || claim->phase != ClaimRecord::Phase::Running)
            return;
        if (!r.ok()) {
            report(QStringLiteral("sync_failed"), sessionId, r.error.message);
            return;
        }
        const std::optional<Task> task = m_tasks.store().task(claim->taskId, true);
        if (!task)
            return;
        Q_EMIT taskTouched(task->id);
        const ActivityMirror::Step step = ActivityMirror::next(*claim, *task);
        if (step.items.isEmpty() && step.claim.mirroredCount == claim->mirroredCount && !step.ended)
            return;
        enqueue(step.items, &step.claim);
        if (step.ended)
            report(QStringLiteral("task_ended"), sessionId, step.claim.detail);
        Q_EMIT claimsChanged();
    }));
}

void Worker::sessionChanged(const QString &sessionId)
{
    if (m_store.claim(sessionId))
        checkSession(sessionId);
    else
        wake();
}

void Worker::checkSession(const QString &sessionId)
{
    m_platform.fetchSession(sessionId, guard([this, sessionId](const Outcome<PlatformSessionInfo> &r) {
        std::optional<ClaimRecord> c = m_store.claim(sessionId);
        if (!c || (c->phase != ClaimRecord::Phase::Running && c->phase != ClaimRecord::Phase::Claimed))
            return;
        if (!r.ok()) {
            if (r.error.httpStatus == 404)
                loseClaim(sessionId, tr("The session is gone from the platform."));
            return;
        }
        applySession(*c, r.value);
    }));
}

void Worker::applySession(ClaimRecord claim, const PlatformSessionInfo &session)
{
    if (session.state == QLatin1String("cancelled")) {
        // Cancelled on the platform: stop the provider task where the provider can.
        const QString taskId = claim.taskId;
        claim.phase = ClaimRecord::Phase::Ended;
        claim.detail = tr("Cancelled on the platform.");
        m_store.dropOutbox(claim.sessionId);
        m_store.saveClaim(claim);
        if (QTimer *t = m_renewTimers.take(claim.sessionId))
            t->deleteLater();
        report(QStringLiteral("cancelled"), claim.sessionId, claim.detail);
        Q_EMIT claimsChanged();
        if (!taskId.isEmpty()) {
            const std::optional<Task> task = m_tasks.store().task(taskId);
            if (task && m_tasks.whyNot(*task, Operation::Cancel).isEmpty()) {
                m_tasks.cancel(taskId, guard([this, sessionId = claim.sessionId, taskId](const Outcome<Task> &r) {
                    report(r.ok() ? QStringLiteral("task_cancelled") : QStringLiteral("cancel_failed"), sessionId,
                           r.ok() ? tr("Cancelled the provider task upstream.") : r.error.message);
                    Q_EMIT taskTouched(taskId);
                }));
            } else if (task) {
                report(QStringLiteral("cancel_unsupported"), claim.sessionId,
                       tr("%1 cannot cancel upstream; the task keeps running there.").arg(providerDisplayName(task->provider)));
            }
        }
        finishStopIfDone();
        return;
    }
    if (!session.activeClaimId.isEmpty() && session.activeClaimId != claim.claimId) {
        loseClaim(claim.sessionId, tr("Another claim holds the session now."));
        return;
    }
    if (claim.taskId.isEmpty())
        return;
    for (const SessionInput &input : session.inputs) {
        if (claim.forwardedInputs.contains(input.id))
            continue;
        // Recorded first: an input is forwarded at most once, even across a crash.
        claim.forwardedInputs << input.id;
        m_store.saveClaim(claim);
        m_tasks.sendMessage(claim.taskId, input.text, guard([this, sessionId = claim.sessionId, id = input.id](const Outcome<Task> &r) {
            report(r.ok() ? QStringLiteral("input_forwarded") : QStringLiteral("input_failed"), sessionId,
                   r.ok() ? tr("Forwarded operator input %1 to the provider.").arg(id) : r.error.message);
        }));
    }
}

// --- leases -------------------------------------------------------------------------

void Worker::scheduleRenewal(const ClaimRecord &claim, int delayMs)
{
    QTimer *timer = m_renewTimers.value(claim.sessionId);
    if (!timer) {
        timer = new QTimer;
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, id = claim.sessionId] { renew(id); });
        m_renewTimers.insert(claim.sessionId, timer);
    }
    // Two thirds into the lease (platform.md).
    timer->start(delayMs >= 0 ? delayMs : claim.leaseSeconds * 1000 * 2 / 3);
}

void Worker::renew(const QString &sessionId)
{
    const std::optional<ClaimRecord> c = m_store.claim(sessionId);
    if (!c || c->phase == ClaimRecord::Phase::Ended || c->phase == ClaimRecord::Phase::Lost) {
        if (QTimer *t = m_renewTimers.take(sessionId))
            t->deleteLater();
        return;
    }
    m_platform.renewLease(sessionId, c->claimId, c->leaseSeconds, guard([this, sessionId](const Outcome<QDateTime> &r) {
        std::optional<ClaimRecord> claim = m_store.claim(sessionId);
        if (!claim || claim->phase == ClaimRecord::Phase::Ended || claim->phase == ClaimRecord::Phase::Lost)
            return;
        if (!r.ok()) {
            if (PlatformClient::isClaimConflict(r.error) || r.error.httpStatus == 404 || r.error.httpStatus == 422) {
                resolveConflict(sessionId, nullptr);
                return;
            }
            // The network failed: try again soon, while the lease still holds.
            scheduleRenewal(*claim, qMax(1000, claim->leaseSeconds * 1000 / 10));
            report(QStringLiteral("renew_failed"), sessionId, r.error.message);
            return;
        }
        claim->leaseExpiresAt = r.value;
        m_store.saveClaim(*claim);
        scheduleRenewal(*claim);
        Q_EMIT claimsChanged();
        // A resumed claim carries on where it was.
        if (claim->phase == ClaimRecord::Phase::Running && !claim->taskId.isEmpty())
            mirror(sessionId);
        else if (claim->phase == ClaimRecord::Phase::Running && claim->taskId.isEmpty()) {
            // The worker stopped while creating the provider task: it may exist, so never
            // create another. Fail the session and say so.
            claim->phase = ClaimRecord::Phase::Finishing;
            claim->detail = tr("The worker stopped while creating the provider task; check the provider for a "
                               "task that may have started, then retry the session.");
            enqueue({ActivityMirror::activity(*claim, QStringLiteral("failed"), QStringLiteral("failed"), claim->detail),
                     ActivityMirror::finish(*claim, QStringLiteral("fail"),
                                            QJsonObject{{QStringLiteral("errorMessage"), claim->detail},
                                                        {QStringLiteral("retryable"), true}})},
                    &*claim);
        } else if (claim->phase == ClaimRecord::Phase::Claimed) {
            m_platform.fetchSession(sessionId, guard([this, sessionId](const Outcome<PlatformSessionInfo> &s) {
                std::optional<ClaimRecord> again = m_store.claim(sessionId);
                if (s.ok() && again && again->phase == ClaimRecord::Phase::Claimed)
                    dispatch(*again, s.value);
            }));
        }
    }));
}

void Worker::loseClaim(const QString &sessionId, const QString &why)
{
    std::optional<ClaimRecord> c = m_store.claim(sessionId);
    if (!c)
        return;
    c->phase = ClaimRecord::Phase::Lost;
    c->detail = why;
    m_store.dropOutbox(sessionId);   // nothing more is reported for a lost claim
    m_store.saveClaim(*c);
    if (QTimer *t = m_renewTimers.take(sessionId))
        t->deleteLater();
    report(QStringLiteral("claim_lost"), sessionId, why);
    Q_EMIT claimsChanged();
    finishStopIfDone();
    poll();
}

void Worker::resolveConflict(const QString &sessionId, std::function<bool(const PlatformSessionInfo &)> handled)
{
    m_platform.fetchSession(sessionId, guard([this, sessionId, handled](const Outcome<PlatformSessionInfo> &s) {
        if (handled)
            m_sending.remove(sessionId);
        std::optional<ClaimRecord> claim = m_store.claim(sessionId);
        if (s.ok() && handled && handled(s.value))
            return;
        if (s.ok() && claim && s.value.state == QLatin1String("cancelled"))
            applySession(*claim, s.value);
        else
            loseClaim(sessionId, tr("The platform refused the claim: it is no longer this worker's."));
        flushOutbox();
    }));
}

// --- outbox -------------------------------------------------------------------------

void Worker::enqueue(const QList<OutboxItem> &items, const ClaimRecord *advanced)
{
    if (const Error e = m_store.enqueue(items, advanced)) {
        report(QStringLiteral("storage_error"), advanced ? advanced->sessionId : QString(), e.message);
        return;
    }
    flushOutbox();
}

void Worker::flushOutbox()
{
    // Sessions are independent: each sends its oldest item, in order, while several
    // sessions send at once. After a failure everything waits for the retry timer.
    if (m_workerId.isEmpty() || m_flushRetry.isActive())
        return;
    const QList<OutboxItem> pending = m_store.pendingOutbox(kOutboxWindow);
    if (pending.isEmpty()) {
        if (m_sending.isEmpty())
            finishStopIfDone();
        return;
    }
    QSet<QString> seen;
    for (const OutboxItem &item : pending) {
        if (m_sending.size() >= kMaxSending)
            break;
        if (seen.contains(item.sessionId))
            continue;   // only a session's oldest item may go
        seen.insert(item.sessionId);
        if (!m_sending.contains(item.sessionId))
            send(item);
    }
}

void Worker::send(const OutboxItem &item)
{
    m_sending.insert(item.sessionId);
    auto onDone = guard([this, item](const Error &e) {
        m_sending.remove(item.sessionId);
        if (e)
            onOutboxFailed(item, e);
        else
            onOutboxSent(item);
    });
    const QJsonObject &b = item.body;
    if (item.kind == QLatin1String("activity")) {
        SessionActivity a{item.clientActivityId, b.value(QLatin1String("type")).toString(),
                          b.value(QLatin1String("message")).toString(), b.value(QLatin1String("data")).toObject()};
        m_platform.postActivity(item.sessionId, item.claimId, a, [onDone](const Outcome<QString> &r) { onDone(r.error); });
    } else if (item.kind == QLatin1String("complete")) {
        m_platform.complete(item.sessionId, item.claimId, b.value(QLatin1String("summary")).toString(),
                            b.value(QLatin1String("externalUrl")).toString(),
                            [onDone](const Outcome<PlatformSessionInfo> &r) { onDone(r.error); });
    } else if (item.kind == QLatin1String("fail")) {
        m_platform.fail(item.sessionId, item.claimId, b.value(QLatin1String("errorMessage")).toString(),
                        b.value(QLatin1String("retryable")).toBool(),
                        [onDone](const Outcome<PlatformSessionInfo> &r) { onDone(r.error); });
    } else {
        m_platform.release(item.sessionId, item.claimId, b.value(QLatin1String("reason")).toString(),
                           [onDone](const Outcome<PlatformSessionInfo> &r) { onDone(r.error); });
    }
}

void Worker::onOutboxSent(const OutboxItem &item)
{
    m_flushFailures = 0;
    m_store.removeOutboxItem(item.id);
    if (item.kind != QLatin1String("activity")) {
        const bool released = item.kind == QLatin1String("release");
        if (std::optional<ClaimRecord> c = m_store.claim(item.sessionId)) {
            c->phase = ClaimRecord::Phase::Ended;
            if (released)
                c->detail = tr("Released: %1").arg(item.body.value(QLatin1String("reason")).toString());
            m_store.saveClaim(*c);
        }
        if (QTimer *t = m_renewTimers.take(item.sessionId))
            t->deleteLater();
        const QString kind = released ? QStringLiteral("released")
                                      : (item.kind == QLatin1String("complete") ? QStringLiteral("completed") : QStringLiteral("failed"));
        report(kind, item.sessionId, item.body.value(QLatin1String("summary")).toString());
        Q_EMIT claimsChanged();
        QTimer::singleShot(0, this, &Worker::poll);   // capacity freed
    }
    flushOutbox();
}

void Worker::onOutboxFailed(const OutboxItem &item, const Error &error)
{
    if (PlatformClient::isClaimConflict(error)) {
        // Not our claim any more — or a repeated end whose first answer was lost, or a
        // cancel: the session says which. Its outbox waits for the answer.
        m_sending.insert(item.sessionId);
        resolveConflict(item.sessionId, [this, item](const PlatformSessionInfo &s) {
            const bool endedByUs = s.activeClaimId.isEmpty()
                && ((item.kind == QLatin1String("complete") && s.state == QLatin1String("complete"))
                    || (item.kind == QLatin1String("fail") && s.state == QLatin1String("error")));
            if (endedByUs) {
                onOutboxSent(item);
                return true;
            }
            return false;
        });
        return;
    }
    if (error.httpStatus >= 400 && error.httpStatus < 500 && error.httpStatus != 401 && error.httpStatus != 429
        && error.httpStatus != 408) {
        // The platform will never take this item: keep the queue moving, say why.
        report(QStringLiteral("outbox_rejected"), item.sessionId, error.message);
        m_store.removeOutboxItem(item.id);
        flushOutbox();
        return;
    }
    m_store.noteOutboxFailure(item.id, error.message);
    report(QStringLiteral("outbox_retry"), item.sessionId, error.message);
    ++m_flushFailures;
    m_flushRetry.start(qMin(60000, 500 * (1 << qMin(m_flushFailures, 7))));
}

// --- stop ---------------------------------------------------------------------------

void Worker::stop(bool handBack)
{
    if (m_state == State::Stopped || m_state == State::Draining)
        return;
    if (m_state != State::Running) {
        m_heartbeatTimer.stop();
        m_pollTimer.stop();
        m_mirrorTimer.stop();
        setState(State::Stopped);
        Q_EMIT stopped();
        return;
    }
    m_handBack = handBack;
    m_pollTimer.stop();
    setState(State::Draining, handBack ? tr("Stopping and handing sessions back…") : tr("Stopping…"));
    heartbeat();
    for (ClaimRecord c : m_store.openClaims()) {
        const bool undispatched = c.phase == ClaimRecord::Phase::Claimed;
        if (!undispatched && !(handBack && c.phase == ClaimRecord::Phase::Running))
            continue;
        c.phase = ClaimRecord::Phase::Finishing;
        const QString reason = undispatched ? tr("The worker stopped before starting it.")
                                            : tr("The operator stopped the worker and handed the session back.");
        c.detail = reason;
        enqueue({ActivityMirror::finish(c, QStringLiteral("release"), QJsonObject{{QStringLiteral("reason"), reason}})}, &c);
    }
    finishStopIfDone();
}

void Worker::finishStopIfDone()
{
    if (m_state != State::Draining)
        return;
    if (m_store.outboxSize() > 0 && !m_workerId.isEmpty())
        return;   // the outbox drains first (its retries keep running)
    m_heartbeatTimer.stop();
    m_mirrorTimer.stop();
    m_flushRetry.stop();
    qDeleteAll(m_renewTimers);
    m_renewTimers.clear();
    setState(State::Stopped, tr("Stopped. Running sessions resume on the next start."));
    Q_EMIT stopped();
}

} // namespace agentdesk
