#pragma once

#include "domain/Error.h"
#include "domain/Task.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace agentdesk {

class TaskService;
class TaskStore;

// Keeps every non-terminal task current by itself. Each task has its own due time:
// short while it runs, longer while it waits or stays quiet, backing off on errors.
// One timer aims at the earliest due time (no busy loop), and at most
// maxConcurrent fetches run at once.
class TaskRefresher : public QObject
{
    Q_OBJECT
public:
    struct Intervals {
        int runningMs = 10000;
        int queuedMs = 15000;
        int waitingMs = 30000;       // waits for the operator: changes come slowly
        int quietMaxMs = 120000;     // ceiling while nothing changes
        int errorMaxMs = 300000;     // ceiling while fetches fail
        int maxConcurrent = 3;
    };

    TaskRefresher(TaskStore &store, TaskService &service, QObject *parent = nullptr);

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

Q_SIGNALS:
    void taskRefreshed(const QString &taskId, bool changed);
    void refreshFailed(const QString &taskId, const agentdesk::Error &error);
    void busyChanged(bool busy);

private:
    struct Entry {
        QDateTime due;
        int intervalMs = 0;
        int quietPolls = 0;
        int failures = 0;
        bool inFlight = false;
        TaskStatus status = TaskStatus::Queued;
        bool waiting = false;
        QDateTime lastUpdate;        // the task's updatedAt when last seen
    };

    void track(const QString &taskId);
    void onTaskChanged(const QString &taskId);
    void dispatch();
    void finished(const QString &taskId, const Error &error);
    void arm();
    int baseInterval(const Entry &e) const;

    TaskStore &m_store;
    TaskService &m_service;
    Intervals m_intervals;
    QHash<QString, Entry> m_entries;
    QTimer m_timer;
    int m_inFlight = 0;
    bool m_running = false;
};

} // namespace agentdesk
