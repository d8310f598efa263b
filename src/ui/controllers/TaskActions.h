#pragma once

#include "tasks/PullRequestService.h"

#include "domain/Error.h"
#include "domain/Task.h"
#include "providers/ProviderAdapter.h"

#include <QHash>
#include <QObject>

class QAction;

namespace agentdesk {

class ChangeWatcher;
class OperatorActions;
class Prompter;
class TaskAdoption;
class TaskRefresher;
class TaskService;

// What the operator can do to the selected task, as actions: their enabled state and
// "why not" tooltips follow the task's state and its provider's rules; running one asks
// (through the Prompter) where it must, calls the service through OperatorActions (so
// the audit trail is written once, for the window and the command line alike) and says
// how it went through signals. No widget is needed: tests drive it directly.
class TaskActions : public QObject
{
    Q_OBJECT
public:
    // What it acts through: OperatorActions (audited operations), TaskService (rules and
    // syncs), and for Refresh All the refresher, adoption and the change watcher.
    struct Services {
        OperatorActions &actions;
        TaskService &tasks;
        TaskRefresher &refresher;
        TaskAdoption &adoption;
        ChangeWatcher &changes;
        PullRequestService &pullRequests;
    };
    TaskActions(Services services, Prompter &prompter, QObject *parent = nullptr);

    QAction *approve() const { return m_approve; }
    QAction *reply() const { return m_reply; }
    QAction *cancel() const { return m_cancel; }
    QAction *remove() const { return m_remove; }
    QAction *refresh() const { return m_refresh; }
    QAction *refreshAll() const { return m_refreshAll; }
    QAction *openPullRequest() const { return m_openPr; }
    // The pull request's failing checks / requested changes, sent to the agent.
    QAction *sendFailure() const { return m_sendFailure; }
    QAction *sendReview() const { return m_sendReview; }
    QAction *hide() const { return m_hide; }
    // Stops waiting for the selected task's operation (the provider may still carry it
    // out: its answer is recorded, only this window no longer waits for it).
    QAction *stopWaiting() const { return m_stopWaiting; }
    bool isWaiting(const QString &taskId) const { return m_waits.contains(taskId); }
    QList<QAction *> all() const;

    void setCurrentTask(const QString &taskId);
    const QString &currentTask() const { return m_taskId; }
    // Re-reads the task and sets what is enabled and why not.
    void update();

    // The operations, for the reply box, the banners and the notifications too.
    void sendFeedback(const QString &taskId, Feedback kind);
    void approvePlan(const QString &taskId);
    void sendMessage(const QString &taskId, const QString &text);
    void cancelTask(const QString &taskId);
    void deleteTask(const QString &taskId);
    void refreshTask(const QString &taskId);
    // Why sending a message to this task cannot work now; empty when it can.
    QString whyNoMessage(const QString &taskId) const;

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void failed(const QString &what, const agentdesk::Error &error);
    // The reply action: the window focuses its reply box.
    void replyRequested();
    void messageSent(const QString &taskId);
    void busyChanged(const QString &taskId, bool busy);

private:
    void gateFeedback(QAction *action, const std::optional<Task> &task, Feedback kind);
    void refreshEverything();
    // A context for one operation on a task: the window waits on it; Stop Waiting
    // deletes it, so its answer is no longer delivered here.
    QObject *beginWait(const QString &taskId, const QString &doing);
    void endWait(const QString &taskId);
    // One operation the window waits for: `start` runs it with the wait's context; its
    // answer is heard only while it is still the one waited for. A failure is reported
    // as `what`; success goes to `succeeded`.
    using Start = std::function<void(QObject *wait, Callback<Task> done)>;
    void waitFor(const QString &taskId, const QString &doing, const QString &what, Start start,
                 std::function<void()> succeeded);
    QAction *make(const QString &text, const QString &icon, const QKeySequence &key);
    void gate(QAction *action, const std::optional<Task> &task, std::optional<Operation> op);

    Services m_services;
    Prompter &m_prompter;
    QString m_taskId;
    QAction *m_approve;
    QAction *m_sendFailure;
    QAction *m_sendReview;
    QAction *m_reply;
    QAction *m_cancel;
    QAction *m_remove;
    QAction *m_refresh;
    QAction *m_refreshAll;
    QAction *m_openPr;
    QAction *m_hide;
    QAction *m_stopWaiting;
    QHash<QString, QObject *> m_waits; // task id -> the context of its operation in flight
};

} // namespace agentdesk
