#include "TaskRefresher.h"

#include "TaskService.h"
#include "storage/TaskStore.h"

#include <QLoggingCategory>
#include <cmath>

Q_LOGGING_CATEGORY(lcRefresher, "agentdesk.refresher")

namespace agentdesk {

TaskRefresher::TaskRefresher(TaskStore &store, TaskService &service, QObject *parent)
    : QObject(parent), m_store(store), m_service(service)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TaskRefresher::dispatch);
    connect(&m_store, &TaskStore::taskAdded, this, [this](const QString &id) {
        if (m_running)
            track(id);
    });
    connect(&m_store, &TaskStore::taskChanged, this, &TaskRefresher::onTaskChanged);
    connect(&m_store, &TaskStore::taskRemoved, this, [this](const QString &id) {
        m_entries.remove(id);
    });
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
    TaskQuery active;
    active.activeOnly = true;
    const QList<Task> tasks = m_store.tasks(active);
    for (const Task &t : tasks)
        track(t.id);
    qCInfo(lcRefresher) << "watching" << m_entries.size() << "active tasks";
    arm();
}

void TaskRefresher::stop()
{
    m_running = false;
    m_timer.stop();
    m_entries.clear();
}

int TaskRefresher::baseInterval(const Entry &e) const
{
    if (e.waiting || e.status == TaskStatus::AwaitingApproval)
        return m_intervals.waitingMs;
    if (e.status == TaskStatus::Running)
        return m_intervals.runningMs;
    return m_intervals.queuedMs;
}

void TaskRefresher::track(const QString &taskId)
{
    const std::optional<Task> task = m_store.task(taskId);
    if (!task || isTerminal(task->status) || task->externalId.isEmpty())
        return;
    Entry &e = m_entries[taskId];
    e.status = task->status;
    e.waiting = task->attention.needsYou();
    e.lastUpdate = task->updatedAt;
    e.intervalMs = baseInterval(e);
    e.due = QDateTime::currentDateTimeUtc();   // a new task is fetched at once
    arm();
}

void TaskRefresher::onTaskChanged(const QString &taskId)
{
    if (!m_running)
        return;
    const auto it = m_entries.find(taskId);
    if (it == m_entries.end()) {
        track(taskId);   // e.g. a task that was resumed or created elsewhere
        return;
    }
    const std::optional<Task> task = m_store.task(taskId);
    if (!task || isTerminal(task->status)) {
        if (!it->inFlight)
            m_entries.erase(it);
        return;
    }
    it->status = task->status;
    it->waiting = task->attention.needsYou();
}

void TaskRefresher::refreshNow(const QString &taskId)
{
    if (!m_entries.contains(taskId))
        track(taskId);
    const auto it = m_entries.find(taskId);
    if (it == m_entries.end())
        return;
    it->due = QDateTime::currentDateTimeUtc();
    arm();
}

void TaskRefresher::refreshAllNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Entry &e : m_entries)
        e.due = now;
    arm();
}

int TaskRefresher::currentIntervalMs(const QString &taskId) const
{
    const auto it = m_entries.constFind(taskId);
    return it == m_entries.cend() ? -1 : it->intervalMs;
}

void TaskRefresher::arm()
{
    if (!m_running)
        return;
    QDateTime earliest;
    for (const Entry &e : std::as_const(m_entries))
        if (!e.inFlight && (!earliest.isValid() || e.due < earliest))
            earliest = e.due;
    if (!earliest.isValid() || m_inFlight >= m_intervals.maxConcurrent) {
        m_timer.stop();   // re-armed when a fetch finishes or a task arrives
        return;
    }
    const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(earliest));
    m_timer.start(int(std::min<qint64>(wait, 24 * 3600 * 1000)));
}

void TaskRefresher::dispatch()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QPair<QDateTime, QString>> due;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (!it->inFlight && it->due <= now)
            due.append({it->due, it.key()});
    std::sort(due.begin(), due.end());   // the longest-waiting first
    for (const auto &[when, id] : std::as_const(due)) {
        if (m_inFlight >= m_intervals.maxConcurrent)
            break;
        Entry &e = m_entries[id];
        e.inFlight = true;
        if (++m_inFlight == 1)
            Q_EMIT busyChanged(true);
        m_service.sync(id, [this, id](const Outcome<Task> &r) { finished(id, r.error); });
    }
    arm();
}

void TaskRefresher::finished(const QString &taskId, const Error &error)
{
    if (--m_inFlight == 0)
        Q_EMIT busyChanged(false);
    const auto it = m_entries.find(taskId);
    if (it == m_entries.end()) {
        arm();
        return;
    }
    it->inFlight = false;
    const std::optional<Task> task = m_store.task(taskId);
    if (!task || !m_running) {
        m_entries.erase(it);
        arm();
        return;
    }
    Entry &e = *it;
    if (error) {
        ++e.failures;
        const qint64 factor = qint64(1) << std::min(e.failures, 10);
        e.intervalMs = int(std::min<qint64>(baseInterval(e) * factor, m_intervals.errorMaxMs));
        qCInfo(lcRefresher).noquote() << "refresh of" << taskId << "failed:" << error.message << "- next in"
                                      << e.intervalMs << "ms";
        Q_EMIT refreshFailed(taskId, error);
    } else {
        const bool changed = task->updatedAt != e.lastUpdate;
        e.failures = 0;
        e.lastUpdate = task->updatedAt;
        e.status = task->status;
        e.waiting = task->attention.needsYou();
        e.quietPolls = changed ? 0 : e.quietPolls + 1;
        // Quiet tasks are asked less often: x1.5 per unchanged poll, up to the ceiling.
        const double stretched = baseInterval(e) * std::pow(1.5, std::min(e.quietPolls, 12));
        e.intervalMs = int(std::min<double>(stretched, std::max(m_intervals.quietMaxMs, baseInterval(e))));
        Q_EMIT taskRefreshed(taskId, changed);
        if (isTerminal(task->status)) {
            m_entries.erase(it);
            arm();
            return;
        }
    }
    e.due = QDateTime::currentDateTimeUtc().addMSecs(e.intervalMs);
    arm();
}

} // namespace agentdesk
