#pragma once

#include "Store.h"
#include "base/Clock.h"
#include "domain/Budget.h"

#include <QList>

namespace agentdesk {

// The cost ledger's settings: the operator's price table and the budgets. The figures
// (what each task cost) are in the tasks themselves. Written from the command line and
// read by every process.
class LedgerStore : public Store
{
    Q_OBJECT
public:
    explicit LedgerStore(Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // The operator's prices over the documented defaults (Ledger::defaultPrices).
    Outcome<QList<Price>> storedPrices() const;
    Error setPrice(const Price &price);

    Outcome<QList<Budget>> budgets() const;
    Error setBudget(const Budget &budget);
    // False when there was no such budget.
    Outcome<bool> removeBudget(const QString &scope);

private:
    const Clock &m_clock;
};

} // namespace agentdesk
