#include "CoreContext.h"
#include "providers/RequestLimits.h"

#include "secrets/KeychainSecretStore.h"

namespace agentdesk {

namespace {
std::unique_ptr<SecretStore> keychainFor(CoreContext::Options &options)
{
    if (options.secretStore)
        return std::move(options.secretStore);
    return std::make_unique<KeychainSecretStore>(options.keychainService);
}
} // namespace

CoreContext::CoreContext(Options options, QObject *parent)
    : QObject(parent), m_paths(options.paths), m_clock(options.clock ? *options.clock : Clock::system()),
      m_db(m_paths.databaseFile()), m_check(options.check), m_queuedWrites(options.queuedWrites), m_integrity(m_db),
      m_keychain(keychainFor(options)), m_secrets(*m_keychain, QString()), m_budget(m_clock), m_http(&m_nam, m_clock),
      m_stack(m_db, m_secrets, m_http, m_clock),
      m_accountService(m_stack.accounts, m_secrets, m_stack.credentials, m_stack.providers, m_clock),
      m_audit(m_db, options.actor, m_clock), m_actions(m_stack.service, m_audit), m_prRounds(m_db),
      m_pullRequests(m_stack.service, m_stack.accounts, m_stack.providers, m_prRounds, m_stack.ledger),
      m_prWatcher(m_pullRequests, m_stack.tasks), m_refresher(m_stack.tasks, m_stack.service, m_clock),
      m_adoption(m_stack.accounts, m_stack.service, m_clock), m_health(m_stack.tasks, m_stack.accounts, m_clock),
      m_changes(m_stack.tasks), m_oauth(m_http), m_platform(m_oauth, m_secrets, m_paths.settingsFile(), m_clock)
{
    applyProviderLimits(m_budget);
    m_http.setBudget(&m_budget);
    m_health.watch(m_refresher, m_adoption);
    m_health.watch(m_http);
    m_health.watch(m_stack.credentials);
    // Every send back to an agent is in the audit trail, whoever asked (the operator or
    // the account's "auto" policy).
    connect(&m_pullRequests, &PullRequestService::feedbackSent, &m_actions,
            [this](const QString &taskId, Feedback kind, const QString &detail, const Error &outcome) {
                m_actions.noteTask(kind == Feedback::CiFailure ? AuditAction::SendCiFailure : AuditAction::SendReview,
                                   taskId, detail, outcome);
            });
}

CoreContext::~CoreContext() = default;

Error CoreContext::open()
{
    if (const Error e = m_db.open(m_check))
        return e;
    if (m_queuedWrites && !m_writes) {
        m_writes = std::make_unique<WriteQueue>(m_db);
        m_db.setWriteQueue(m_writes.get());
    }
    const QString profile = m_db.profileId();
    if (profile.isEmpty())
        return Error::storage(tr("The database %1 has no profile id; it was not created by this version of AgentDesk.")
                                  .arg(m_db.filePath()));
    m_secrets.setProfileId(profile);
    // Settings, logs and the worker's feed file are the operator's alone too.
    tightenPermissions(m_paths.settingsFile(), false);
    return {};
}

} // namespace agentdesk
