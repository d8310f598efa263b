#include "AccountService.h"

#include "CredentialResolver.h"
#include "base/Async.h"
#include "providers/ProviderRegistry.h"
#include "secrets/SecretStore.h"
#include "storage/AccountStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace agentdesk {

AccountService::AccountService(AccountStore &accounts, SecretStore &secrets, CredentialResolver &credentials,
                               ProviderRegistry &providers, const Clock &clock, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_secrets(secrets), m_credentials(credentials), m_providers(providers),
      m_clock(clock)
{ }

void AccountService::answerLater(const QObject *context, std::function<void()> fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}

QString AccountService::validateBaseUrl(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("The base URL must be an http(s) URL such as https://api.example.com.");
    return {};
}

QString AccountService::checkAccount(const Account &account, const Secret &key) const
{
    if (const QString urlProblem = validateBaseUrl(account.baseUrl); !urlProblem.isEmpty())
        return urlProblem;
    ProviderAdapter *adapter = m_providers.adapter(account.provider);
    if (!adapter)
        return tr("%1 is not supported by this build of AgentDesk.").arg(providerDisplayName(account.provider));
    return adapter->checkBaseUrl(Credentials{account.name, key, account.baseUrl, account.settings});
}

QString AccountService::listedName(ProviderId provider) const
{
    const ProviderAdapter *adapter = m_providers.adapter(provider);
    return adapter && adapter->capabilities().experimental ? tr("%1 (experimental)").arg(providerDisplayName(provider))
                                                           : providerDisplayName(provider);
}

void AccountService::checkKey(const Account &account, const Secret &key, const QObject *context,
                              Callback<KeyCheck> done)
{
    ProviderAdapter *adapter = m_providers.adapter(account.provider);
    if (!adapter) {
        return answerLater(context, [done, account] {
            done({{},
                  Error::usage(tr("%1 is not supported by this build of AgentDesk.")
                                   .arg(providerDisplayName(account.provider)))});
        });
    }
    Credentials c{account.name, key, account.baseUrl, account.settings};
    // Someone waits for this answer: a host that accepts and never answers is given up
    // on within seconds, not after every retry's timeout.
    c.deadlineMs = m_checkDeadlineMs;
    adapter->checkKey(c, context, std::move(done));
}

std::optional<Outcome<ImportedCredential>> AccountService::importLocalLogin(ProviderId provider,
                                                                            const QString &path) const
{
    ProviderAdapter *adapter = m_providers.adapter(provider);
    return adapter ? adapter->importLocalLogin(path) : std::nullopt;
}

void AccountService::add(const Account &input, const Secret &key, bool check, const QObject *context,
                         Callback<Account> done)
{
    auto answer = bindTo(context, std::move(done));
    Account account = input;
    if (!account.createdAt.isValid())
        account.createdAt = m_clock.now();
    const Secret trimmed(key.reveal().trimmed());
    Error invalid;
    if (const QString problem = validateAccountName(account.name); !problem.isEmpty())
        invalid = Error::validation(problem);
    else if (trimmed.isEmpty())
        invalid = Error::validation(tr("The API key is empty."));
    else if (const QString problem2 = checkAccount(account, trimmed); !problem2.isEmpty())
        invalid = Error::validation(problem2);
    if (invalid)
        return answerLater(this, [answer, invalid] { answer({{}, invalid}); });
    // The name is taken first: a second `account add` of it at the same moment is refused
    // here, before it could write a key over this one's.
    m_accounts.reserve(account, this, [this, account, trimmed, check, answer](const Outcome<Done> &reserved) {
        if (!reserved.ok())
            return answer({{}, reserved.error});
        if (!check)
            return store(account, trimmed, answer);
        checkKey(account, trimmed, this, [this, account, trimmed, answer](const Outcome<KeyCheck> &r) {
            if (!r.ok()) {
                Error e = r.error;
                e.message = tr("The key was not added: %1").arg(e.message);
                return giveBackName(account.name, e, answer);
            }
            store(account, trimmed, answer);
        });
    });
}

void AccountService::giveBackName(const QString &name, const Error &why, Callback<Account> done)
{
    m_accounts.dropReservation(name, this, [name, why, done](const Outcome<Done> &r) {
        if (!r.ok())
            qWarning().noquote() << "cannot give back the account name" << name << ":" << r.error.message;
        done({{}, why});
    });
}

void AccountService::store(const Account &account, const Secret &key, Callback<Account> done)
{
    // Under the reservation: the key first, then the account becomes usable.
    m_secrets.write(secretKeyFor(account.name), key, this, [this, account, done](const SecretResult &r) {
        if (!r.ok())
            return giveBackName(account.name, keyError(account.name, r), done);
        m_accounts.confirm(account.name, this, [this, account, done](const Outcome<Done> &confirmed) {
            if (!confirmed.ok())
                return done({{}, confirmed.error});
            m_credentials.forget(account.name);
            done({account, {}});
        });
    });
}

void AccountService::edit(const QString &name, const AccountEdit &edit, bool check, const QObject *context,
                          Callback<Account> done)
{
    auto answer = bindTo(context, std::move(done));
    const Outcome<std::optional<Account>> found = m_accounts.find(name);
    if (!found.ok())
        return answerLater(this, [answer, e = found.error] { answer({{}, e}); });
    if (!found.value) {
        return answerLater(this, [answer, name] {
            answer({{},
                    Error::notFound(
                        tr("No account named \"%1\". `agentdeskctl account list` shows the accounts.").arg(name))});
        });
    }
    Account updated = *found.value;
    if (edit.baseUrl)
        updated.baseUrl = *edit.baseUrl;
    if (edit.settings)
        updated.settings = *edit.settings;
    const bool newKey = edit.key.has_value();
    const Secret key = newKey ? Secret(edit.key->reveal().trimmed()) : Secret();
    if (newKey && key.isEmpty())
        return answerLater(this, [answer] { answer({{}, Error::validation(tr("The API key is empty."))}); });

    auto apply = [this, name, updated, newKey, key, answer](const Secret &usedKey) {
        if (const QString problem = checkAccount(updated, usedKey); !problem.isEmpty())
            return answer({{}, Error::validation(problem)});
        auto finish = [this, name, updated, newKey, answer]() {
            // After the key is in the keychain: the new key version tells every process
            // (a running worker, another window) to drop the key it keeps.
            m_accounts.update(updated, newKey, this, [this, name, updated, answer](const Outcome<Done> &r) {
                if (!r.ok())
                    return answer({{}, r.error});
                m_credentials.forget(name);
                Q_EMIT keyChanged(name);
                answer({updated, {}});
            });
        };
        if (!newKey)
            return finish();
        m_secrets.write(secretKeyFor(name), key, this, [name, finish, answer](const SecretResult &r) {
            if (!r.ok())
                return answer({{}, keyError(name, r)});
            finish();
        });
    };
    auto verifyThenApply = [this, updated, check, apply, answer](const Secret &usedKey) {
        if (!check)
            return apply(usedKey);
        checkKey(updated, usedKey, this, [usedKey, apply, answer](const Outcome<KeyCheck> &r) {
            if (!r.ok()) {
                Error e = r.error;
                e.message = tr("The account was not changed: %1").arg(e.message);
                return answer({{}, e});
            }
            apply(usedKey);
        });
    };
    if (newKey)
        return answerLater(this, [verifyThenApply, key] { verifyThenApply(key); });
    // The stored key is needed to check the new URL or settings.
    m_credentials.resolve(updated.provider, name, this, [verifyThenApply, answer](const Outcome<Credentials> &c) {
        if (!c.ok())
            return answer({{}, c.error});
        verifyThenApply(c.value.key);
    });
}

void AccountService::remove(const QString &name, const QObject *context, Callback<Done> done)
{
    auto answer = bindTo(context, std::move(done));
    const Outcome<std::optional<Account>> found = m_accounts.find(name);
    if (!found.ok())
        return answerLater(this, [answer, e = found.error] { answer({{}, e}); });
    if (!found.value) {
        return answerLater(this, [answer, name] {
            answer({{},
                    Error::notFound(
                        tr("No account named \"%1\". `agentdeskctl account list` shows the accounts.").arg(name))});
        });
    }
    // Key first: if the keychain cannot be reached, keep the account so the key is not orphaned.
    m_secrets.remove(secretKeyFor(name), this, [this, name, answer](const SecretResult &r) {
        if (r.keychainProblem())
            return answer({{}, keyError(name, r)});
        m_credentials.forget(name);
        m_accounts.remove(name, this, answer);
    });
}

void AccountService::list(const QObject *context, Callback<QList<AccountView>> done)
{
    auto answer = bindTo(context, std::move(done));
    const Outcome<QList<Account>> accounts = m_accounts.list();
    if (!accounts.ok())
        return answerLater(context, [answer, e = accounts.error] { answer({{}, e}); });
    if (accounts.value.isEmpty())
        return answerLater(context, [answer] { answer({}); });
    auto views = std::make_shared<QList<AccountView>>();
    auto remaining = std::make_shared<int>(int(accounts.value.size()));
    for (const Account &a : accounts.value)
        views->append(AccountView{a, AccountView::Present, {}, {}});
    for (int i = 0; i < accounts.value.size(); ++i) {
        m_secrets.read(secretKeyFor(accounts.value.at(i).name), context,
                       [views, remaining, i, answer](const SecretResult &r) {
                           AccountView &v = (*views)[i];
                           if (r.ok()) {
                               v.keyPreview = r.secret.masked();
                           } else {
                               v.keyState = r.status == SecretResult::NotFound ? AccountView::Missing
                                            : r.status == SecretResult::Locked ? AccountView::KeychainLocked
                                                                               : AccountView::KeychainUnavailable;
                               v.keyProblem = r.message;
                           }
                           if (--*remaining == 0)
                               answer({*views, {}});
                       });
    }
}

} // namespace agentdesk
