#include "Cost.h"

#include "base/Translate.h"

#include <QLocale>

namespace agentdesk {

QJsonObject TaskCost::toJson() const
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("unit"), unit}, {QStringLiteral("exact"), exact}};
}

std::optional<TaskCost> TaskCost::fromJson(const QJsonValue &value)
{
    if (value.isDouble())
        return TaskCost{value.toDouble(), costunit::acu, true};
    const QJsonObject o = value.toObject();
    if (!o.value(QLatin1String("amount")).isDouble() || o.value(QLatin1String("unit")).toString().isEmpty())
        return std::nullopt;
    return TaskCost{o.value(QLatin1String("amount")).toDouble(), o.value(QLatin1String("unit")).toString(),
                    o.value(QLatin1String("exact")).toBool(true)};
}

namespace costunit {

bool isKnown(const QString &unit)
{
    return unit == acu || unit == tokens || unit == premiumRequests || unit == credits || unit == tasks || unit == usd;
}

QString describe(double amount, const QString &unit)
{
    const QLocale locale;
    const QString number = locale.toString(amount, 'f', amount == qRound64(amount) ? 0 : 2);
    if (unit == acu)
        return agentdesk::tr("%1 ACU").arg(number);
    if (unit == tokens)
        return agentdesk::tr("%1 tokens").arg(number);
    if (unit == premiumRequests)
        return amount == 1 ? agentdesk::tr("1 premium request") : agentdesk::tr("%1 premium requests").arg(number);
    if (unit == credits)
        return agentdesk::tr("%1 credits").arg(number);
    if (unit == tasks)
        return amount == 1 ? agentdesk::tr("1 task") : agentdesk::tr("%1 tasks").arg(number);
    if (unit == usd)
        return QStringLiteral("$") + locale.toString(amount, 'f', 2);
    return number + QLatin1Char(' ') + unit;
}

} // namespace costunit
} // namespace agentdesk
