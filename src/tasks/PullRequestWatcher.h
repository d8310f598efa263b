#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace agentdesk {

class PullRequestService;
class TaskStore;

// Keeps the pull requests of the tasks current while the window (or a long-running
// process) is open: a sweep over every task whose PR is open, one read at a time in the
// background pace, every few minutes (GitHub's conditional reads make an unchanged PR
// free), and a read soon after a task gets its PR address. Stops reading a PR once it is
// merged or closed. The account's "auto" policy sends failures from here.
class PullRequestWatcher : public QObject
{
    Q_OBJECT
public:
    PullRequestWatcher(PullRequestService &service, TaskStore &tasks, QObject *parent = nullptr);

    void start();
    void stop();
    void setIntervalMs(int ms);
    bool isSweeping() const { return !m_queue.isEmpty() || m_reading; }

Q_SIGNALS:
    void sweepFinished();

private:
    void sweep();
    void readNext();
    void onTaskChanged(const QString &id);

    PullRequestService &m_service;
    TaskStore &m_tasks;
    QTimer m_timer;
    QStringList m_queue;
    QStringList m_seenWithPr; // tasks known to have a PR address (a new one is read soon)
    bool m_reading = false;
};

} // namespace agentdesk
