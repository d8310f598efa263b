// agentdeskctl cost, budget …, price …: the cost ledger on the command line.
#include "Cli.h"
#include "CommandRun.h"
#include "TerminalText.h"

#include "app/CoreContext.h"
#include "domain/CsvWriter.h"
#include "domain/Timestamps.h"
#include "storage/LedgerStore.h"
#include "tasks/Ledger.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>

namespace agentdesk {

namespace {

// One row of `cost`: a task, an account, a provider or a day, with its totals per unit
// and in dollars (where every figure in it has a price).
struct CostRow {
    QString key;
    int tasks = 0;
    int reported = 0; // tasks with a figure
    int estimated = 0;
    QMap<QString, double> amounts; // by unit
    double usd = 0;
    int unpriced = 0; // figures without a price: usd leaves them out
};

QString rowKey(const Task &t, const QString &by)
{
    if (by == QLatin1String("account"))
        return t.account;
    if (by == QLatin1String("provider"))
        return providerKey(t.provider);
    if (by == QLatin1String("day"))
        return t.createdAt.toLocalTime().date().toString(Qt::ISODate);
    return t.id;
}

void add(CostRow &row, const Task &t, const QList<Price> &prices)
{
    ++row.tasks;
    if (!t.result.cost)
        return;
    const TaskCost &c = *t.result.cost;
    ++row.reported;
    row.estimated += c.exact ? 0 : 1;
    row.amounts[c.unit] += c.amount;
    if (const auto usd = usdFor(t.provider, c, prices))
        row.usd += *usd;
    else
        ++row.unpriced;
}

QJsonObject rowJson(const CostRow &r, const QString &by)
{
    QJsonObject amounts;
    for (auto it = r.amounts.cbegin(); it != r.amounts.cend(); ++it)
        amounts.insert(it.key(), it.value());
    return {{by, r.key},
            {QStringLiteral("tasks"), r.tasks},
            {QStringLiteral("reported"), r.reported},
            {QStringLiteral("estimated"), r.estimated},
            {QStringLiteral("amounts"), amounts},
            {QStringLiteral("usd"), r.usd},
            {QStringLiteral("unpriced"), r.unpriced}};
}

QString amountsText(const CostRow &r)
{
    QStringList parts;
    for (auto it = r.amounts.cbegin(); it != r.amounts.cend(); ++it)
        parts << costunit::describe(it.value(), it.key());
    return parts.isEmpty() ? Cli::tr("not reported") : parts.join(QStringLiteral(", "));
}

void printCost(CommandRun &run, const QList<CostRow> &rows, const CostRow &total, const QString &by, bool csv)
{
    if (run.json()) {
        QJsonArray array;
        for (const CostRow &r : rows)
            array.append(rowJson(r, by));
        QJsonObject totals = rowJson(total, by);
        totals.remove(by);
        run.out() << QJsonDocument(QJsonObject{{QStringLiteral("by"), by},
                                               {QStringLiteral("rows"), array},
                                               {QStringLiteral("total"), totals}})
                         .toJson(QJsonDocument::Indented);
        return;
    }
    if (csv) {
        CsvWriter out({by, QStringLiteral("tasks"), QStringLiteral("reported"), QStringLiteral("estimated"),
                       QStringLiteral("amounts"), QStringLiteral("usd"), QStringLiteral("unpriced")});
        for (const CostRow &r : rows)
            out.addRow({r.key, QString::number(r.tasks), QString::number(r.reported), QString::number(r.estimated),
                        amountsText(r), QString::number(r.usd, 'f', 2), QString::number(r.unpriced)});
        run.out() << out.data();
        return;
    }
    for (const CostRow &r : rows)
        run.out() << terminal::column(terminal::line(r.key), 40)
                  << terminal::column(costunit::describe(r.usd, costunit::usd), 12) << amountsText(r)
                  << (r.estimated ? Cli::tr("  (%n estimated)", nullptr, r.estimated) : QString()) << '\n';
    run.out() << Cli::tr("Total: %1 over %n task(s) (%2)", nullptr, total.tasks)
                     .arg(costunit::describe(total.usd, costunit::usd), amountsText(total))
              << '\n';
    if (total.unpriced)
        run.out() << Cli::tr("%n figure(s) have no price and are not in the dollar total; set one with "
                             "`agentdeskctl price set`.",
                             nullptr, total.unpriced)
                  << '\n';
}

void cost(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption account(QStringLiteral("account"), Cli::tr("Only this account."), QStringLiteral("NAME"));
    const QCommandLineOption provider(QStringLiteral("provider"), Cli::tr("Only this provider."), QStringLiteral("P"));
    const QCommandLineOption since(QStringLiteral("since"), Cli::tr("Only tasks created on or after this day."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption by(QStringLiteral("by"), Cli::tr("One row per task (default), account, provider or day."),
                                QStringLiteral("task|account|provider|day"), QStringLiteral("task"));
    const QCommandLineOption csv(QStringLiteral("csv"), Cli::tr("Print CSV."));
    p.addOptions({account, provider, since, by, CommandRun::jsonOption(), csv});
    if (!run.parse(p, args) || !run.expectArguments(p, 0, Cli::tr("cost takes options only.")))
        return;
    const QString grouping = p.value(by);
    if (!QStringList{QStringLiteral("task"), QStringLiteral("account"), QStringLiteral("provider"),
                     QStringLiteral("day")}
             .contains(grouping))
        return run.fail(Error::usage(Cli::tr("--by takes task, account, provider or day.")));
    TaskQuery query;
    if (p.isSet(provider)) {
        query.provider = providerFromKey(p.value(provider));
        if (!query.provider)
            return run.fail(Error::usage(Cli::tr("Unknown provider \"%1\".").arg(p.value(provider))));
    }
    query.account = p.value(account);
    QDateTime from;
    if (p.isSet(since)) {
        const QDate day = QDate::fromString(p.value(since), Qt::ISODate);
        if (!day.isValid())
            return run.fail(Error::usage(Cli::tr("--since takes a day as YYYY-MM-DD.")));
        from = QDateTime(day, QTime(0, 0)).toUTC();
    }
    if (!run.openCore())
        return;
    const Outcome<QList<Task>> tasks = run.core().tasks().list(query);
    if (!tasks.ok())
        return run.fail(tasks.error);
    const QList<Price> prices = run.core().ledger().prices();
    QList<CostRow> rows;
    QHash<QString, qsizetype> rowOf;
    CostRow total;
    for (const Task &t : tasks.value) {
        if (from.isValid() && t.createdAt < from)
            continue;
        const QString key = rowKey(t, grouping);
        if (!rowOf.contains(key)) {
            rowOf.insert(key, rows.size());
            CostRow row;
            row.key = key;
            rows.append(row);
        }
        add(rows[rowOf.value(key)], t, prices);
        add(total, t, prices);
    }
    printCost(run, rows, total, grouping, p.isSet(csv));
    run.finish(0);
}

std::optional<double> positiveNumber(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= 0) || value > 1e12)
        return std::nullopt;
    return value;
}

void budgetSet(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("The overall budget, across every account."));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("The limit."), QStringLiteral("N"));
    const QCommandLineOption unit(QStringLiteral("unit"),
                                  Cli::tr("usd, or the account's unit: acu, tokens, premium_requests, credits, tasks."),
                                  QStringLiteral("U"));
    const QCommandLineOption period(QStringLiteral("period"), Cli::tr("day, week or month."), QStringLiteral("P"));
    const QCommandLineOption onLimit(QStringLiteral("on-limit"),
                                     Cli::tr("warn, block (refuse new tasks; the default) or stop (block, and cancel "
                                             "running tasks where the provider can)."),
                                     QStringLiteral("warn|block|stop"), QStringLiteral("block"));
    p.addOptions({all, limit, unit, period, onLimit});
    p.addPositionalArgument(QStringLiteral("NAME"), Cli::tr("The account."), QStringLiteral("[NAME]"));
    if (!run.parse(p, args))
        return;
    if (p.isSet(all) == (p.positionalArguments().size() == 1) || p.positionalArguments().size() > 1)
        return run.fail(Error::usage(Cli::tr("budget set takes an account NAME or --all.")));
    Budget b;
    const std::optional<double> amount = positiveNumber(p.value(limit));
    if (!p.isSet(limit) || !amount)
        return run.fail(Error::usage(Cli::tr("budget set needs --limit with a number of 0 or more.")));
    b.amount = *amount;
    b.unit = p.value(unit);
    if (!costunit::isKnown(b.unit))
        return run.fail(
            Error::usage(Cli::tr("budget set needs --unit: usd, acu, tokens, premium_requests, credits or tasks.")));
    const auto per = periodFromKey(p.value(period));
    if (!per)
        return run.fail(Error::usage(Cli::tr("budget set needs --period day, week or month.")));
    b.period = *per;
    const auto what = onLimitFromKey(p.value(onLimit));
    if (!what)
        return run.fail(Error::usage(Cli::tr("--on-limit takes warn, block or stop.")));
    b.onLimit = *what;
    if (!p.isSet(all))
        b.account = p.positionalArguments().first();
    if (!run.openCore())
        return;
    if (!b.account.isEmpty()) {
        const Outcome<std::optional<Account>> found = run.core().accounts().find(b.account);
        if (!found.ok())
            return run.fail(found.error);
        if (!found.value)
            return run.fail(Error::notFound(
                Cli::tr("No account named \"%1\". `agentdeskctl account list` shows the accounts.").arg(b.account)));
    }
    if (const Error e = run.core().ledgerStore().setBudget(b))
        return run.fail(e);
    run.core().actions().note(AuditAction::BudgetSet, b.scope(),
                              QStringLiteral("%1 %2 a %3, %4")
                                  .arg(QString::number(b.amount), b.unit, periodKey(b.period), onLimitKey(b.onLimit)));
    run.out() << Cli::tr("Budget set: %1 a %2 for %3; on limit: %4.")
                     .arg(costunit::describe(b.amount, b.unit), periodKey(b.period),
                          b.account.isEmpty() ? Cli::tr("all accounts") : b.account, onLimitKey(b.onLimit))
              << '\n';
    run.finish(0);
}

