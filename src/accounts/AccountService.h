#pragma once

#include "base/Clock.h"
#include "domain/Account.h"
#include "domain/Outcome.h"
#include "providers/ProviderAdapter.h"

#include <QObject>

namespace agentdesk {

class AccountStore;
class CredentialResolver;
class ProviderRegistry;
class SecretStore;

// An account as shown to people: never the key, at most its masked preview.
struct AccountView {
    Account account;
    enum KeyState { Present, Missing, KeychainLocked, KeychainUnavailable } keyState = Present;
    QString keyPreview; // first 4 + … + last 4, or empty for short keys
    QString keyProblem; // why the key could not be read
};

// What changes when an account is edited; unset parts stay as they are.
struct AccountEdit {
    std::optional<QUrl> baseUrl;         // an empty URL goes back to the provider's own endpoint
    std::optional<QJsonObject> settings; // replaces the settings
    std::optional<Secret> key;
};

// Adds, edits and removes provider accounts: metadata in SQLite, the key only in the
// keychain. A new or changed key can be checked against the provider first, so a wrong
// key is told at once and not at the first send. Every call names its context.
class AccountService : public QObject
{
    Q_OBJECT
public:
    AccountService(AccountStore &accounts, SecretStore &secrets, CredentialResolver &credentials,
                   ProviderRegistry &providers, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // With `check`, the key is tried against the provider first (a cheap authenticated
    // call) and the account is added only when it works.
    void add(const Account &account, const Secret &key, bool check, const QObject *context, Callback<Account> done);
    void edit(const QString &name, const AccountEdit &edit, bool check, const QObject *context, Callback<Account> done);
    void remove(const QString &name, const QObject *context, Callback<Done> done);
    void list(const QObject *context, Callback<QList<AccountView>> done);
    // Tries a key; answers who it belongs to.
    void checkKey(const Account &account, const Secret &key, const QObject *context, Callback<KeyCheck> done);
    static constexpr int kCheckDeadlineMs = 15000;
    // The provider's name as lists show it: "OpenAI Codex Cloud (experimental)".
    QString listedName(ProviderId provider) const;
    void setCheckDeadlineMs(int ms) { m_checkDeadlineMs = ms; } // tests
    // The provider's own login on this machine (the Codex CLI's), if it has one.
    std::optional<Outcome<ImportedCredential>> importLocalLogin(ProviderId provider, const QString &path = {}) const;

    static QString validateBaseUrl(const QUrl &url); // empty when valid (or empty)
    // The provider's rules for a base URL and settings (the API version in the URL, say).
    QString checkAccount(const Account &account, const Secret &key) const;

Q_SIGNALS:
    void keyChanged(const QString &accountName);

private:
    void answerLater(const QObject *context, std::function<void()> fn);
    void store(const Account &account, const Secret &key, Callback<Account> done);
    // Gives a reserved name back after a failed add; answers `why`.
    void giveBackName(const QString &name, const Error &why, Callback<Account> done);

    AccountStore &m_accounts;
    SecretStore &m_secrets;
    CredentialResolver &m_credentials;
    ProviderRegistry &m_providers;
    const Clock &m_clock;
    int m_checkDeadlineMs = kCheckDeadlineMs;
};

} // namespace agentdesk
