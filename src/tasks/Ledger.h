#pragma once

#include "base/Clock.h"
#include "domain/Budget.h"
#include "domain/Cost.h"
#include "domain/Outcome.h"
#include "domain/Task.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>

namespace agentdesk {

class LedgerStore;
class TaskStore;

// What tasks cost and what budgets allow (docs/providers.md, "Cost"). The figures are
// the tasks' own (each provider's report, exact or estimated); dollars come from the
// price table: the operator's prices over documented defaults.
class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(agentdesk::Ledger)
public:
    Ledger(TaskStore &tasks, LedgerStore &store, const Clock &clock = Clock::system());

    static QList<Price> defaultPrices();
    QList<Price> prices() const; // unreadable stored prices: the defaults
    // {"amount", "unit", "usd" (or null), "exact"}, or null when the provider reports nothing.
    static QJsonValue costJson(const Task &task, const QList<Price> &prices);

    // Where a budget stands now.
    struct Standing {
        Budget budget;
        double spent = 0;
        int tasks = 0; // tasks counted in the period
        QDateTime periodStart;
        QDateTime resetsAt;
        double fraction() const { return budget.amount > 0 ? spent / budget.amount : 1; }
        bool reached() const { return spent >= budget.amount; }
    };
    Outcome<QList<Standing>> standings() const;
    // A new task on this account: refused (Error::budget, exit code 7) when a block or
    // stop budget that covers the account is spent; says which, how much and when it
    // resets.
    Error allowsNewTask(const QString &account) const;
    // What is left of the tightest budget in `unit` that covers the account (for Devin's
    // max_acu_limit); nothing when no budget counts in that unit.
    std::optional<double> leftIn(const QString &account, const QString &unit) const;

    static QString describe(const Standing &s);

private:
    Outcome<Standing> standing(const Budget &budget, const QList<Task> &tasks, const QList<Price> &prices) const;

    TaskStore &m_tasks;
    LedgerStore &m_store;
    const Clock &m_clock;
};

} // namespace agentdesk
