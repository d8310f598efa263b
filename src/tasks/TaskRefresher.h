#pragma once

#include "base/Clock.h"
#include "domain/Error.h"
#include "domain/Task.h"
#include "domain/TaskSummary.h"
#include "storage/TaskStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <queue>
#include <vector>

namespace agentdesk {

class TaskService;

// Keeps every unfinished task current by itself. Each task has its own due time:
// short while it runs, longer while it waits or stays quiet (x1.5 per unchanged fetch,
// up to a ceiling), backing off on errors. The schedule is a priority queue: starting
// with 50,000 unfinished tasks costs one query and O(n log n), and each fetch costs
// O(log n), never a scan of every task. First fetches after start are spread over the
// first interval instead of all at once. One timer aims at the earliest due time, and
// at most maxConcurrent fetches run at once.
class TaskRefresher : public QObject
{
    Q_OBJECT
public:
    struct Intervals {
        int runningMs = 10000;
        int queuedMs = 15000;
        int waitingMs = 30000;   // waits for the operator: changes come slowly
        int quietMaxMs = 300000; // ceiling while nothing changes
        int errorMaxMs = 600000; // ceiling while fetches fail
        int maxConcurrent = 3;
    };

    TaskRefresher(TaskStore &store, TaskService &service, const Clock &clock = Clock::system(),
                  QObject *parent = nullptr);

    void setIntervals(const Intervals &intervals) { m_intervals = intervals; }
    const Intervals &intervals() const { return m_intervals; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    void refreshNow(const QString &taskId);
    void refreshAllNow();

    int trackedCount() const { return int(m_entries.size()); }
    int inFlightCount() const { return m_inFlight; }
    // The delay before the next fetch of a task; -1 when not tracked. For tests and the UI.
    int currentIntervalMs(const QString &taskId) const;
    // When the task is next fetched (ms since the epoch); -1 when not tracked.
    qint64 dueAtMs(const QString &taskId) const;

Q_SIGNALS:
    void taskRefreshed(const QString &taskId, bool changed);
    void refreshFailed(const QString &taskId, const agentdesk::Error &error);
    void busyChanged(bool busy);

private:
    struct Entry {
        qint64 dueMs = 0;
        quint64 generation = 0; // which heap item is this entry's current one
        int intervalMs = 0;
        int quietPolls = 0;
        int failures = 0;
        bool inFlight = false;
        TaskStatus status = TaskStatus::Queued;
        bool waiting = false;
        QDateTime lastUpdate; // the task's updatedAt when last seen
    };
    struct Due {
        qint64 dueMs;
        quint64 generation;
        QString id;
        bool operator>(const Due &o) const { return dueMs != o.dueMs ? dueMs > o.dueMs : generation > o.generation; }
    };

    void track(const TaskStore::PollState &state, qint64 dueMs);
    void reschedule(const QString &id, Entry &e, qint64 dueMs);
    void onTaskChanged(const QString &taskId);
    void dispatch();
    void finished(const QString &taskId, const Error &error);
    void arm();
    int baseInterval(const Entry &e) const;

    TaskStore &m_store;
    TaskService &m_service;
    const Clock &m_clock;
    Intervals m_intervals;
    QHash<QString, Entry> m_entries;
    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> m_heap; // stale items are skipped when popped
    quint64 m_generation = 0;
    QTimer m_timer;
    QSet<QString> m_missingAccounts; // said once each (see finished)
    int m_inFlight = 0;
    bool m_running = false;
};

} // namespace agentdesk
