#include "SessionMirror.h"

#include "ActivityMirror.h"
#include "Outbox.h"
#include "WorkerPolicy.h"
#include "platform/PlatformClient.h"
#include "storage/TaskStore.h"
#include "storage/WorkerStore.h"
#include "tasks/TaskService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <cmath>

namespace agentdesk {

namespace {
constexpr int kRecoveryPages = 3;
} // namespace

SessionMirror::SessionMirror(WorkerDeps deps, Outbox &outbox, Timing timing, QObject *parent)
    : QObject(parent), m_deps(std::move(deps)), m_outbox(outbox), m_timing(timing)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionMirror::dueNow);
}

void SessionMirror::start()
{
    m_running = true;
    arm();
}

void SessionMirror::stop()
{
    m_running = false;
    m_timer.stop();
}

void SessionMirror::forget(const QString &sessionId)
{
    m_schedule.remove(sessionId);
    arm();
}

int SessionMirror::intervalMs(const QString &sessionId) const
{
    const auto it = m_schedule.constFind(sessionId);
    return it == m_schedule.cend() ? -1 : it->intervalMs;
}

bool SessionMirror::enqueue(const QList<OutboxItem> &items, const ClaimRecord &advanced)
{
    if (const Error e = m_outbox.enqueue(items, &advanced)) {
        m_deps.storageFailed(e);
        return false;
    }
    return true;
}

void SessionMirror::remember(const Task &task)
{
    m_views.insert(task.id, TaskView{providerKey(task.provider), task.displayTitle(), statusKey(task.status)});
}

// --- dispatch ---------------------------------------------------------------------

void SessionMirror::dispatch(ClaimRecord claim, const PlatformSessionInfo &session)
{
    const QString agent = session.agentId.isEmpty() ? claim.agentId : session.agentId;
    const Outcome<std::optional<WorkerRoute>> route = m_deps.store.route(agent);
    if (!route.ok())
        return m_deps.storageFailed(route.error);
    const PolicyDecision decision = WorkerPolicy::evaluate(route.value, session);
    const QJsonObject data{
        {QStringLiteral("decision"), decision.allowed ? QStringLiteral("allowed") : QStringLiteral("denied")},
        {QStringLiteral("rule"), decision.rule},
        {QStringLiteral("detail"), decision.detail}};
    QList<OutboxItem> items{ActivityMirror::activity(claim, QStringLiteral("policy"), QStringLiteral("policy_decision"),
                                                     decision.detail, data)};
    if (!decision.allowed) {
        claim.phase = ClaimRecord::Phase::Finishing;
        claim.detail = decision.detail;
        if (decision.release) {
            items << ActivityMirror::finish(claim, OutboxItem::Kind::Release,
                                            QJsonObject{{QStringLiteral("reason"), decision.detail}});
            Q_EMIT gaveBack(claim.sessionId);
        } else {
            items << ActivityMirror::activity(claim, QStringLiteral("failed"), QStringLiteral("failed"),
                                              decision.detail);
            items << ActivityMirror::finish(
                claim, OutboxItem::Kind::Fail,
                QJsonObject{{QStringLiteral("errorMessage"), decision.detail}, {QStringLiteral("retryable"), false}});
        }
        m_deps.report(QStringLiteral("policy_denied"), claim.sessionId, decision.detail);
        enqueue(items, claim);
        Q_EMIT claimChanged(claim.sessionId);
        return;
    }
    // An earlier claim of this session (lost while this worker slept) left a provider
    // task that still runs: take it over instead of starting a second one.
    if (!claim.taskId.isEmpty()) {
        const std::optional<Task> earlier = m_deps.tasks.store().task(claim.taskId);
        if (earlier && !isTerminal(earlier->status) && !earlier->goneAt.isValid()) {
            claim.phase = ClaimRecord::Phase::Running;
            claim.lastActivity =
                tr("Took over the %1 task started under an earlier claim").arg(providerDisplayName(earlier->provider));
            items << ActivityMirror::activity(
                claim, QStringLiteral("resumed"), QStringLiteral("progress"),
                tr("Continuing the %1 task %2 started under an earlier claim of this session.")
                    .arg(providerDisplayName(earlier->provider), earlier->externalId));
            if (!enqueue(items, claim))
                return;
            m_deps.report(QStringLiteral("dispatched"), claim.sessionId,
                          tr("Took over %1 task %2").arg(providerDisplayName(earlier->provider), earlier->id));
            remember(*earlier);
            Q_EMIT claimChanged(claim.sessionId);
            schedule(claim.sessionId, 0);
            return;
        }
        claim.taskId.clear();
    }
    // "Running" without a task id marks a dispatch in flight: a restart then knows a
    // provider task may exist and looks for it before creating anything.
    claim.phase = ClaimRecord::Phase::Running;
    claim.lastActivity = tr("Creating the %1 task…").arg(decision.task.provider);
    if (!enqueue(items, claim))
        return;
    create(claim, decision.task);
}

