#include "Budget.h"

#include "base/Translate.h"

namespace agentdesk {

QString Budget::scope() const
{
    return account.isEmpty() ? QStringLiteral("all") : QStringLiteral("account:") + account;
}

std::optional<Budget> Budget::fromScope(const QString &scope)
{
    Budget b;
    if (scope == QLatin1String("all"))
        return b;
    if (!scope.startsWith(QLatin1String("account:")) || scope.size() <= 8)
        return std::nullopt;
    b.account = scope.mid(8);
    return b;
}

QDateTime Budget::periodStart(const QDateTime &now) const
{
    const QDateTime local = now.toLocalTime();
    QDate day = local.date();
    if (period == Period::Week)
        day = day.addDays(1 - day.dayOfWeek());
    else if (period == Period::Month)
        day = QDate(day.year(), day.month(), 1);
    return QDateTime(day, QTime(0, 0)).toUTC();
}

QDateTime Budget::resetsAt(const QDateTime &now) const
{
    const QDate start = periodStart(now).toLocalTime().date();
    const QDate next = period == Period::Day    ? start.addDays(1)
                       : period == Period::Week ? start.addDays(7)
                                                : start.addMonths(1);
    return QDateTime(next, QTime(0, 0)).toUTC();
}

QJsonObject Budget::toJson() const
{
    return {{QStringLiteral("scope"), account.isEmpty() ? QStringLiteral("all") : account},
            {QStringLiteral("limit"), amount},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("period"), periodKey(period)},
            {QStringLiteral("onLimit"), onLimitKey(onLimit)}};
}

QString periodKey(Budget::Period p)
{
    switch (p) {
    case Budget::Period::Day: return QStringLiteral("day");
    case Budget::Period::Week: return QStringLiteral("week");
    case Budget::Period::Month: return QStringLiteral("month");
    }
    return QStringLiteral("month");
}

std::optional<Budget::Period> periodFromKey(const QString &key)
{
    for (auto p : {Budget::Period::Day, Budget::Period::Week, Budget::Period::Month})
        if (periodKey(p) == key)
            return p;
    return std::nullopt;
}

QString onLimitKey(Budget::OnLimit o)
{
    switch (o) {
    case Budget::OnLimit::Warn: return QStringLiteral("warn");
    case Budget::OnLimit::Block: return QStringLiteral("block");
    case Budget::OnLimit::Stop: return QStringLiteral("stop");
    }
    return QStringLiteral("block");
}

std::optional<Budget::OnLimit> onLimitFromKey(const QString &key)
{
    for (auto o : {Budget::OnLimit::Warn, Budget::OnLimit::Block, Budget::OnLimit::Stop})
        if (onLimitKey(o) == key)
            return o;
    return std::nullopt;
}

std::optional<double> usdFor(ProviderId provider, const TaskCost &cost, const QList<Price> &prices)
{
    if (cost.unit == costunit::usd)
        return cost.amount;
    for (const Price &p : prices)
        if (p.provider == provider && p.unit == cost.unit)
            return cost.amount * p.usd;
    return std::nullopt;
}

QString describeCost(ProviderId provider, const TaskCost &cost, const QList<Price> &prices)
{
    QString text = costunit::describe(cost.amount, cost.unit);
    if (const auto usd = usdFor(provider, cost, prices); usd && cost.unit != costunit::usd)
        text += QStringLiteral(" (") + costunit::describe(*usd, costunit::usd) + QLatin1Char(')');
    if (!cost.exact)
        text += agentdesk::tr(", estimated");
    return text;
}

} // namespace agentdesk
