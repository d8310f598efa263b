#include "TaskRefresher.h"

#include "TaskService.h"
#include "storage/TaskStore.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <cmath>

Q_LOGGING_CATEGORY(lcRefresher, "agentdesk.refresher")

namespace agentdesk {

TaskRefresher::TaskRefresher(TaskStore &store, TaskService &service, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_service(service), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TaskRefresher::dispatch);
    connect(&m_store, &TaskStore::taskAdded, this, &TaskRefresher::onTaskChanged);
    connect(&m_store, &TaskStore::taskChanged, this, &TaskRefresher::onTaskChanged);
    connect(&m_store, &TaskStore::taskRemoved, this, [this](const QString &id) { m_entries.remove(id); });
    connect(&m_service, &TaskService::remoteChanged, this, [this](const QString &id) {
        if (m_running)
            refreshNow(id);
    });
}

void TaskRefresher::start()
{
    if (m_running)
        return;
    m_running = true;
    const Outcome<QList<TaskStore::PollState>> unfinished = m_store.unfinishedPollStates();
    if (!unfinished.ok()) {
        qCWarning(lcRefresher).noquote() << "cannot read the unfinished tasks:" << unfinished.error.message;
        return;
    }
    // Spread the first fetches over the first interval: a start with many unfinished
    // tasks must not send them all at once.
    const qint64 now = m_clock.msecsSinceEpoch();
    const int spreadMs = std::max(1, m_intervals.runningMs);
    for (const TaskStore::PollState &s : unfinished.value) {
        const bool urgent = s.needsYou || s.status == TaskStatus::Running;
        const qint64 jitter = unfinished.value.size() <= m_intervals.maxConcurrent
                                  ? 0
                                  : qint64(QRandomGenerator::global()->bounded(urgent ? spreadMs : spreadMs * 3));
        track(s, now + jitter);
    }
    qCInfo(lcRefresher) << "watching" << m_entries.size() << "unfinished tasks";
    arm();
}

void TaskRefresher::stop()
{
    m_running = false;
    m_timer.stop();
    m_entries.clear();
    m_heap = {};
}

int TaskRefresher::baseInterval(const Entry &e) const
{
    if (e.waiting || e.status == TaskStatus::AwaitingApproval)
        return m_intervals.waitingMs;
    if (e.status == TaskStatus::Running)
        return m_intervals.runningMs;
    return m_intervals.queuedMs;
}

void TaskRefresher::track(const TaskStore::PollState &s, qint64 dueMs)
{
    Entry &e = m_entries[s.id];
    e.status = s.status;
    e.waiting = s.needsYou;
    e.lastUpdate = s.updatedAt;
    e.intervalMs = baseInterval(e);
    reschedule(s.id, e, dueMs);
}

void TaskRefresher::reschedule(const QString &id, Entry &e, qint64 dueMs)
{
    e.dueMs = dueMs;
    e.generation = ++m_generation;
    m_heap.push(Due{dueMs, e.generation, id});
}

void TaskRefresher::onTaskChanged(const QString &taskId)
{
    if (!m_running)
        return;
    const Outcome<std::optional<TaskSummary>> s = m_store.summary(taskId);
    if (!s.ok())
        return;
    const auto it = m_entries.find(taskId);
    const bool watchable = s.value && !isTerminal(s.value->status) && !s.value->gone;
    if (it == m_entries.end()) {
        // A task that was created, adopted or resumed (here or by another process).
        if (watchable) {
            const Outcome<std::optional<Task>> t = m_store.find(taskId);
            if (t.ok() && t.value && !t.value->externalId.isEmpty()) {
                track({s.value->id, s.value->status, s.value->attention.needsYou(), s.value->updatedAt},
                      m_clock.msecsSinceEpoch());
                arm();
            }
        }
        return;
    }
    if (!watchable) {
        if (!it->inFlight)
            m_entries.erase(it);
        return;
    }
    it->status = s.value->status;
    it->waiting = s.value->attention.needsYou();
}

void TaskRefresher::refreshNow(const QString &taskId)
{
    auto it = m_entries.find(taskId);
    if (it == m_entries.end()) {
        onTaskChanged(taskId);
        it = m_entries.find(taskId);
        if (it == m_entries.end())
            return;
    }
    if (it->inFlight)
        return;
    reschedule(taskId, *it, m_clock.msecsSinceEpoch());
    arm();
}