void SessionMirror::create(ClaimRecord claim, const NewTask &task)
{
    const QString sessionId = claim.sessionId;
    m_dispatching.insert(sessionId);
    Q_EMIT claimChanged(sessionId);
    m_deps.tasks.create(task, this, [this, sessionId](const Outcome<Task> &r) {
        m_dispatching.remove(sessionId);
        const Outcome<std::optional<ClaimRecord>> c = m_deps.store.claim(sessionId);
        if (!c.ok())
            return m_deps.storageFailed(c.error);
        if (!c.value || !c.value->isOpen()) {
            // Lost or cancelled meanwhile; the task (if any) stays an ordinary task here.
            if (r.ok())
                m_deps.report(QStringLiteral("orphaned"), sessionId,
                              tr("The claim ended while %1 task %2 was being created; it keeps running there.")
                                  .arg(providerDisplayName(r.value.provider), r.value.id));
            return;
        }
        if (r.error.kind == ErrorKind::Budget) {
            // Never started: the session goes back to the platform (another worker, or
            // this one once the budget resets) with the reason.
            m_deps.report(QStringLiteral("budget_refused"), sessionId, r.error.message);
            return releaseWithReason(*c.value, r.error.message);
        }
        if (!r.ok()) {
            m_deps.report(QStringLiteral("dispatch_failed"), sessionId, r.error.message);
            return finishWithError(*c.value, r.error.message, r.error.kind == ErrorKind::Provider);
        }
        ClaimRecord created = *c.value;
        created.taskId = r.value.id;
        created.lastActivity = tr("%1 task created").arg(providerDisplayName(r.value.provider));
        // The task id is stored before its progress is reported.
        if (const Error e = m_deps.store.saveClaim(created))
            return m_deps.storageFailed(e);
        m_deps.report(QStringLiteral("dispatched"), sessionId,
                      tr("Running as %1 task %2").arg(providerDisplayName(r.value.provider), r.value.id));
        remember(r.value);
        Q_EMIT taskTouched(r.value.id);
        Q_EMIT claimChanged(sessionId);
        schedule(sessionId, 0);
    });
}

void SessionMirror::releaseWithReason(ClaimRecord claim, const QString &why)
{
    claim.phase = ClaimRecord::Phase::Finishing;
    claim.detail = why;
    enqueue({ActivityMirror::finish(claim, OutboxItem::Kind::Release, QJsonObject{{QStringLiteral("reason"), why}})},
            claim);
    Q_EMIT gaveBack(claim.sessionId);
    Q_EMIT claimChanged(claim.sessionId);
}

