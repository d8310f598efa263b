#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace agentdesk {

class Ledger;
class LedgerStore;
class TaskService;
class TaskStore;

// Enforces the `stop` budgets: when a task of an account whose stop budget is spent
// changes (a sync, a webhook), its running tasks are cancelled upstream where the
// provider can, once each; where it cannot, the operator is told, once per task. Lives
// in every process that syncs (the window, its worker, the command line).
//
// It also tells when a budget reaches 80 % and 100 % of its limit in its period, once
// each (the window notifies): looked at a second after tasks change, not per change.
class BudgetGuard : public QObject
{
    Q_OBJECT
public:
    BudgetGuard(TaskStore &tasks, LedgerStore &budgets, Ledger &ledger, TaskService &service,
                QObject *parent = nullptr);

Q_SIGNALS:
    // A budget reached `percent` (80 or 100) of its limit in its current period.
    void budgetReached(const QString &scope, int percent, const QString &description);
    // A running task a spent stop budget could not stop: its provider has no cancel.
    void cannotStop(const QString &taskId, const QString &why);
    void stopped(const QString &taskId, const QString &why);

private:
    void check(const QString &taskId);
    void checkThresholds();

    TaskStore &m_tasks;
    LedgerStore &m_budgets;
    Ledger &m_ledger;
    TaskService &m_service;
    QSet<QString> m_handled;   // tasks already cancelled or reported
    QSet<QString> m_announced; // "scope|period start|percent" already told
    QTimer m_thresholds;
};

} // namespace agentdesk
