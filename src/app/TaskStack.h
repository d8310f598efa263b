#pragma once

#include "accounts/CredentialResolver.h"
#include "providers/ProviderRegistry.h"
#include "storage/AccountStore.h"
#include "storage/LedgerStore.h"
#include "storage/TaskStore.h"
#include "tasks/BudgetGuard.h"
#include "tasks/Ledger.h"
#include "tasks/TaskService.h"

namespace agentdesk {

// The parts every context that works on tasks needs, built in dependency order (and
// torn down in the reverse): the task and account stores, the provider adapters, the
// account keys, and the task operations. The main thread's CoreContext and the worker
// thread's WorkerContext each have one, over their own connections.
struct TaskStack {
    TaskStack(Database &db, SecretStore &secrets, HttpClient &http, const Clock &clock)
        : tasks(db), accounts(db, clock), ledgerStore(db, clock), ledger(tasks, ledgerStore, clock), providers(http),
          credentials(accounts, secrets), service(tasks, credentials, providers, clock),
          budgetGuard(tasks, ledgerStore, ledger, service)
    {
        service.setCreateGate([this](ProviderId provider, const QString &account, NewTask &input) {
            return admitByBudget(provider, account, input);
        });
    }
    TaskStack(const TaskStack &) = delete;
    TaskStack &operator=(const TaskStack &) = delete;

    // Budgets decide whether a task may start; a Devin task is given at most the ACUs
    // its budget has left (max_acu_limit).
    Error admitByBudget(ProviderId provider, const QString &account, NewTask &input)
    {
        if (const Error refused = ledger.allowsNewTask(account))
            return refused;
        if (provider != ProviderId::Devin)
            return {};
        const std::optional<double> left = ledger.leftIn(account, costunit::acu);
        if (!left)
            return {};
        const int cap = int(*left);
        if (cap < 1)
            return Error::budget(Ledger::tr("Refused: the ACU budget of account \"%1\" has less than one ACU left. "
                                            "Nothing was sent.")
                                     .arg(account));
        const int asked = input.options.provider.value(QLatin1String("maxAcuLimit")).toInt();
        if (asked <= 0 || asked > cap)
            input.options.provider.insert(QStringLiteral("maxAcuLimit"), cap);
        return {};
    }

    TaskStore tasks;
    AccountStore accounts;
    LedgerStore ledgerStore;
    Ledger ledger;
    ProviderRegistry providers;
    CredentialResolver credentials;
    TaskService service;
    BudgetGuard budgetGuard;
};

} // namespace agentdesk