void TaskRefresher::refreshAllNow()
{
    // Everything is due, oldest first; the concurrency limit and the per-account budget
    // keep the pace.
    const qint64 now = m_clock.msecsSinceEpoch();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        if (!it->inFlight)
            reschedule(it.key(), *it, now);
    arm();
}

int TaskRefresher::currentIntervalMs(const QString &taskId) const
{
    const auto it = m_entries.constFind(taskId);
    return it == m_entries.cend() ? -1 : it->intervalMs;
}

qint64 TaskRefresher::dueAtMs(const QString &taskId) const
{
    const auto it = m_entries.constFind(taskId);
    return it == m_entries.cend() ? -1 : it->dueMs;
}

void TaskRefresher::arm()
{
    if (!m_running)
        return;
    // Drop stale heap items (an entry rescheduled, in flight or gone) from the top.
    while (!m_heap.empty()) {
        const Due &top = m_heap.top();
        const auto it = m_entries.constFind(top.id);
        if (it != m_entries.cend() && it->generation == top.generation && !it->inFlight)
            break;
        m_heap.pop();
    }
    if (m_heap.empty() || m_inFlight >= m_intervals.maxConcurrent) {
        m_timer.stop(); // re-armed when a fetch finishes or a task arrives
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_heap.top().dueMs - m_clock.msecsSinceEpoch());
    m_timer.start(int(std::min<qint64>(wait, 24 * 3600 * 1000)));
}

void TaskRefresher::dispatch()
{
    const qint64 now = m_clock.msecsSinceEpoch();
    while (!m_heap.empty() && m_inFlight < m_intervals.maxConcurrent) {
        const Due top = m_heap.top();
        if (top.dueMs > now)
            break;
        m_heap.pop();
        const auto it = m_entries.find(top.id);
        if (it == m_entries.end() || it->generation != top.generation || it->inFlight)
            continue; // stale
        it->inFlight = true;
        if (++m_inFlight == 1)
            Q_EMIT busyChanged(true);
        const QString id = top.id;
        m_service.sync(
            id, this, [this, id](const Outcome<Task> &r) { finished(id, r.error); }, RequestPriority::Background);
    }
    arm();
}

void TaskRefresher::finished(const QString &taskId, const Error &error)
{
    if (--m_inFlight == 0)
        Q_EMIT busyChanged(false);
    const auto it = m_entries.find(taskId);
    if (it == m_entries.end())
        return arm();
    it->inFlight = false;
    const Outcome<std::optional<TaskSummary>> s = m_store.summary(taskId);
    if (!m_running || !s.ok() || !s.value || s.value->gone) {
        m_entries.erase(it);
        return arm();
    }
    Entry &e = *it;
    if (error.kind == ErrorKind::NotFound) {
        // Not the provider's 404 (that marks the task gone): its account is not here any
        // more. One problem, said once per account, not a retry (and a log line) per task
        // every few seconds; the task is watched again when it changes.
        m_entries.erase(it);
        if (!m_missingAccounts.contains(s.value->account)) {
            m_missingAccounts.insert(s.value->account);
            qCWarning(lcRefresher).noquote()
                << "tasks of account" << s.value->account << "are not refreshed:" << error.message;
            Q_EMIT refreshFailed(taskId, error);
        }
        return arm();
    }
    if (error) {
        ++e.failures;
        const qint64 factor = qint64(1) << std::min(e.failures, 10);
        e.intervalMs = int(std::min<qint64>(baseInterval(e) * factor, m_intervals.errorMaxMs));
        qCInfo(lcRefresher).noquote() << "refresh of" << taskId << "failed:" << error.message << "- next in"
                                      << e.intervalMs << "ms";
        Q_EMIT refreshFailed(taskId, error);
    } else {
        const bool changed = s.value->updatedAt != e.lastUpdate;
        e.failures = 0;
        e.lastUpdate = s.value->updatedAt;
        e.status = s.value->status;
        e.waiting = s.value->attention.needsYou();
        e.quietPolls = changed ? 0 : e.quietPolls + 1;
        // Quiet tasks are asked less often: x1.5 per unchanged poll, up to the ceiling.
        const double stretched = baseInterval(e) * std::pow(1.5, std::min(e.quietPolls, 20));
        e.intervalMs = int(std::min<double>(stretched, std::max(m_intervals.quietMaxMs, baseInterval(e))));
        Q_EMIT taskRefreshed(taskId, changed);
        if (isTerminal(s.value->status)) {
            m_entries.erase(it);
            return arm();
        }
    }
    reschedule(taskId, e, m_clock.msecsSinceEpoch() + e.intervalMs);
    arm();
}

} // namespace agentdesk
