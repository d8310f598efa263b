#include "Ledger.h"

#include "storage/LedgerStore.h"
#include "storage/TaskStore.h"

#include <QJsonObject>
#include <QLocale>

namespace agentdesk {

Ledger::Ledger(TaskStore &tasks, LedgerStore &store, const Clock &clock)
    : m_tasks(tasks), m_store(store), m_clock(clock)
{ }

QList<Price> Ledger::defaultPrices()
{
    // Each with where it was published; docs/providers.md keeps the same list.
    return {
        {ProviderId::Devin, costunit::acu, 2.25, tr("default: Devin Core plan, $2.25 per ACU (Cognition pricing)")},
        {ProviderId::Copilot, costunit::premiumRequests, 0.04,
         tr("default: GitHub, $0.04 per premium request beyond the plan (GitHub billing docs)")},
        {ProviderId::Copilot, costunit::credits, 0.01,
         tr("default: GitHub AI Credits, $0.01 each since 2026-06-01 (GitHub billing docs)")},
    };
}

QList<Price> Ledger::prices() const
{
    QList<Price> out = defaultPrices();
    const Outcome<QList<Price>> stored = m_store.storedPrices();
    for (const Price &p : stored.value) {
        auto same = [&p](const Price &d) { return d.provider == p.provider && d.unit == p.unit; };
        out.erase(std::remove_if(out.begin(), out.end(), same), out.end());
        out << p;
    }
    return out;
}

QJsonValue Ledger::costJson(const Task &task, const QList<Price> &prices)
{
    if (!task.result.cost)
        return QJsonValue::Null;
    const TaskCost &c = *task.result.cost;
    const std::optional<double> usd = usdFor(task.provider, c, prices);
    return QJsonObject{{QStringLiteral("amount"), c.amount},
                       {QStringLiteral("unit"), c.unit},
                       {QStringLiteral("usd"), usd ? QJsonValue(*usd) : QJsonValue::Null},
                       {QStringLiteral("exact"), c.exact}};
}

namespace {

// What one task counts against a budget in `unit`: its dollars, its own figure in that
// unit, or one task (a "tasks" budget counts every task, reported or not).
double spentBy(const Task &t, const QString &unit, const QList<Price> &prices)
{
    if (unit == costunit::tasks)
        return 1;
    if (!t.result.cost)
        return 0;
    if (unit == costunit::usd)
        return usdFor(t.provider, *t.result.cost, prices).value_or(0);
    return t.result.cost->unit == unit ? t.result.cost->amount : 0;
}

} // namespace

Outcome<Ledger::Standing> Ledger::standing(const Budget &budget, const QList<Task> &tasks,
                                           const QList<Price> &prices) const
{
    Standing s;
    s.budget = budget;
    const QDateTime now = m_clock.now();
    s.periodStart = budget.periodStart(now);
    s.resetsAt = budget.resetsAt(now);
    for (const Task &t : tasks) {
        if ((!budget.account.isEmpty() && t.account != budget.account) || t.createdAt < s.periodStart)
            continue;
        ++s.tasks;
        s.spent += spentBy(t, budget.unit, prices);
    }
    return {s, {}};
}

Outcome<QList<Ledger::Standing>> Ledger::standings() const
{
    const Outcome<QList<Budget>> budgets = m_store.budgets();
    if (!budgets.ok())
        return {{}, budgets.error};
    if (budgets.value.isEmpty())
        return {};
    const Outcome<QList<Task>> tasks = m_tasks.list({});
    if (!tasks.ok())
        return {{}, tasks.error};
    const QList<Price> known = prices();
    QList<Standing> out;
    for (const Budget &b : budgets.value) {
        const Outcome<Standing> s = standing(b, tasks.value, known);
        if (!s.ok())
            return {{}, s.error};
        out << s.value;
    }
    return {out, {}};
}

QString Ledger::describe(const Standing &s)
{
    const QString scope = s.budget.account.isEmpty() ? tr("the overall budget")
                                                     : tr("the budget of account \"%1\"").arg(s.budget.account);
    return tr("%1 (%2 a %3, on limit: %4): %5 spent since %6; it resets %7")
        .arg(scope, costunit::describe(s.budget.amount, s.budget.unit), periodKey(s.budget.period),
             onLimitKey(s.budget.onLimit), costunit::describe(s.spent, s.budget.unit),
             QLocale().toString(s.periodStart.toLocalTime(), QLocale::ShortFormat),
             QLocale().toString(s.resetsAt.toLocalTime(), QLocale::ShortFormat));
}

Error Ledger::allowsNewTask(const QString &account) const
{
    const Outcome<QList<Standing>> all = standings();
    if (!all.ok())
        return all.error;
    for (const Standing &s : all.value) {
        if (s.budget.onLimit == Budget::OnLimit::Warn || !s.reached())
            continue;
        if (!s.budget.account.isEmpty() && s.budget.account != account)
            continue;
        return Error::budget(tr("Refused by %1. Nothing was sent. Raise it with `agentdeskctl budget set` or wait "
                                "for the reset.")
                                 .arg(describe(s)));
    }
    return {};
}

std::optional<double> Ledger::leftIn(const QString &account, const QString &unit) const
{
    const Outcome<QList<Standing>> all = standings();
    std::optional<double> left;
    for (const Standing &s : all.value) {
        if (s.budget.unit != unit || s.budget.onLimit == Budget::OnLimit::Warn)
            continue;
        if (!s.budget.account.isEmpty() && s.budget.account != account)
            continue;
        const double here = std::max(0.0, s.budget.amount - s.spent);
        left = left ? std::min(*left, here) : here;
    }
    return left;
}

} // namespace agentdesk
