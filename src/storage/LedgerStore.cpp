#include "LedgerStore.h"

#include "domain/Timestamps.h"

#include <QSqlQuery>

namespace agentdesk {

LedgerStore::LedgerStore(Database &db, const Clock &clock, QObject *parent) : Store(db, parent), m_clock(clock) { }

Outcome<QList<Price>> LedgerStore::storedPrices() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT provider, unit, usd, set_at FROM prices ORDER BY provider, unit"));
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    QList<Price> out;
    while (q.next()) {
        const auto provider = providerFromKey(q.value(0).toString());
        if (!provider)
            continue;
        out << Price{*provider, q.value(1).toString(), q.value(2).toDouble(),
                     tr("set by the operator on %1").arg(q.value(3).toString().left(10))};
    }
    return {out, {}};
}

Error LedgerStore::setPrice(const Price &price)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO prices (provider, unit, usd, set_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(providerKey(price.provider));
    q.addBindValue(price.unit);
    q.addBindValue(price.usd);
    q.addBindValue(toIso(m_clock.now()));
    Error error;
    execPrepared(q, &error);
    return error;
}

Outcome<QList<Budget>> LedgerStore::budgets() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT scope, amount, unit, period, on_limit FROM budgets ORDER BY scope"));
    Error error;
    if (!execPrepared(q, &error))
        return {{}, error};
    QList<Budget> out;
    while (q.next()) {
        std::optional<Budget> b = Budget::fromScope(q.value(0).toString());
        const auto period = periodFromKey(q.value(3).toString());
        const auto onLimit = onLimitFromKey(q.value(4).toString());
        if (!b || !period || !onLimit)
            continue; // written by a newer version: not ours to guess
        b->amount = q.value(1).toDouble();
        b->unit = q.value(2).toString();
        b->period = *period;
        b->onLimit = *onLimit;
        out << *b;
    }
    return {out, {}};
}

Error LedgerStore::setBudget(const Budget &budget)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO budgets (scope, amount, unit, period, on_limit, set_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(budget.scope());
    q.addBindValue(budget.amount);
    q.addBindValue(budget.unit);
    q.addBindValue(periodKey(budget.period));
    q.addBindValue(onLimitKey(budget.onLimit));
    q.addBindValue(toIso(m_clock.now()));
    Error error;
    execPrepared(q, &error);
    return error;
}

Outcome<bool> LedgerStore::removeBudget(const QString &scope)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("DELETE FROM budgets WHERE scope = ?"));
    q.addBindValue(scope);
    Error error;
    if (!execPrepared(q, &error))
        return {false, error};
    return {q.numRowsAffected() > 0, {}};
}

} // namespace agentdesk
