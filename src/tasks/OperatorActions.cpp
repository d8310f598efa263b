#include "OperatorActions.h"

#include "TaskService.h"
#include "base/Async.h"
#include "storage/TaskStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAudit, "agentdesk.audit")

namespace agentdesk {

OperatorActions::OperatorActions(TaskService &tasks, AuditLog &audit, QObject *parent)
    : QObject(parent), m_tasks(tasks), m_audit(audit)
{ }

QString OperatorActions::titleOf(const QString &taskId) const
{
    const Outcome<std::optional<Task>> t = m_tasks.store().find(taskId);
    return t.ok() && t.value ? t.value->displayTitle() : QString();
}

void OperatorActions::record(AuditAction action, const QString &taskId, const QString &title, const QString &detail,
                             const Error &outcome)
{
    // The action happened (or failed) whatever the trail says: a trail that cannot be
    // written is logged, never turned into the action's failure.
    m_audit.record(action, taskId, detail, outcome, title, this, [](const Outcome<Done> &r) {
        if (!r.ok())
            qCWarning(lcAudit).noquote() << "cannot write the audit trail:" << r.error.message;
    });
}

void OperatorActions::note(AuditAction action, const QString &target, const QString &detail, const Error &outcome)
{
    record(action, target, {}, detail, outcome);
}

void OperatorActions::noteTask(AuditAction action, const QString &taskId, const QString &detail, const Error &outcome)
{
    record(action, taskId, titleOf(taskId), detail, outcome);
}

void OperatorActions::create(const NewTask &input, const QObject *context, Callback<Task> done)
{
    auto answer = bindTo(context, std::move(done));
    m_tasks.create(input, this, [this, input, answer](const Outcome<Task> &r) {
        Task t;
        t.prompt = input.prompt;
        // A task that was not created has no id: the trail names where it was to go
        // (a budget's refusal, a provider's error are recorded like any outcome).
        const QString target =
            r.ok() ? r.value.id
                   : QStringLiteral("%1/%2").arg(input.provider,
                                                 input.account.isEmpty() ? QStringLiteral("-") : input.account);
        record(AuditAction::CreateTask, target, r.ok() ? r.value.displayTitle() : t.displayTitle(),
               QStringLiteral("%1 %2").arg(input.provider, input.repoUrl), r.error);
        answer(r);
    });
}

void OperatorActions::approvePlan(const QString &taskId, const QObject *context, Callback<Task> done)
{
    auto answer = bindTo(context, std::move(done));
    const QString title = titleOf(taskId);
    m_tasks.approvePlan(taskId, this, [this, taskId, title, answer](const Outcome<Task> &r) {
        record(AuditAction::ApprovePlan, taskId, title, {}, r.error);
        answer(r);
    });
}

void OperatorActions::sendMessage(const QString &taskId, const QString &text, const QObject *context,
                                  Callback<Task> done)
{
    auto answer = bindTo(context, std::move(done));
    const QString title = titleOf(taskId);
    m_tasks.sendMessage(taskId, text, this, [this, taskId, title, text, answer](const Outcome<Task> &r) {
        record(AuditAction::SendMessage, taskId, title, text.left(200), r.error);
        answer(r);
    });
}

void OperatorActions::cancel(const QString &taskId, const QObject *context, Callback<Task> done)
{
    auto answer = bindTo(context, std::move(done));
    const QString title = titleOf(taskId);
    m_tasks.cancel(taskId, this, [this, taskId, title, answer](const Outcome<Task> &r) {
        record(AuditAction::Cancel, taskId, title, {}, r.error);
        answer(r);
    });
}

void OperatorActions::remove(const QString &taskId, bool upstream, const QObject *context, Callback<Done> done)
{
    auto answer = bindTo(context, std::move(done));
    const QString title = titleOf(taskId);
    m_tasks.remove(taskId, upstream, this, [this, taskId, title, upstream, answer](const Outcome<Done> &r) {
        record(AuditAction::Delete, taskId, title,
               upstream ? QCoreApplication::translate("OperatorActions", "also upstream")
                        : QCoreApplication::translate("OperatorActions", "here only"),
               r.error);
        answer(r);
    });
}

void OperatorActions::setHidden(const QString &taskId, bool hidden, const QObject *context, Callback<Done> done)
{
    auto answer = bindTo(context, std::move(done));
    m_tasks.store().update(taskId, {{QStringLiteral("hidden"), hidden ? 1 : 0}}, this,
                           [this, taskId, hidden, title = titleOf(taskId), answer](const Outcome<Done> &r) {
                               record(hidden ? AuditAction::Hide : AuditAction::Unhide, taskId, title, {}, r.error);
                               answer(r);
                           });
}

} // namespace agentdesk
