#pragma once

#include "providers/ProviderAdapter.h"

#include <QObject>

namespace agentdesk {

class AccountStore;
class ProviderRegistry;
class SecretStore;
class TaskStore;

// The operations an operator performs on tasks, shared by the GUI and the CLI:
// validate, find the account and its key, call the provider, write the outcome
// once. Every call answers exactly once, from the event loop.
class TaskService : public QObject
{
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(const Outcome<T> &)>;

    TaskService(TaskStore &tasks, AccountStore &accounts, SecretStore &secrets, ProviderRegistry &providers,
                QObject *parent = nullptr);

    TaskStore &store() const { return m_tasks; }

    void create(const NewTask &input, Callback<Task> done);
    void sync(const QString &taskId, Callback<Task> done);
    void approvePlan(const QString &taskId, Callback<Task> done);
    void sendMessage(const QString &taskId, const QString &text, Callback<Task> done);
    void cancel(const QString &taskId, Callback<Task> done);
    void remove(const QString &taskId, bool upstream, Callback<Done> done);
    void listSources(ProviderId provider, const QString &account, Callback<QList<SourceInfo>> done);

    Capabilities capabilities(ProviderId provider) const;
    QList<ProviderId> availableProviders() const;
    // Why an action cannot run on this task now (status or provider capability), or empty.
    QString whyNot(const Task &task, Operation op) const;

    // Applies what the provider reported; writes only what changed. Returns true on change.
    bool applyRemote(const QString &taskId, const RemoteTask &remote, Error *error = nullptr);

Q_SIGNALS:
    // A provider pushed news about this task; the refresher fetches it at once.
    void remoteChanged(const QString &taskId);

private:
    void withCredentials(ProviderId provider, const QString &accountName, Callback<Credentials> done);
    void withTask(const QString &taskId, Operation op, std::function<void(const Task &, ProviderAdapter *,
                                                                          const Credentials &)> run,
                  Callback<Task> fail);
    void answerLater(std::function<void()> fn);

    TaskStore &m_tasks;
    AccountStore &m_accounts;
    SecretStore &m_secrets;
    ProviderRegistry &m_providers;
};

} // namespace agentdesk