void budgetList(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CommandRun::jsonOption());
    if (!run.parse(p, args) || !run.expectArguments(p, 0, Cli::tr("budget list takes no arguments."))
        || !run.openCore())
        return;
    const Outcome<QList<Ledger::Standing>> all = run.core().ledger().standings();
    if (!all.ok())
        return run.fail(all.error);
    if (run.json()) {
        QJsonArray array;
        for (const Ledger::Standing &s : all.value) {
            QJsonObject o = s.budget.toJson();
            o.insert(QStringLiteral("spent"), s.spent);
            o.insert(QStringLiteral("tasks"), s.tasks);
            o.insert(QStringLiteral("reached"), s.reached());
            o.insert(QStringLiteral("periodStart"), toIso(s.periodStart));
            o.insert(QStringLiteral("resetsAt"), toIso(s.resetsAt));
            array.append(o);
        }
        run.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (all.value.isEmpty()) {
        run.out() << Cli::tr("No budgets. `agentdeskctl budget set` adds one.") << '\n';
    } else {
        for (const Ledger::Standing &s : all.value)
            run.out() << (s.reached() ? QStringLiteral("! ") : QStringLiteral("  ")) << Ledger::describe(s) << '\n';
    }
    run.finish(0);
}

void budgetRemove(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("The overall budget."));
    p.addOption(all);
    p.addPositionalArgument(QStringLiteral("NAME"), Cli::tr("The account."), QStringLiteral("[NAME]"));
    if (!run.parse(p, args))
        return;
    if (p.isSet(all) == (p.positionalArguments().size() == 1) || p.positionalArguments().size() > 1)
        return run.fail(Error::usage(Cli::tr("budget remove takes an account NAME or --all.")));
    if (!run.openCore())
        return;
    Budget b;
    if (!p.isSet(all))
        b.account = p.positionalArguments().first();
    const Outcome<bool> removed = run.core().ledgerStore().removeBudget(b.scope());
    if (!removed.ok())
        return run.fail(removed.error);
    if (!removed.value)
        return run.fail(Error::notFound(
            Cli::tr("No budget for %1.").arg(b.account.isEmpty() ? Cli::tr("all accounts") : b.account)));
    run.core().actions().note(AuditAction::BudgetRemove, b.scope(), {});
    run.out() << Cli::tr("Budget removed.") << '\n';
    run.finish(0);
}