void SessionMirror::finishWithError(ClaimRecord claim, const QString &why, bool retryable)
{
    claim.phase = ClaimRecord::Phase::Finishing;
    claim.detail = why;
    enqueue({ActivityMirror::activity(claim, QStringLiteral("failed"), QStringLiteral("failed"), why),
             ActivityMirror::finish(
                 claim, OutboxItem::Kind::Fail,
                 QJsonObject{{QStringLiteral("errorMessage"), why}, {QStringLiteral("retryable"), retryable}})},
            claim);
    Q_EMIT claimChanged(claim.sessionId);
}

void SessionMirror::resume(const ClaimRecord &claim)
{
    switch (claim.phase) {
    case ClaimRecord::Phase::Running:
        if (!claim.taskId.isEmpty()) {
            if (const std::optional<Task> t = m_deps.tasks.store().task(claim.taskId))
                remember(*t);
            schedule(claim.sessionId, 0);
        } else if (!m_dispatching.contains(claim.sessionId)) {
            // Stopped while the create was under way (a crash or a kill): the task may
            // exist upstream. Look before failing or creating again.
            recover(claim);
        }
        break;
    case ClaimRecord::Phase::Claimed:
        m_deps.platform.fetchSession(
            claim.sessionId, this, [this, sessionId = claim.sessionId](const Outcome<PlatformSessionInfo> &s) {
                const Outcome<std::optional<ClaimRecord>> again = m_deps.store.claim(sessionId);
                if (!again.ok())
                    return m_deps.storageFailed(again.error);
                if (s.ok() && again.value && again.value->phase == ClaimRecord::Phase::Claimed)
                    dispatch(*again.value, s.value);
            });
        break;
    case ClaimRecord::Phase::Finishing:
    case ClaimRecord::Phase::Ended:
    case ClaimRecord::Phase::Lost: break;
    }
}

void SessionMirror::recover(const ClaimRecord &claim)
{
    const QString sessionId = claim.sessionId;
    m_dispatching.insert(sessionId);
    m_deps.platform.fetchSession(sessionId, this, [this, sessionId](const Outcome<PlatformSessionInfo> &s) {
        const Outcome<std::optional<ClaimRecord>> c = m_deps.store.claim(sessionId);
        if (!c.ok()) {
            m_dispatching.remove(sessionId);
            return m_deps.storageFailed(c.error);
        }
        if (!s.ok() || !c.value || !c.value->isOpen()) {
            m_dispatching.remove(sessionId);
            if (!s.ok())
                m_deps.report(QStringLiteral("recover_failed"), sessionId, s.error.message);
            return;
        }
        const Outcome<std::optional<WorkerRoute>> route = m_deps.store.route(c.value->agentId);
        if (!route.ok()) {
            m_dispatching.remove(sessionId);
            return m_deps.storageFailed(route.error);
        }
        const PolicyDecision decision = WorkerPolicy::evaluate(route.value, s.value);
        if (!decision.allowed) {
            m_dispatching.remove(sessionId);
            return finishWithError(*c.value, decision.detail, false);
        }
        const ProviderId provider = *providerFromKey(decision.task.provider);
        const QString marker = WorkerPolicy::sessionMarker(sessionId);
        const ClaimRecord current = *c.value;
        m_deps.tasks.findUpstream(
            provider, decision.task.account,
            [marker](const RemoteTask &t) { return t.title.startsWith(marker) || t.prompt.startsWith(marker); },
            kRecoveryPages, this,
            [this, claim = current, decision, provider, sessionId](const Outcome<TaskService::Found> &found) {
                m_dispatching.remove(sessionId);
                if (!found.ok()) {
                    // Cannot tell: never risk a second task.
                    return finishWithError(claim,
                                           tr("The worker stopped while creating the provider task, "
                                              "and %1 could not be searched for it (%2). Check the "
                                              "provider for a task that may have started, then retry the "
                                              "session.")
                                               .arg(providerDisplayName(provider), found.error.message),
                                           true);
                }
                if (found.value.task) {
                    return m_deps.tasks.adopt(*found.value.task, provider, decision.task.account, TaskOrigin::AgentDesk,
                                              this, [this, claim](const Outcome<Task> &adopted) {
                                                  if (!adopted.ok())
                                                      return m_deps.storageFailed(adopted.error);
                                                  adoptExisting(claim, adopted.value);
                                              });
                }
                if (found.value.sawEverything) {
                    m_deps.report(QStringLiteral("recovered"), sessionId,
                                  tr("No task was started before the restart; creating it now."));
                    return create(claim, decision.task);
                }
                finishWithError(claim,
                                tr("The worker stopped while creating the provider task and found "
                                   "no such task among the newest ones at %1. Check the provider, "
                                   "then retry the session.")
                                    .arg(providerDisplayName(provider)),
                                true);
            });
    });
}

