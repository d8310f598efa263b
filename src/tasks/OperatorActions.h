#pragma once

#include "domain/Outcome.h"
#include "domain/Task.h"
#include "domain/TaskValidation.h"
#include "storage/AuditLog.h"

#include <QObject>

namespace agentdesk {

class TaskService;

// What an operator does to tasks from the window or the command line, each recorded in
// the audit trail with how it went — in one place, so both surfaces say the same.
// Background sync and the worker use TaskService directly and are not audited.
class OperatorActions : public QObject
{
    Q_OBJECT
public:
    OperatorActions(TaskService &tasks, AuditLog &audit, QObject *parent = nullptr);

    void create(const NewTask &input, const QObject *context, Callback<Task> done);
    void approvePlan(const QString &taskId, const QObject *context, Callback<Task> done);
    void sendMessage(const QString &taskId, const QString &text, const QObject *context, Callback<Task> done);
    void cancel(const QString &taskId, const QObject *context, Callback<Task> done);
    void remove(const QString &taskId, bool upstream, const QObject *context, Callback<Done> done);
    void setHidden(const QString &taskId, bool hidden, const QObject *context, Callback<Done> done);
    // Actions that are not about one task (sign-in, the worker, accounts).
    void note(AuditAction action, const QString &target, const QString &detail, const Error &outcome = {});
    // An action on a task taken elsewhere (a send back to the agent), named with its title.
    void noteTask(AuditAction action, const QString &taskId, const QString &detail, const Error &outcome = {});

    AuditLog &audit() const { return m_audit; }

private:
    QString titleOf(const QString &taskId) const;
    void record(AuditAction action, const QString &taskId, const QString &title, const QString &detail,
                const Error &outcome);

    TaskService &m_tasks;
    AuditLog &m_audit;
};

} // namespace agentdesk