void priceSet(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption unit(QStringLiteral("unit"), Cli::tr("acu, tokens, premium_requests, credits or tasks."),
                                  QStringLiteral("U"));
    const QCommandLineOption usd(QStringLiteral("usd"), Cli::tr("Dollars per unit."), QStringLiteral("X"));
    p.addOptions({unit, usd});
    p.addPositionalArgument(QStringLiteral("PROVIDER"), Cli::tr("jules, devin, codex-cloud, cursor-cloud, copilot"));
    if (!run.parse(p, args) || !run.expectArguments(p, 1, Cli::tr("price set takes one PROVIDER.")))
        return;
    const auto provider = providerFromKey(p.positionalArguments().first());
    if (!provider)
        return run.fail(Error::usage(Cli::tr("Unknown provider \"%1\".").arg(p.positionalArguments().first())));
    const QString u = p.value(unit);
    if (!costunit::isKnown(u) || u == costunit::usd)
        return run.fail(
            Error::usage(Cli::tr("price set needs --unit: acu, tokens, premium_requests, credits or tasks.")));
    const std::optional<double> dollars = positiveNumber(p.value(usd));
    if (!p.isSet(usd) || !dollars)
        return run.fail(Error::usage(Cli::tr("price set needs --usd with a number of 0 or more.")));
    if (!run.openCore())
        return;
    if (const Error e = run.core().ledgerStore().setPrice(Price{*provider, u, *dollars, {}}))
        return run.fail(e);
    run.out() << Cli::tr("Price set: %1 per %2 for %3.")
                     .arg(costunit::describe(*dollars, costunit::usd), u, providerDisplayName(*provider))
              << '\n';
    run.finish(0);
}

