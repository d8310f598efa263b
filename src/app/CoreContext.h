#pragma once

#include "TaskStack.h"
#include "accounts/AccountService.h"
#include "auth/OAuthClient.h"
#include "auth/PlatformSession.h"
#include "base/Clock.h"
#include "config/AppPaths.h"
#include "net/HttpClient.h"
#include "net/RequestBudget.h"
#include "secrets/ProfileSecretStore.h"
#include "storage/AuditLog.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/PrRoundStore.h"
#include "storage/WriteQueue.h"
#include "tasks/AccountHealth.h"
#include "tasks/OperatorActions.h"
#include "tasks/PullRequestService.h"
#include "tasks/PullRequestWatcher.h"
#include "tasks/TaskAdoption.h"
#include "tasks/TaskRefresher.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <memory>

namespace agentdesk {

// The composition root: builds every core service once, for the thread that owns it.
// No singletons; GUI, CLI and tests each make their own. The parts are members in
// dependency order, so they are torn down in the reverse without a hand-written list:
// nothing outlives what it uses.
class CoreContext : public QObject
{
    Q_OBJECT
public:
    struct Options {
        AppPaths paths;
        // The keychain service; tests give their own so they never touch the user's
        // entries (AGENTDESK_KEYCHAIN_SERVICE does the same for a whole process).
        QString keychainService = defaultKeychainService();
        std::unique_ptr<SecretStore> secretStore; // null: the OS keychain
        const Clock *clock = nullptr;             // null: the wall clock
        QString actor = QStringLiteral("gui");    // who the audit trail names
        // How the database file is looked at before it opens (see Database::Check).
        Database::Check check = Database::Check::Full;
        // The window: writes go through a queue on a thread of their own (WriteQueue),
        // so the GUI thread never waits on SQLite's lock.
        bool queuedWrites = false;
    };

    explicit CoreContext(Options options, QObject *parent = nullptr);
    ~CoreContext() override;

    // Opens the database (see Database::open) and scopes the keychain to its profile.
    Error open();

    const AppPaths &paths() const { return m_paths; }
    const Clock &clock() const { return m_clock; }
    Database &database() { return m_db; }
    // The full look at the database file, in the background (after a Quick open).
    IntegrityCheck &integrity() { return m_integrity; }
    TaskStore &tasks() { return m_stack.tasks; }
    AccountStore &accounts() { return m_stack.accounts; }
    SecretStore &secrets() { return m_secrets; }
    // The keychain without the profile scope: the worker thread reaches it through this.
    SecretStore &keychain() { return *m_keychain; }
    HttpClient &http() { return m_http; }
    RequestBudget &budget() { return m_budget; }
    ProviderRegistry &providers() { return m_stack.providers; }
    CredentialResolver &credentials() { return m_stack.credentials; }
    TaskService &taskService() { return m_stack.service; }
    Ledger &ledger() { return m_stack.ledger; }
    LedgerStore &ledgerStore() { return m_stack.ledgerStore; }
    BudgetGuard &budgetGuard() { return m_stack.budgetGuard; }
    AccountService &accountService() { return m_accountService; }
    AuditLog &audit() { return m_audit; }
    OperatorActions &actions() { return m_actions; }
    TaskRefresher &refresher() { return m_refresher; }
    PullRequestService &pullRequests() { return m_pullRequests; }
    PullRequestWatcher &pullRequestWatcher() { return m_prWatcher; }
    TaskAdoption &adoption() { return m_adoption; }
    AccountHealth &health() { return m_health; }
    ChangeWatcher &changes() { return m_changes; }
    OAuthClient &oauth() { return m_oauth; }
    PlatformSession &platform() { return m_platform; }

private:
    AppPaths m_paths;
    const Clock &m_clock;
    Database m_db;
    Database::Check m_check;
    bool m_queuedWrites;
    std::unique_ptr<WriteQueue> m_writes; // after the database, before everything that writes
    IntegrityCheck m_integrity;
    std::unique_ptr<SecretStore> m_keychain;
    ProfileSecretStore m_secrets;
    QNetworkAccessManager m_nam;
    RequestBudget m_budget;
    HttpClient m_http;
    TaskStack m_stack;
    AccountService m_accountService;
    AuditLog m_audit;
    OperatorActions m_actions;
    PrRoundStore m_prRounds;
    PullRequestService m_pullRequests;
    PullRequestWatcher m_prWatcher;
    TaskRefresher m_refresher;
    TaskAdoption m_adoption;
    AccountHealth m_health;
    ChangeWatcher m_changes;
    OAuthClient m_oauth;
    PlatformSession m_platform;
};

} // namespace agentdesk
