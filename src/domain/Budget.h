#pragma once

#include "Cost.h"
#include "ProviderId.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace agentdesk {

// A spending limit over a period, for one account or for all of them (docs/providers.md,
// "Cost"). What is spent in the period is summed from the tasks created in it.
struct Budget {
    enum class Period { Day, Week, Month };
    // warn: notify at 80 % and 100 %; block: refuse new tasks once spent; stop: block,
    // and cancel running tasks upstream where the provider can.
    enum class OnLimit { Warn, Block, Stop };

    QString account; // empty: every account (the overall budget)
    double amount = 0;
    QString unit; // "usd" or the account's own unit (acu, tasks, …)
    Period period = Period::Month;
    OnLimit onLimit = OnLimit::Block;

    QString scope() const; // "all" or "account:NAME"
    static std::optional<Budget> fromScope(const QString &scope);
    // The start of the period that holds `now` (local calendar: days, ISO weeks, months)
    // and the moment it resets.
    QDateTime periodStart(const QDateTime &now) const;
    QDateTime resetsAt(const QDateTime &now) const;
    QJsonObject toJson() const;
};

QString periodKey(Budget::Period p);
std::optional<Budget::Period> periodFromKey(const QString &key);
QString onLimitKey(Budget::OnLimit o);
std::optional<Budget::OnLimit> onLimitFromKey(const QString &key);

// A price the operator (or a documented default) set: USD per unit for a provider.
struct Price {
    ProviderId provider = ProviderId::Jules;
    QString unit;
    double usd = 0;
    QString source; // "default: <where it was published, when>" or "set by the operator"
};

// The cost in dollars when the table has a price for its provider and unit.
std::optional<double> usdFor(ProviderId provider, const TaskCost &cost, const QList<Price> &prices);
// "3.2 ACU ($7.20)", "2 premium requests ($0.08), estimated", for people.
QString describeCost(ProviderId provider, const TaskCost &cost, const QList<Price> &prices);

} // namespace agentdesk
