#pragma once

#include "accounts/CredentialResolver.h"
#include "providers/ProviderRegistry.h"
#include "storage/AccountStore.h"
#include "storage/TaskStore.h"
#include "tasks/TaskService.h"

namespace agentdesk {

// The parts every context that works on tasks needs, built in dependency order (and
// torn down in the reverse): the task and account stores, the provider adapters, the
// account keys, and the task operations. The main thread's CoreContext and the worker
// thread's WorkerContext each have one, over their own connections.
struct TaskStack {
    TaskStack(Database &db, SecretStore &secrets, HttpClient &http, const Clock &clock)
        : tasks(db), accounts(db, clock), providers(http), credentials(accounts, secrets),
          service(tasks, credentials, providers, clock)
    { }
    TaskStack(const TaskStack &) = delete;
    TaskStack &operator=(const TaskStack &) = delete;

    TaskStore tasks;
    AccountStore accounts;
    ProviderRegistry providers;
    CredentialResolver credentials;
    TaskService service;
};

} // namespace agentdesk
