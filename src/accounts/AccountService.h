#pragma once

#include "domain/Account.h"
#include "domain/Error.h"
#include "providers/ProviderAdapter.h"

#include <QObject>

namespace agentdesk {

class AccountStore;
class SecretStore;

// An account as shown to people: never the key, at most its masked preview.
struct AccountView {
    Account account;
    enum KeyState { Present, Missing, KeychainUnavailable } keyState = Present;
    QString keyPreview;       // first 4 + … + last 4, or empty for short keys
    QString keyProblem;       // why the key could not be read
};

// Adds and removes provider accounts: metadata in SQLite, the key only in the keychain.
class AccountService : public QObject
{
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(const Outcome<T> &)>;

    AccountService(AccountStore &accounts, SecretStore &secrets, QObject *parent = nullptr);

    void add(ProviderId provider, const QString &name, const QUrl &baseUrl, const Secret &key, Callback<Account> done,
             const QJsonObject &settings = {});
    void remove(const QString &name, Callback<Done> done);
    void list(Callback<QList<AccountView>> done);

    static QString validateBaseUrl(const QUrl &url);   // empty when valid (or empty)

private:
    void answerLater(std::function<void()> fn);

    AccountStore &m_accounts;
    SecretStore &m_secrets;
};

} // namespace agentdesk