void priceList(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CommandRun::jsonOption());
    if (!run.parse(p, args) || !run.expectArguments(p, 0, Cli::tr("price list takes no arguments.")) || !run.openCore())
        return;
    const QList<Price> prices = run.core().ledger().prices();
    if (run.json()) {
        QJsonArray array;
        for (const Price &pr : prices)
            array.append(QJsonObject{{QStringLiteral("provider"), providerKey(pr.provider)},
                                     {QStringLiteral("unit"), pr.unit},
                                     {QStringLiteral("usd"), pr.usd},
                                     {QStringLiteral("source"), pr.source}});
        run.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const Price &pr : prices)
            run.out() << terminal::column(providerKey(pr.provider), 14) << terminal::column(pr.unit, 18)
                      << terminal::column(costunit::describe(pr.usd, costunit::usd), 10) << pr.source << '\n';
    }
    run.finish(0);
}

} // namespace

QList<Command> costCommands()
{
    return {
        {QStringLiteral("cost"), QString(),
         QStringLiteral("[--account NAME] [--provider P] [--since YYYY-MM-DD] [--by task|account|provider|day] "
                        "[--json | --csv]"),
         QStringLiteral("What tasks cost: each provider's own figure (exact or estimated) and dollars where a price "
                        "is known."),
         &cost},
        {QStringLiteral("budget"), QStringLiteral("set"),
         QStringLiteral("NAME|--all --limit N --unit U --period day|week|month [--on-limit warn|block|stop]"),
         QStringLiteral("Set a spending budget for an account or for all of them."), &budgetSet},
        {QStringLiteral("budget"), QStringLiteral("list"), QStringLiteral("[--json]"),
         QStringLiteral("The budgets and what has been spent in their period."), &budgetList},
        {QStringLiteral("budget"), QStringLiteral("remove"), QStringLiteral("NAME|--all"),
         QStringLiteral("Remove a budget."), &budgetRemove},
        {QStringLiteral("price"), QStringLiteral("set"), QStringLiteral("PROVIDER --unit U --usd X"),
         QStringLiteral("Set the price of a provider's unit in the price table."), &priceSet},
        {QStringLiteral("price"), QStringLiteral("list"), QStringLiteral("[--json]"),
         QStringLiteral("The price table: the operator's prices and the documented defaults, with their source."),
         &priceList},
    };
}

} // namespace agentdesk
