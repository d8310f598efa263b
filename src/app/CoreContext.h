#pragma once

#include "AppPaths.h"
#include "domain/Error.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace agentdesk {

class AccountService;
class OAuthClient;
class PlatformSession;
class AccountStore;
class Database;
class HttpClient;
class ProviderRegistry;
class TaskRefresher;
class TaskService;
class TaskStore;

// The composition root: builds every core service once, in dependency order, for
// the thread that owns it. No singletons; GUI, CLI and tests each make their own.
class CoreContext : public QObject
{
    Q_OBJECT
public:
    struct Options {
        AppPaths paths;
        QString keychainService = QStringLiteral("agentdesk");
        std::unique_ptr<SecretStore> secretStore;   // null: the OS keychain
    };

    explicit CoreContext(Options options, QObject *parent = nullptr);
    ~CoreContext() override;

    Error open();

    const AppPaths &paths() const { return m_paths; }
    Database &database() const { return *m_db; }
    TaskStore &tasks() const { return *m_tasks; }
    AccountStore &accounts() const { return *m_accounts; }
    SecretStore &secrets() const { return *m_secrets; }
    HttpClient &http() const { return *m_http; }
    ProviderRegistry &providers() const { return *m_providers; }
    TaskService &taskService() const { return *m_taskService; }
    AccountService &accountService() const { return *m_accountService; }
    TaskRefresher &refresher() const { return *m_refresher; }
    OAuthClient &oauth() const { return *m_oauth; }
    PlatformSession &platform() const { return *m_platform; }

private:
    AppPaths m_paths;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager *m_nam = nullptr;
    HttpClient *m_http = nullptr;
    TaskStore *m_tasks = nullptr;
    AccountStore *m_accounts = nullptr;
    ProviderRegistry *m_providers = nullptr;
    TaskService *m_taskService = nullptr;
    AccountService *m_accountService = nullptr;
    TaskRefresher *m_refresher = nullptr;
    OAuthClient *m_oauth = nullptr;
    PlatformSession *m_platform = nullptr;
};

} // namespace agentdesk
