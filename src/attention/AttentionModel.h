#pragma once

#include "base/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace agentdesk {

class PlatformSession;
class TaskStore;
struct Task;
class WorkerMonitor;
struct WorkerEvent;

// What deserves the operator's eyes. Widgets do not decide this; they show it.
struct AttentionItem {
    enum class Level { None, Done, Failed, NeedsYou };
    enum class Source { Task, Stuck, Worker, Platform, Budget, PullRequest };
    // "task:<id>", "stuck:<id>", "pr:<id>", "worker:<session>", "platform", "budget:<scope>"
    QString key;
    Level level = Level::None;
    Source source = Source::Task;
    QString taskId; // tasks and stuck tasks
    QString title;  // what it is about, for a person
    QString reason; // why it needs attention, for a person
    QDateTime since;

    bool operator==(const AttentionItem &o) const { return key == o.key && level == o.level && reason == o.reason; }
};

// One attention model for the console, the tray and the notifications: each task or
// worker event is "needs you" (plan awaiting approval, agent waiting for input, maybe
// stuck, worker lost a claim, sign-in expired, keychain locked), "failed", "done", or
// nothing. It announces a change once — not on every poll that finds the same state —
// and never for the state tasks were in when it started.
//
// The stuck-task watchdog lives here too: a running task with no new activity for the
// configured time is "maybe stuck". Time comes from the injected clock: tests move it.
// A task gone upstream needs nobody: it leaves "needs you".
class AttentionModel : public QObject
{
    Q_OBJECT
public:
    explicit AttentionModel(TaskStore &store, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    // A running task silent for longer than this is no longer flagged as maybe stuck.
    static constexpr int kStuckHorizonDays = 7;
    // 0 turns the watchdog off.
    void setStuckAfterMinutes(int minutes);
    int stuckAfterMinutes() const { return m_stuckMinutes; }

    void watchPlatform(PlatformSession &session);
    void watchWorker(WorkerMonitor *monitor);

    // Baseline: the state every task is in now raises nothing.
    void load();
    // Runs the watchdog now (it also runs on its own every minute).
    void checkStuck();
    // The operator has seen it: a worker or platform item goes away.
    void acknowledge(const QString &key);
    // A spending budget reached `percent` of its limit (80 or 100): needs the operator
    // until acknowledged (or replaced by the next threshold).
    void budgetReached(const QString &scope, int percent, const QString &description);

    QList<AttentionItem> needsYou() const; // oldest first
    int needsYouCount() const;
    AttentionItem item(const QString &key) const { return m_items.value(key); }
    // "maybe stuck" for this task, or an empty item.
    AttentionItem stuck(const QString &taskId) const { return m_items.value(stuckKey(taskId)); }

    static QString taskKey(const QString &taskId) { return QStringLiteral("task:") + taskId; }
    static QString stuckKey(const QString &taskId) { return QStringLiteral("stuck:") + taskId; }
    static QString pullRequestKey(const QString &taskId) { return QStringLiteral("pr:") + taskId; }

Q_SIGNALS:
    // A new state worth telling (once per change).
    void raised(const agentdesk::AttentionItem &item);
    // The item no longer needs attention.
    void cleared(const QString &key);
    void needsYouCountChanged(int count);

private:
    void onTaskChanged(const QString &taskId);
    void updatePullRequest(const Task &task);
    void onTaskRemoved(const QString &taskId);
    void onWorkerEvent(const WorkerEvent &event);
    void onPlatformState();
    void set(const AttentionItem &item);
    void clear(const QString &key);
    void recount();

    TaskStore &m_store;
    const Clock &m_clock;
    QHash<QString, AttentionItem> m_items; // the "needs you" items
    QHash<QString, QString> m_known;       // each task's last level and reason, for "once per change"
    QTimer m_watchdog;
    int m_stuckMinutes = 30;
    int m_count = 0;
    PlatformSession *m_platform = nullptr;
};

} // namespace agentdesk

Q_DECLARE_METATYPE(agentdesk::AttentionItem)
