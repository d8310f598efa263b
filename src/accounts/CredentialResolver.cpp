#include "CredentialResolver.h"

#include "base/Async.h"
#include "base/Translate.h"
#include "secrets/SecretStore.h"
#include "storage/AccountStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace agentdesk {

Error keyError(const QString &accountName, const SecretResult &r)
{
    switch (r.status) {
    case SecretResult::Ok: return {};
    case SecretResult::NotFound:
        return Error::auth(tr("The keychain works but holds no key for account \"%1\". Enter the key again with "
                              "`agentdeskctl account edit %1 --key-stdin` or in Accounts.")
                               .arg(accountName));
    case SecretResult::Locked:
        return Error::keychain(tr("The key of account \"%1\" is in a locked keyring. %2").arg(accountName, r.message));
    case SecretResult::Unavailable:
    case SecretResult::Failed: break;
    }
    return Error::keychain(r.message);
}

CredentialResolver::CredentialResolver(AccountStore &accounts, SecretStore &secrets, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_secrets(secrets)
{
    connect(&m_accounts, &AccountStore::accountsChanged, this, [this] {
        // Forget keys of accounts that are gone; kept ones stay valid.
        for (auto it = m_keys.begin(); it != m_keys.end();) {
            const Outcome<std::optional<Account>> a = m_accounts.find(it.key());
            if (a.ok() && !a.value)
                it = m_keys.erase(it);
            else
                ++it;
        }
    });
}

void CredentialResolver::forget(const QString &accountName)
{
    m_keys.remove(accountName);
}

void CredentialResolver::resolve(ProviderId provider, const QString &accountName, const QObject *context,
                                 Callback<Credentials> done)
{
    auto answer = bindTo(context, std::move(done));
    auto later = [this, answer](Outcome<Credentials> r) mutable {
        QTimer::singleShot(0, this, [answer, r]() mutable { answer(r); });
    };
    Account account;
    if (!accountName.isEmpty()) {
        const Outcome<std::optional<Account>> found = m_accounts.find(accountName);
        if (!found.ok())
            return later({{}, found.error});
        if (!found.value)
            return later({{},
                          Error::notFound(tr("No account named \"%1\". `agentdeskctl account list` shows the "
                                             "accounts.")
                                              .arg(accountName))});
        if (found.value->provider != provider)
            return later({{},
                          Error::validation(tr("The account \"%1\" belongs to %2, not %3.")
                                                .arg(found.value->name, providerDisplayName(found.value->provider),
                                                     providerDisplayName(provider)))});
        account = *found.value;
    } else {
        const Outcome<QList<Account>> all = m_accounts.list();
        if (!all.ok())
            return later({{}, all.error});
        QList<Account> candidates;
        for (const Account &a : all.value)
            if (a.provider == provider)
                candidates << a;
        if (candidates.isEmpty())
            return later({{},
                          Error::validation(tr("No %1 account is set up. Add one with `agentdeskctl account add %2 "
                                               "--name NAME` or in Accounts.")
                                                .arg(providerDisplayName(provider), providerKey(provider)))});
        if (candidates.size() > 1) {
            QStringList names;
            for (const Account &a : std::as_const(candidates))
                names << a.name;
            return later({{},
                          Error::validation(tr("There are several %1 accounts (%2); choose one.")
                                                .arg(providerDisplayName(provider), names.join(QLatin1String(", "))))});
        }
        account = candidates.first();
    }
    if (const auto kept = m_keys.constFind(account.name); kept != m_keys.cend()) {
        if (kept->version == account.keyVersion)
            return later({Credentials{account.name, kept->key, account.baseUrl, account.settings}, {}});
        m_keys.erase(kept); // changed since it was read, here or by another process
    }

    if (m_held) {
        const SecretResult held = *m_held;
        return later({{}, keyError(account.name, held)});
    }
    auto &waiting = m_pending[account.name];
    waiting.append([answer, account](const SecretResult &r) mutable {
        if (!r.ok())
            return answer({{}, keyError(account.name, r)});
        answer({Credentials{account.name, r.secret, account.baseUrl, account.settings}, {}});
    });
    if (waiting.size() > 1)
        return; // a read for this account is already under way
    readKey(account);
}

void CredentialResolver::readKey(const Account &account)
{
    ++m_keychainReads;
    m_secrets.read(secretKeyFor(account.name), this, [this, account](const SecretResult &r) {
        // The key may have changed while this read was under way: then what it found
        // may be the old key, and it is read again rather than kept (or handed out).
        const Outcome<std::optional<Account>> now = m_accounts.find(account.name);
        if (now.ok() && now.value && now.value->keyVersion != account.keyVersion)
            return readKey(*now.value);
        if (r.ok() && now.ok() && now.value)
            m_keys.insert(account.name, KeptKey{r.secret, account.keyVersion});
        if (r.status == SecretResult::Locked && m_holdWhenLocked && !m_held) {
            m_held = r;
            Q_EMIT keychainHeldChanged(true);
        }
        deliver(account.name, r);
    });
}

void CredentialResolver::releaseKeychain()
{
    if (!m_held)
        return;
    m_held.reset();
    Q_EMIT keychainHeldChanged(false);
}

void CredentialResolver::deliver(const QString &name, const SecretResult &r)
{
    const auto callers = m_pending.take(name);
    for (const auto &call : callers)
        call(r);
}

} // namespace agentdesk
