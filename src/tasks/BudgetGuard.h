#pragma once

#include <QObject>
#include <QSet>

namespace agentdesk {

class Ledger;
class LedgerStore;
class TaskService;
class TaskStore;

// Enforces the `stop` budgets: when a task of an account whose stop budget is spent
// changes (a sync, a webhook), its running tasks are cancelled upstream where the
// provider can, once each; where it cannot, the operator is told, once per task. Lives
// in every process that syncs (the window, its worker, the command line).
class BudgetGuard : public QObject
{
    Q_OBJECT
public:
    BudgetGuard(TaskStore &tasks, LedgerStore &budgets, Ledger &ledger, TaskService &service,
                QObject *parent = nullptr);

Q_SIGNALS:
    // A running task a spent stop budget could not stop: its provider has no cancel.
    void cannotStop(const QString &taskId, const QString &why);
    void stopped(const QString &taskId, const QString &why);

private:
    void check(const QString &taskId);

    TaskStore &m_tasks;
    LedgerStore &m_budgets;
    Ledger &m_ledger;
    TaskService &m_service;
    QSet<QString> m_handled; // tasks already cancelled or reported
};

} // namespace agentdesk