void SessionMirror::adoptExisting(ClaimRecord claim, const Task &task)
{
    claim.taskId = task.id;
    claim.lastActivity = tr("Found the %1 task started before the restart").arg(providerDisplayName(task.provider));
    if (const Error e = m_deps.store.saveClaim(claim))
        return m_deps.storageFailed(e);
    m_deps.report(QStringLiteral("recovered"), claim.sessionId,
                  tr("Found %1 task %2 started before the restart").arg(providerDisplayName(task.provider), task.id));
    remember(task);
    Q_EMIT taskTouched(task.id);
    Q_EMIT claimChanged(claim.sessionId);
    schedule(claim.sessionId, 0);
}

// --- mirror -------------------------------------------------------------------------

void SessionMirror::schedule(const QString &sessionId, int delayMs)
{
    Schedule &s = m_schedule[sessionId];
    if (s.intervalMs == 0) {
        s.intervalMs = m_timing.baseMs;
        s.syncsUntilCheck = m_timing.checkEvery;
    }
    s.dueMs = m_deps.clock.msecsSinceEpoch() + delayMs;
    arm();
}

void SessionMirror::mirrorNow(const QString &sessionId)
{
    if (!m_schedule.contains(sessionId))
        return;
    m_schedule[sessionId].intervalMs = m_timing.baseMs;
    schedule(sessionId, 0);
}

void SessionMirror::arm()
{
    if (!m_running)
        return;
    qint64 earliest = -1;
    for (auto it = m_schedule.cbegin(); it != m_schedule.cend(); ++it)
        if (!m_syncing.contains(it.key()) && (earliest < 0 || it->dueMs < earliest))
            earliest = it->dueMs;
    if (earliest < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(earliest - m_deps.clock.msecsSinceEpoch(), 0, 24LL * 3600 * 1000)));
}

void SessionMirror::dueNow()
{
    const qint64 now = m_deps.clock.msecsSinceEpoch();
    QStringList due;
    for (auto it = m_schedule.cbegin(); it != m_schedule.cend(); ++it)
        if (it->dueMs <= now && !m_syncing.contains(it.key()))
            due << it.key();
    for (const QString &id : std::as_const(due))
        mirror(id);
    arm();
}

