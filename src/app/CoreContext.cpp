#include "CoreContext.h"

#include "accounts/AccountService.h"
#include "auth/OAuthClient.h"
#include "auth/PlatformSession.h"
#include "net/HttpClient.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/TaskStore.h"
#include "sync/TaskRefresher.h"
#include "sync/TaskService.h"

#include <QNetworkAccessManager>

namespace agentdesk {

CoreContext::CoreContext(Options options, QObject *parent)
    : QObject(parent), m_paths(options.paths), m_db(std::make_unique<Database>(m_paths.databaseFile()))
{
    m_secrets = options.secretStore ? std::move(options.secretStore)
                                    : std::make_unique<KeychainSecretStore>(options.keychainService);
    m_nam = new QNetworkAccessManager(this);
    m_http = new HttpClient(m_nam, this);
    m_tasks = new TaskStore(*m_db, this);
    m_accounts = new AccountStore(*m_db, this);
    m_providers = new ProviderRegistry(*m_http, this);
    m_taskService = new TaskService(*m_tasks, *m_accounts, *m_secrets, *m_providers, this);
    m_accountService = new AccountService(*m_accounts, *m_secrets, this);
    m_refresher = new TaskRefresher(*m_tasks, *m_taskService, this);
    m_oauth = new OAuthClient(*m_http, this);
    m_platform = new PlatformSession(*m_oauth, *m_secrets, m_paths.settingsFile(), this);
}

CoreContext::~CoreContext()
{
    // Children that hold references into the database go before it.
    delete m_platform;
    delete m_oauth;
    delete m_refresher;
    delete m_taskService;
    delete m_accountService;
    delete m_providers;
    delete m_tasks;
    delete m_accounts;
    delete m_http;
}

Error CoreContext::open()
{
    return m_db->open();
}

} // namespace agentdesk
