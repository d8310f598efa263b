#pragma once

#include "domain/Account.h"
#include "domain/Error.h"

#include <QList>
#include <QObject>
#include <optional>

namespace agentdesk {

class Database;

// Account metadata (provider, name, base URL). Never a key: keys are in the keychain.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    explicit AccountStore(Database &db, QObject *parent = nullptr);

    Error add(const Account &account);
    Error remove(const QString &name);
    std::optional<Account> account(const QString &name) const;
    QList<Account> accounts() const;
    QList<Account> accountsFor(ProviderId provider) const;

Q_SIGNALS:
    void accountsChanged();

private:
    Database &m_db;
};

} // namespace agentdesk
