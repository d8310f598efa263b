#include "TaskActions.h"

#include "Prompter.h"
#include "accounts/CredentialResolver.h"
#include "storage/ChangeWatcher.h"
#include "storage/TaskStore.h"
#include "tasks/OperatorActions.h"
#include "tasks/TaskAdoption.h"
#include "tasks/TaskRefresher.h"
#include "tasks/TaskService.h"

#include <QAction>
#include <QDesktopServices>
#include <QIcon>

namespace agentdesk {

TaskActions::TaskActions(Services services, Prompter &prompter, QObject *parent)
    : QObject(parent), m_services(services), m_prompter(prompter)
{
    m_approve = make(tr("&Approve Plan"), QStringLiteral("dialog-ok-apply"), QKeySequence(tr("Ctrl+Shift+A")));
    m_reply = make(tr("&Reply…"), QStringLiteral("mail-reply-sender"), QKeySequence(tr("Ctrl+M")));
    m_cancel = make(tr("&Cancel Upstream…"), QStringLiteral("process-stop"), QKeySequence(tr("Ctrl+Shift+X")));
    m_remove = make(tr("&Delete…"), QStringLiteral("edit-delete"), QKeySequence::Delete);
    m_refresh = make(tr("&Refresh"), QStringLiteral("view-refresh"), QKeySequence::Refresh);
    m_refreshAll = make(tr("Refresh &All"), QStringLiteral("view-refresh"), QKeySequence(tr("Shift+F5")));
    m_openPr = make(tr("Open &Pull Request"), QStringLiteral("internet-web-browser"), QKeySequence(tr("Ctrl+O")));
    m_sendFailure =
        make(tr("Send &Failure to the Agent"), QStringLiteral("mail-send"), QKeySequence(tr("Ctrl+Shift+F")));
    m_sendReview = make(tr("Send Re&view to the Agent"), QStringLiteral("mail-send"), QKeySequence(tr("Ctrl+Shift+G")));
    m_hide = make(tr("&Hide From List"), QStringLiteral("view-hidden"), QKeySequence(tr("Ctrl+Shift+H")));
    m_hide->setCheckable(true);
    m_stopWaiting = make(tr("&Stop Waiting"), QStringLiteral("process-stop"), QKeySequence(tr("Ctrl+.")));
    connect(m_stopWaiting, &QAction::triggered, this, [this] {
        if (!m_waits.contains(m_taskId))
            return;
        endWait(m_taskId);
        Q_EMIT statusMessage(tr("Stopped waiting. The provider may still carry it out; the timeline will show it."),
                             10000);
    });
    connect(m_approve, &QAction::triggered, this, [this] { approvePlan(m_taskId); });
    connect(m_sendFailure, &QAction::triggered, this, [this] { sendFeedback(m_taskId, Feedback::CiFailure); });
    connect(m_sendReview, &QAction::triggered, this, [this] { sendFeedback(m_taskId, Feedback::Review); });
    connect(m_reply, &QAction::triggered, this, &TaskActions::replyRequested);
    connect(m_cancel, &QAction::triggered, this, [this] { cancelTask(m_taskId); });
    connect(m_remove, &QAction::triggered, this, [this] { deleteTask(m_taskId); });
    connect(m_refresh, &QAction::triggered, this, [this] { refreshTask(m_taskId); });
    connect(m_refreshAll, &QAction::triggered, this, &TaskActions::refreshEverything);
    connect(m_openPr, &QAction::triggered, this, [this] {
        const auto task = m_services.tasks.store().task(m_taskId);
        if (task && !task->result.prUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(task->result.prUrl));
    });
    connect(m_hide, &QAction::triggered, this, [this](bool hidden) {
        // Written off this thread: the window stays responsive while another process
        // holds the database.
        m_services.actions.setHidden(m_taskId, hidden, this, [this, hidden](const Outcome<Done> &r) {
            if (!r.ok())
                Q_EMIT failed(tr("Hide"), r.error);
            else
                Q_EMIT statusMessage(
                    hidden ? tr("Hidden; View ▸ Show Hidden Tasks shows it again.") : tr("Shown again."), 5000);
            update();
        });
    });
    connect(&m_services.tasks.store(), &TaskStore::taskChanged, this, [this](const QString &id) {
        if (id == m_taskId)
            update();
    });
    update();
}

// Every unfinished task, what other processes wrote, and the tasks started elsewhere.
void TaskActions::refreshEverything()
{
    // The operator's Retry: a keyring they unlocked is asked again.
    m_services.tasks.credentials().releaseKeychain();
    m_services.changes.check();
    m_services.refresher.refreshAllNow();
    if (m_services.adoption.isWalking())
        return;
    m_services.adoption.syncAll(false, this, [this](const Outcome<QList<TaskAdoption::Report>> &r) {
        if (!r.ok())
            return Q_EMIT failed(tr("Look for tasks started elsewhere"), r.error);
        int added = 0;
        for (const TaskAdoption::Report &report : r.value) {
            if (report.error)
                Q_EMIT failed(tr("Look for tasks started elsewhere (%1)").arg(report.account), report.error);
            added += report.added;
        }
        if (added > 0)
            Q_EMIT statusMessage(tr("%n task(s) started elsewhere added.", nullptr, added), 8000);
    });
}

QAction *TaskActions::make(const QString &text, const QString &icon, const QKeySequence &key)
{
    auto *a = new QAction(QIcon::fromTheme(icon), text, this);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setProperty("baseToolTip",
                   QString(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")) + QStringLiteral(" (")
                           + key.toString(QKeySequence::NativeText) + QLatin1Char(')')));
    return a;
}

QList<QAction *> TaskActions::all() const
{
    return {m_approve, m_reply, m_cancel,      m_remove,      m_refresh,   m_refreshAll,
            m_openPr,  m_hide,  m_stopWaiting, m_sendFailure, m_sendReview};
}

void TaskActions::setCurrentTask(const QString &taskId)
{
    m_taskId = taskId;
    update();
}

void TaskActions::gate(QAction *action, const std::optional<Task> &task, std::optional<Operation> op)
{
    QString why;
    if (!task)
        why = tr("Select a task first.");
    else if (op)
        why = m_services.tasks.whyNot(*task, *op);
    action->setEnabled(why.isEmpty());
    QString base = action->property("baseToolTip").toString();
    if (why.isEmpty() && task && op && *op != Operation::Fetch
        && m_services.tasks.capabilities(task->provider).experimental)
        base += QLatin1Char('\n')
                + tr("Experimental: %1 is reached through an unofficial API.").arg(providerDisplayName(task->provider));
    action->setToolTip(why.isEmpty() ? base : base + QLatin1Char('\n') + why);
    action->setStatusTip(why);
}

void TaskActions::update()
{
    const std::optional<Task> task = m_taskId.isEmpty() ? std::nullopt : m_services.tasks.store().task(m_taskId);
    gate(m_approve, task, Operation::ApprovePlan);
    gate(m_reply, task, Operation::SendMessage);
    gate(m_cancel, task, Operation::Cancel);
    gate(m_remove, task, std::nullopt);
    gate(m_refresh, task, Operation::Fetch);
    gate(m_openPr, task, std::nullopt);
    gate(m_hide, task, std::nullopt);
    gateFeedback(m_sendFailure, task, Feedback::CiFailure);
    gateFeedback(m_sendReview, task, Feedback::Review);
    m_hide->setChecked(task && task->hidden);
    m_stopWaiting->setEnabled(m_waits.contains(m_taskId));
    m_stopWaiting->setToolTip(
        m_stopWaiting->property("baseToolTip").toString()
        + (m_waits.contains(m_taskId) ? QString() : QLatin1Char('\n') + tr("Nothing is being waited for.")));
    if (task && task->result.prUrl.isEmpty()) {
        m_openPr->setEnabled(false);
        m_openPr->setToolTip(m_openPr->property("baseToolTip").toString() + QLatin1Char('\n')
                             + tr("This task has no pull request yet."));
    }
    m_refreshAll->setEnabled(true);
    m_refreshAll->setToolTip(m_refreshAll->property("baseToolTip").toString());
}

void TaskActions::gateFeedback(QAction *action, const std::optional<Task> &task, Feedback kind)
{
    const QString why = !task ? tr("Select a task first.") : m_services.pullRequests.whyNotFeedback(*task, kind);
    action->setEnabled(why.isEmpty());
    const QString base = action->property("baseToolTip").toString();
    action->setToolTip(why.isEmpty() ? base : base + QLatin1Char('\n') + why);
    action->setStatusTip(why);
}

void TaskActions::sendFeedback(const QString &taskId, Feedback kind)
{
    QObject *wait = beginWait(taskId, tr("Sending to the agent…"));
    m_services.pullRequests.sendFeedback(
        taskId, kind, false, wait, [this, taskId, wait, kind](const Outcome<FeedbackResult> &r) {
            if (m_waits.value(taskId) != wait)
                return;
            endWait(taskId);
            const QString what =
                kind == Feedback::CiFailure ? tr("Send failure to the agent") : tr("Send review to the agent");
            if (!r.ok())
                return Q_EMIT failed(what, r.error);
            Q_EMIT statusMessage(r.value.route == QLatin1String("pr-comment")
                                     ? tr("Sent as a comment on the pull request.")
                                 : r.value.route == QLatin1String("new-task")
                                     ? tr("The session takes no more messages: sent as a new task on the pull "
                                          "request's branch.")
                                     : tr("Sent to the agent as a follow-up."),
                                 8000);
            update();
        });
}

QString TaskActions::whyNoMessage(const QString &taskId) const
{
    const std::optional<Task> task = m_services.tasks.store().task(taskId);
    return task ? m_services.tasks.whyNot(*task, Operation::SendMessage) : tr("Select a task first.");
}

void TaskActions::waitFor(const QString &taskId, const QString &doing, const QString &what, Start start,
                          std::function<void()> succeeded)
{
    QObject *wait = beginWait(taskId, doing);
    start(wait, [this, taskId, wait, what, succeeded = std::move(succeeded)](const Outcome<Task> &r) {
        if (m_waits.value(taskId) != wait)
            return; // no longer waited for: a newer operation on the task is
        endWait(taskId);
        if (!r.ok())
            return Q_EMIT failed(what, r.error);
        succeeded();
    });
}

void TaskActions::approvePlan(const QString &taskId)
{
    waitFor(
        taskId, tr("Approving the plan…"), tr("Approve plan"),
        [this, taskId](QObject *wait, Callback<Task> done) { m_services.actions.approvePlan(taskId, wait, done); },
        [this] {
            Q_EMIT statusMessage(tr("Plan approved."), 5000);
            update();
        });
}

void TaskActions::sendMessage(const QString &taskId, const QString &text)
{
    waitFor(
        taskId, tr("Sending…"), tr("Send message"),
        [this, taskId, text](QObject *wait, Callback<Task> done) {
            m_services.actions.sendMessage(taskId, text, wait, done);
        },
        [this, taskId] {
            Q_EMIT statusMessage(tr("Message sent."), 5000);
            Q_EMIT messageSent(taskId);
            update();
        });
}

void TaskActions::cancelTask(const QString &taskId)
{
    const auto task = m_services.tasks.store().task(taskId);
    if (!task)
        return;
    const QString question =
        tr("Stop \"%1\" at %2? This cannot be undone.").arg(task->displayTitle(), providerDisplayName(task->provider));
    m_prompter.confirm(tr("Cancel Task"), question, this, [this, taskId] {
        waitFor(
            taskId, tr("Cancelling…"), tr("Cancel"),
            [this, taskId](QObject *wait, Callback<Task> done) { m_services.actions.cancel(taskId, wait, done); },
            [this] { Q_EMIT statusMessage(tr("Cancelled upstream."), 5000); });
    });
}

void TaskActions::deleteTask(const QString &taskId)
{
    const auto task = m_services.tasks.store().task(taskId);
    if (!task)
        return;
    const bool canUpstream = m_services.tasks.whyNot(*task, Operation::Delete).isEmpty() && !task->externalId.isEmpty()
                             && !task->goneAt.isValid();
    const QString offer = canUpstream ? tr("Also delete it at %1").arg(providerDisplayName(task->provider)) : QString();
    m_prompter.askDelete(tr("Delete Task"), tr("Delete \"%1\" from AgentDesk?").arg(task->displayTitle()), offer, this,
                         [this, taskId](Prompter::DeleteChoice choice) {
                             const bool upstream = choice == Prompter::DeleteChoice::HereAndUpstream;
                             m_services.actions.remove(taskId, upstream, this, [this](const Outcome<Done> &r) {
                                 if (!r.ok())
                                     return Q_EMIT failed(tr("Delete"), r.error);
                                 Q_EMIT statusMessage(tr("Deleted."), 5000);
                             });
                         });
}

QObject *TaskActions::beginWait(const QString &taskId, const QString &doing)
{
    endWait(taskId); // one operation per task is waited for: the newest
    auto *wait = new QObject(this);
    m_waits.insert(taskId, wait);
    if (!doing.isEmpty())
        Q_EMIT statusMessage(
            doing + QLatin1Char(' ')
                + tr("(Stop Waiting: %1)").arg(m_stopWaiting->shortcut().toString(QKeySequence::NativeText)),
            0);
    Q_EMIT busyChanged(taskId, true);
    update();
    return wait;
}

void TaskActions::endWait(const QString &taskId)
{
    QObject *wait = m_waits.take(taskId);
    if (!wait)
        return;
    // Later: this may be running inside an answer delivered to it.
    wait->deleteLater();
    Q_EMIT busyChanged(taskId, false);
    update();
}

void TaskActions::refreshTask(const QString &taskId)
{
    if (m_waits.contains(taskId)) {
        // An approval or a message is in flight: refresh beside it, without taking its
        // place (its outcome must still be reported here).
        m_services.tasks.sync(taskId, this, [this](const Outcome<Task> &r) {
            if (!r.ok())
                return Q_EMIT failed(tr("Refresh"), r.error);
            update();
        });
        return;
    }
    waitFor(
        taskId, QString(), tr("Refresh"),
        [this, taskId](QObject *wait, Callback<Task> done) { m_services.tasks.sync(taskId, wait, done); },
        [this] { update(); });
}

} // namespace agentdesk
