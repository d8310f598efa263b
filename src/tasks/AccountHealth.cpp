#include "AccountHealth.h"

#include "accounts/CredentialResolver.h"
#include "net/HttpClient.h"

#include "TaskAdoption.h"
#include "TaskRefresher.h"
#include "base/Clock.h"
#include "storage/AccountStore.h"
#include "storage/TaskStore.h"

#include <algorithm>

namespace agentdesk {

AccountHealth::AccountHealth(TaskStore &tasks, AccountStore &accounts, const Clock &clock, QObject *parent)
    : QObject(parent), m_tasks(tasks), m_accounts(accounts), m_clock(clock)
{
    connect(&m_accounts, &AccountStore::accountsChanged, this, [this] {
        // A removed account has no trouble left to show; an edited one gets a fresh start.
        if (m_troubles.isEmpty())
            return;
        m_troubles.clear();
        Q_EMIT changed();
    });
}

void AccountHealth::watch(TaskRefresher &refresher, TaskAdoption &adoption)
{
    connect(&refresher, &TaskRefresher::refreshFailed, this, [this](const QString &taskId, const Error &error) {
        if (classify(error))
            noteFailure(accountOfTask(taskId), error);
    });
    connect(&refresher, &TaskRefresher::taskRefreshed, this, [this](const QString &taskId) {
        if (!m_troubles.isEmpty()) // the lookup is paid only while something is wrong
            noteSuccess(accountOfTask(taskId));
    });
    connect(&adoption, &TaskAdoption::accountSynced, this, [this](const TaskAdoption::Report &report) {
        if (report.skipped)
            return;
        if (report.error)
            noteFailure(report.account, report.error);
        else
            noteSuccess(report.account);
    });
}

void AccountHealth::watch(HttpClient &http)
{
    connect(&http, &HttpClient::answered, this, [this](const QString &budgetKey) {
        if (m_troubles.isEmpty())
            return;
        // "provider/account" (ProviderAdapter::makeRequest)
        const QString account = budgetKey.section(QLatin1Char('/'), 1);
        if (m_troubles.contains(account))
            noteSuccess(account);
    });
}

void AccountHealth::watch(CredentialResolver &credentials)
{
    connect(&credentials, &CredentialResolver::keychainHeldChanged, this, [this, &credentials](bool held) {
        m_keychainHeld = held ? credentials.keychainHeldBecause() : QString();
        Q_EMIT changed();
    });
}

std::optional<AccountHealth::Problem> AccountHealth::classify(const Error &error)
{
    if (error.kind == ErrorKind::Auth)
        return Problem::Rejected;
    if (error.kind != ErrorKind::Provider)
        return std::nullopt;
    if (error.httpStatus == 0 || error.httpStatus == 429 || error.httpStatus >= 500)
        return Problem::Unreachable;
    return std::nullopt; // the provider answered about this task: not the account's trouble
}

void AccountHealth::noteFailure(const QString &account, const Error &error)
{
    const std::optional<Problem> problem = classify(error);
    if (account.isEmpty() || !problem)
        return;
    auto it = m_troubles.find(account);
    if (it != m_troubles.end() && it->problem == *problem) {
        it->detail = error.message; // same trouble, still: keep its start
        return;
    }
    Trouble t;
    t.account = account;
    const Outcome<std::optional<Account>> known = m_accounts.find(account);
    if (known.ok() && known.value)
        t.provider = known.value->provider;
    t.problem = *problem;
    t.since = m_clock.now();
    t.detail = error.message;
    m_troubles.insert(account, t);
    Q_EMIT changed();
}

void AccountHealth::noteSuccess(const QString &account)
{
    if (m_troubles.remove(account) > 0)
        Q_EMIT changed();
}

QList<AccountHealth::Trouble> AccountHealth::troubles() const
{
    QList<Trouble> list = m_troubles.values();
    std::sort(list.begin(), list.end(), [](const Trouble &a, const Trouble &b) {
        return a.since != b.since ? a.since < b.since : a.account < b.account;
    });
    return list;
}

QString AccountHealth::accountOfTask(const QString &taskId) const
{
    const Outcome<std::optional<Task>> t = m_tasks.find(taskId);
    return t.ok() && t.value ? t.value->account : QString();
}

} // namespace agentdesk
