#pragma once

#include "base/Clock.h"
#include "providers/ProviderAdapter.h"

#include <QObject>

namespace agentdesk {

class CredentialResolver;
class ProviderRegistry;
class TaskStore;

// The operations on tasks, shared by the GUI, the CLI and the worker: validate, find
// the account and its key, call the provider, write the outcome once. Every call names
// its context and answers exactly once, from the event loop, unless the context is
// gone. Reads (sync, listSources) are abandoned with their context; changes made
// upstream (create, approve, message, cancel, delete) always finish and are recorded,
// even when nobody waits for the answer any more.
class TaskService : public QObject
{
    Q_OBJECT
public:
    TaskService(TaskStore &tasks, CredentialResolver &credentials, ProviderRegistry &providers,
                const Clock &clock = Clock::system(), QObject *parent = nullptr);

    TaskStore &store() const { return m_tasks; }
    CredentialResolver &credentials() const { return m_credentials; }
    const Clock &clock() const { return m_clock; }

    void create(const NewTask &input, const QObject *context, Callback<Task> done);
    // Background: nobody waits for this one (the refresher, the worker's mirroring); its
    // requests keep the account's background pace (RequestBudget).
    // Asked before a task is created upstream, with the account the task goes to: an
    // error refuses it (nothing is sent); the input may be narrowed (a Devin task's ACU
    // limit to what its budget has left). The ledger's budgets (TaskStack sets it).
    using CreateGate = std::function<Error(ProviderId, const QString &account, NewTask &input)>;
    void setCreateGate(CreateGate gate) { m_createGate = std::move(gate); }

    void sync(const QString &taskId, const QObject *context, Callback<Task> done,
              RequestPriority priority = RequestPriority::Foreground);
    void approvePlan(const QString &taskId, const QObject *context, Callback<Task> done);
    void sendMessage(const QString &taskId, const QString &text, const QObject *context, Callback<Task> done);
    void cancel(const QString &taskId, const QObject *context, Callback<Task> done);
    void remove(const QString &taskId, bool upstream, const QObject *context, Callback<Done> done);
    void listSources(ProviderId provider, const QString &account, const QObject *context,
                     Callback<QList<SourceInfo>> done);

    Capabilities capabilities(ProviderId provider) const;
    QList<ProviderId> availableProviders() const; // the agents this build drives
    ProviderAdapter *adapter(ProviderId provider) const;
    // Why an action cannot run on this task now (its state, its provider's rules), or empty.
    QString whyNot(const Task &task, Operation op) const;

    // Applies what the provider reported, asked for at `askedAt`, in one write
    // transaction: an answer older than the one stored changes nothing but the
    // activities (RemoteMerge). Writes only what changed; answers true when something did.
    void applyRemote(const QString &taskId, const RemoteTask &remote, const QDateTime &askedAt, const QObject *context,
                     Callback<bool> done);

    // Records a task the provider has and AgentDesk does not yet know: one started
    // elsewhere, or one a worker created whose answer was lost. Its activities come with
    // the next sync.
    void adopt(const RemoteTask &remote, ProviderId provider, const QString &account, TaskOrigin origin,
               const QObject *context, Callback<Task> done);
    // Many at once (a page of a listing), in one write: answers the ones that were new.
    void adoptAll(const QList<RemoteTask> &remotes, ProviderId provider, const QString &account, TaskOrigin origin,
                  const QObject *context, Callback<QList<Task>> done);
    // Looks through the account's newest tasks (up to maxPages pages) for one `pick`
    // chooses. Answers nullopt when none is, and says whether the walk saw every task.
    struct Found {
        std::optional<RemoteTask> task;
        bool sawEverything = false;
    };
    void findUpstream(ProviderId provider, const QString &account, std::function<bool(const RemoteTask &)> pick,
                      int maxPages, const QObject *context, Callback<Found> done);
    // The provider no longer has this task (404 on its id, or gone from a listing that
    // saw everything): it leaves "needs you", is no longer polled, stays in history.
    void markGone(const QString &taskId, const Error &why);

Q_SIGNALS:
    // A provider pushed news about this task; the refresher fetches it at once.
    void remoteChanged(const QString &taskId);
    // The provider no longer has this task (404 on its id): it was marked gone upstream.
    void goneUpstream(const QString &taskId);

private:
    using Run = std::function<void(const Task &, ProviderAdapter *, const Credentials &)>;
    void withTask(const QString &taskId, Operation op, const QObject *context, Run run, Callback<Task> fail);
    void answerLater(const QObject *context, std::function<void()> fn);
    Task adoptedTask(const RemoteTask &remote, ProviderId provider, const QString &account, TaskOrigin origin) const;
    // After a change upstream: fetch the new state so the caller sees it at once. A
    // failed fetch does not undo the change: the answer is the stored task.
    void settle(const QString &taskId, Callback<Task> done);

    TaskStore &m_tasks;
    CredentialResolver &m_credentials;
    ProviderRegistry &m_providers;
    const Clock &m_clock;
    CreateGate m_createGate;
};

} // namespace agentdesk
