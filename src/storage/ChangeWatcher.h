#pragma once

#include <QObject>
#include <QTimer>

namespace agentdesk {

class TaskStore;

// Notices what other processes (agentdeskctl, a headless worker, a second window) and
// this process's other threads wrote to the database, cheaply: SQLite's data_version
// changes only when another connection committed, so a poll costs one pragma. When it
// changes, the change journal (written by triggers, whoever writes) names exactly the
// tasks to reload, and the store announces them as if it had written them itself.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(TaskStore &store, QObject *parent = nullptr);

    void start(int intervalMs = 1000);
    void stop();
    // Looks now (the window was focused, Refresh All).
    void check();
    int announced() const { return m_announced; }

Q_SIGNALS:
    // The journal no longer reaches back to what was seen: everything must be reloaded.
    void reloadNeeded();

private:
    TaskStore &m_store;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    qint64 m_seen = -1;
    int m_announced = 0;
    int m_checks = 0;
};

} // namespace agentdesk
