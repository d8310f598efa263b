#include "AccountService.h"

#include "secrets/SecretStore.h"
#include "storage/AccountStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace agentdesk {

AccountService::AccountService(AccountStore &accounts, SecretStore &secrets, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_secrets(secrets)
{
}

void AccountService::answerLater(std::function<void()> fn)
{
    QTimer::singleShot(0, this, std::move(fn));
}

QString AccountService::validateBaseUrl(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("The base URL must be an http(s) URL such as https://api.example.com/v1.");
    return {};
}

void AccountService::add(ProviderId provider, const QString &name, const QUrl &baseUrl, const Secret &key,
                         Callback<Account> done, const QJsonObject &settings)
{
    Error invalid;
    if (const QString problem = validateAccountName(name); !problem.isEmpty())
        invalid = Error::validation(problem);
    else if (const QString urlProblem = validateBaseUrl(baseUrl); !urlProblem.isEmpty())
        invalid = Error::validation(urlProblem);
    else if (key.reveal().trimmed().isEmpty())
        invalid = Error::validation(tr("The API key is empty."));
    else if (m_accounts.account(name))
        invalid = Error::validation(tr("An account named \"%1\" already exists; remove it first or pick another name.")
                                        .arg(name));
    if (invalid) {
        answerLater([done, invalid] { done({{}, invalid}); });
        return;
    }
    const Account account{name, provider, baseUrl, QDateTime::currentDateTimeUtc(), settings};
    const Secret trimmed(key.reveal().trimmed());
    // Key first: an account row without its key would be unusable.
    m_secrets.write(secretKeyFor(name), trimmed, [this, account, done](const SecretResult &r) {
        if (!r.ok()) {
            done({{}, Error::keychain(r.message)});
            return;
        }
        const Error stored = m_accounts.add(account);
        if (stored) {
            m_secrets.remove(secretKeyFor(account.name), [](const SecretResult &) {});
            done({{}, stored});
            return;
        }
        done({account, {}});
    });
}

void AccountService::remove(const QString &name, Callback<Done> done)
{
    if (!m_accounts.account(name)) {
        answerLater([done, name] {
            done({{}, Error::notFound(tr("No account named \"%1\". `agentdeskctl account list` shows the accounts.")
                                          .arg(name))});
        });
        return;
    }
    // Key first: if the keychain cannot be reached, keep the account so the key is not orphaned.
    m_secrets.remove(secretKeyFor(name), [this, name, done](const SecretResult &r) {
        if (r.status == SecretResult::Unavailable || r.status == SecretResult::Failed) {
            done({{}, Error::keychain(r.message)});
            return;
        }
        done({{}, m_accounts.remove(name)});
    });
}

void AccountService::list(Callback<QList<AccountView>> done)
{
    const QList<Account> accounts = m_accounts.accounts();
    auto views = std::make_shared<QList<AccountView>>();
    if (accounts.isEmpty()) {
        answerLater([done] { done({{}, {}}); });
        return;
    }
    auto remaining = std::make_shared<int>(int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i)
        views->append(AccountView{accounts.at(i), AccountView::Present, {}, {}});
    for (int i = 0; i < accounts.size(); ++i) {
        m_secrets.read(secretKeyFor(accounts.at(i).name), [views, remaining, i, done](const SecretResult &r) {
            AccountView &v = (*views)[i];
            if (r.ok()) {
                v.keyPreview = r.secret.masked();
            } else if (r.status == SecretResult::NotFound) {
                v.keyState = AccountView::Missing;
                v.keyProblem = r.message;
            } else {
                v.keyState = AccountView::KeychainUnavailable;
                v.keyProblem = r.message;
            }
            if (--*remaining == 0)
                done({*views, {}});
        });
    }
}

} // namespace agentdesk