void SessionMirror::mirror(const QString &sessionId)
{
    const Outcome<std::optional<ClaimRecord>> c = m_deps.store.claim(sessionId);
    if (!c.ok())
        return m_deps.storageFailed(c.error);
    if (!c.value || c.value->phase != ClaimRecord::Phase::Running || c.value->taskId.isEmpty()) {
        m_schedule.remove(sessionId);
        return;
    }
    Schedule &entry = m_schedule[sessionId];
    if (--entry.syncsUntilCheck <= 0) {
        entry.syncsUntilCheck = m_timing.checkEvery;
        checkSession(sessionId);
    }
    m_syncing.insert(sessionId);
    m_deps.tasks.sync(
        c.value->taskId, this,
        [this, sessionId](const Outcome<Task> &r) {
            m_syncing.remove(sessionId);
            const Outcome<std::optional<ClaimRecord>> claim = m_deps.store.claim(sessionId);
            if (!claim.ok())
                return m_deps.storageFailed(claim.error);
            if (!claim.value || claim.value->phase != ClaimRecord::Phase::Running) {
                m_schedule.remove(sessionId);
                return arm();
            }
            Schedule &s = m_schedule[sessionId];
            if (!r.ok()) {
                m_deps.report(QStringLiteral("sync_failed"), sessionId, r.error.message);
                s.intervalMs = std::min(m_timing.ceilingMs, s.intervalMs * 2);
                s.dueMs = m_deps.clock.msecsSinceEpoch() + s.intervalMs;
                return arm();
            }
            const bool changed = r.value.updatedAt != s.lastUpdate;
            s.lastUpdate = r.value.updatedAt;
            // Quiet tasks are asked less often; news brings the pace back.
            s.intervalMs =
                changed ? m_timing.baseMs : std::min(m_timing.ceilingMs, int(std::lround(s.intervalMs * 1.5)));
            s.dueMs = m_deps.clock.msecsSinceEpoch() + s.intervalMs;
            arm();
            if (!changed)
                return;
            remember(r.value);
            Q_EMIT taskTouched(r.value.id);
            const Outcome<std::optional<Task>> task = m_deps.tasks.store().find(claim.value->taskId, true);
            if (!task.ok())
                return m_deps.storageFailed(task.error);
            if (!task.value)
                return;
            const ActivityMirror::Step step = ActivityMirror::next(*claim.value, *task.value);
            if (step.items.isEmpty() && step.claim.mirroredCount == claim.value->mirroredCount && !step.ended)
                return;
            if (!enqueue(step.items, step.claim))
                return;
            if (step.ended) {
                m_deps.report(QStringLiteral("task_ended"), sessionId, step.claim.detail);
                m_schedule.remove(sessionId);
            }
            Q_EMIT claimChanged(sessionId);
        },
        RequestPriority::Background);
}

// --- the session itself -------------------------------------------------------------

void SessionMirror::checkSession(const QString &sessionId)
{
    m_deps.platform.fetchSession(sessionId, this, [this, sessionId](const Outcome<PlatformSessionInfo> &r) {
        const Outcome<std::optional<ClaimRecord>> c = m_deps.store.claim(sessionId);
        if (!c.ok())
            return m_deps.storageFailed(c.error);
        if (!c.value
            || (c.value->phase != ClaimRecord::Phase::Running && c.value->phase != ClaimRecord::Phase::Claimed))
            return;
        if (!r.ok()) {
            if (r.error.httpStatus == 404)
                Q_EMIT lost(sessionId, tr("The session is gone from the platform."));
            return;
        }
        applySession(*c.value, r.value);
    });
}

void SessionMirror::applySession(const ClaimRecord &claim, const PlatformSessionInfo &session)
{
    if (session.state == QLatin1String("cancelled"))
        return Q_EMIT cancelled(claim);
    if (!session.activeClaimId.isEmpty() && session.activeClaimId != claim.claimId)
        return Q_EMIT lost(claim.sessionId, tr("Another claim holds the session now."));
    if (claim.taskId.isEmpty())
        return;
    ClaimRecord updated = claim;
    for (const SessionInput &input : session.inputs) {
        if (updated.forwardedInputs.contains(input.id))
            continue;
        // Recorded first: an input is forwarded at most once, even across a crash.
        updated.forwardedInputs << input.id;
        if (const Error e = m_deps.store.saveClaim(updated))
            return m_deps.storageFailed(e);
        m_deps.tasks.sendMessage(
            updated.taskId, input.text, this,
            [this, sessionId = claim.sessionId, id = input.id](const Outcome<Task> &r) {
                m_deps.report(r.ok() ? QStringLiteral("input_forwarded") : QStringLiteral("input_failed"), sessionId,
                              r.ok() ? tr("Forwarded operator input %1 to the provider.").arg(id) : r.error.message);
                mirrorNow(sessionId);
            });
    }
}

} // namespace agentdesk
