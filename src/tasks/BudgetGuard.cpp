#include "BudgetGuard.h"

#include "Ledger.h"
#include "TaskService.h"
#include "storage/LedgerStore.h"
#include "storage/TaskStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBudgetGuard, "agentdesk.ledger")

namespace agentdesk {

BudgetGuard::BudgetGuard(TaskStore &tasks, LedgerStore &budgets, Ledger &ledger, TaskService &service, QObject *parent)
    : QObject(parent), m_tasks(tasks), m_budgets(budgets), m_ledger(ledger), m_service(service)
{
    connect(&m_tasks, &TaskStore::taskChanged, this, &BudgetGuard::check);
    m_thresholds.setSingleShot(true);
    m_thresholds.setInterval(1000);
    connect(&m_thresholds, &QTimer::timeout, this, &BudgetGuard::checkThresholds);
    // One look a second at most, however many tasks change meanwhile.
    auto lookSoon = [this] {
        if (!m_thresholds.isActive())
            m_thresholds.start();
    };
    connect(&m_tasks, &TaskStore::taskChanged, &m_thresholds, lookSoon);
    connect(&m_tasks, &TaskStore::taskAdded, &m_thresholds, lookSoon);
}

void BudgetGuard::checkThresholds()
{
    const Outcome<QList<Ledger::Standing>> standings = m_ledger.standings();
    for (const Ledger::Standing &s : standings.value) {
        const int percent = s.fraction() >= 1 ? 100 : s.fraction() >= 0.8 ? 80 : 0;
        if (percent == 0)
            continue;
        const QString key = s.budget.scope() + QLatin1Char('|') + s.periodStart.toString(Qt::ISODate) + QLatin1Char('|')
                            + QString::number(percent);
        if (m_announced.contains(key))
            continue;
        m_announced.insert(key);
        if (percent == 100) // reaching the limit says all 80 % would
            m_announced.insert(s.budget.scope() + QLatin1Char('|') + s.periodStart.toString(Qt::ISODate)
                               + QStringLiteral("|80"));
        Q_EMIT budgetReached(s.budget.scope(), percent, Ledger::describe(s));
    }
}

void BudgetGuard::check(const QString &taskId)
{
    if (m_handled.contains(taskId))
        return;
    // Cheap first: most databases have no stop budget at all.
    const Outcome<QList<Budget>> budgets = m_budgets.budgets();
    const bool anyStop = std::any_of(budgets.value.cbegin(), budgets.value.cend(),
                                     [](const Budget &b) { return b.onLimit == Budget::OnLimit::Stop; });
    if (!anyStop)
        return;
    const std::optional<Task> task = m_tasks.task(taskId);
    if (!task || isTerminal(task->status) || task->externalId.isEmpty() || task->goneAt.isValid())
        return;
    const Outcome<QList<Ledger::Standing>> standings = m_ledger.standings();
    for (const Ledger::Standing &s : standings.value) {
        if (s.budget.onLimit != Budget::OnLimit::Stop || !s.reached())
            continue;
        if (!s.budget.account.isEmpty() && s.budget.account != task->account)
            continue;
        m_handled.insert(taskId);
        const QString why = Ledger::describe(s);
        const QString cannot = m_service.whyNot(*task, Operation::Cancel);
        if (!cannot.isEmpty()) {
            qCWarning(lcBudgetGuard).noquote() << "spent stop budget cannot stop" << taskId << ":" << cannot;
            Q_EMIT cannotStop(taskId, cannot);
            return;
        }
        qCInfo(lcBudgetGuard).noquote() << "spent stop budget: cancelling" << taskId << "-" << why;
        m_service.cancel(taskId, this, [this, taskId, why](const Outcome<Task> &r) {
            if (!r.ok()) {
                qCWarning(lcBudgetGuard).noquote() << "could not cancel" << taskId << ":" << r.error.message;
                Q_EMIT cannotStop(taskId, r.error.message);
                return;
            }
            Q_EMIT stopped(taskId, why);
        });
        return;
    }
}

} // namespace agentdesk
