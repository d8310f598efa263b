#include "TaskService.h"

#include "domain/Timestamps.h"
#include "providers/ProviderRegistry.h"
#include "secrets/SecretStore.h"
#include "storage/AccountStore.h"
#include "storage/TaskStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

namespace agentdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TaskService", text);
}

Error taskNotFound(const QString &id)
{
    return Error::notFound(tr("No task with id %1. `agentdeskctl task list` shows the known tasks.").arg(id));
}

} // namespace

TaskService::TaskService(TaskStore &tasks, AccountStore &accounts, SecretStore &secrets, ProviderRegistry &providers,
                         QObject *parent)
    : QObject(parent), m_tasks(tasks), m_accounts(accounts), m_secrets(secrets), m_providers(providers)
{
    const QList<ProviderId> ids = m_providers.available();
    for (ProviderId id : ids) {
        connect(m_providers.adapter(id), &ProviderAdapter::remoteChanged, this, [this, id](const QString &externalId) {
            if (const auto task = m_tasks.taskByExternalId(id, externalId))
                Q_EMIT remoteChanged(task->id);
        });
    }
}

void TaskService::answerLater(std::function<void()> fn)
{
    QTimer::singleShot(0, this, std::move(fn));
}

Capabilities TaskService::capabilities(ProviderId provider) const
{
    if (auto *a = m_providers.adapter(provider))
        return a->capabilities();
    return {};
}

QList<ProviderId> TaskService::availableProviders() const
{
    return m_providers.available();
}

QString TaskService::whyNot(const Task &task, Operation op) const
{
    ProviderAdapter *adapter = m_providers.adapter(task.provider);
    if (!adapter)
        return tr("%1 is not supported by this build of AgentDesk.").arg(providerDisplayName(task.provider));
    const QString unsupported = adapter->unsupportedReason(op);
    if (!unsupported.isEmpty())
        return unsupported;
    if (op != Operation::Delete && op != Operation::Fetch && task.externalId.isEmpty())
        return tr("The task was never created upstream.");
    switch (op) {
    case Operation::ApprovePlan:
        if (task.status != TaskStatus::AwaitingApproval)
            return tr("There is no plan waiting for approval (the task is %1).").arg(statusDisplayName(task.status).toLower());
        break;
    case Operation::SendMessage:
    case Operation::Cancel:
        if (isTerminal(task.status))
            return tr("The task has ended (%1).").arg(statusDisplayName(task.status).toLower());
        break;
    default:
        break;
    }
    return {};
}

void TaskService::withCredentials(ProviderId provider, const QString &accountName, Callback<Credentials> done)
{
    std::optional<Account> account;
    if (!accountName.isEmpty()) {
        account = m_accounts.account(accountName);
        if (!account) {
            answerLater([done, accountName] {
                done({{}, Error::notFound(tr("No account named \"%1\". `agentdeskctl account list` shows the "
                                             "accounts.").arg(accountName))});
            });
            return;
        }
        if (account->provider != provider) {
            answerLater([done, account, provider] {
                done({{}, Error::validation(tr("The account \"%1\" belongs to %2, not %3.")
                                                .arg(account->name, providerDisplayName(account->provider),
                                                     providerDisplayName(provider)))});
            });
            return;
        }
    } else {
        const QList<Account> candidates = m_accounts.accountsFor(provider);
        if (candidates.isEmpty()) {
            answerLater([done, provider] {
                done({{}, Error::validation(tr("No %1 account is set up. Add one with `agentdeskctl account add %2 "
                                               "--name NAME` or in Accounts.")
                                                .arg(providerDisplayName(provider), providerKey(provider)))});
            });
            return;
        }
        if (candidates.size() > 1) {
            QStringList names;
            for (const Account &a : candidates)
                names << a.name;
            answerLater([done, provider, names] {
                done({{}, Error::validation(tr("There are several %1 accounts (%2); choose one.")
                                                .arg(providerDisplayName(provider), names.join(QLatin1String(", "))))});
            });
            return;
        }
        account = candidates.first();
    }
    const Account acc = *account;
    m_secrets.read(secretKeyFor(acc.name), [done, acc](const SecretResult &r) {
        switch (r.status) {
        case SecretResult::Ok:
            done({Credentials{acc.name, r.secret, acc.baseUrl, acc.settings}, {}});
            return;
        case SecretResult::NotFound:
            done({{}, Error::auth(tr("The keychain holds no key for account \"%1\". Remove the account and add it "
                                     "again with its key.").arg(acc.name))});
            return;
        case SecretResult::Unavailable:
        case SecretResult::Failed:
            done({{}, Error::keychain(r.message)});
            return;
        }
    });
}

void TaskService::create(const NewTask &input, Callback<Task> done)
{
    const Error invalid = validationError(validateNewTask(input));
    if (invalid) {
        answerLater([done, invalid] { done({{}, invalid}); });
        return;
    }
    const ProviderId provider = *providerFromKey(input.provider);
    ProviderAdapter *adapter = m_providers.adapter(provider);
    if (!adapter) {
        answerLater([done, provider] {
            done({{}, Error::usage(tr("%1 is not supported by this build of AgentDesk.").arg(providerDisplayName(provider)))});
        });
        return;
    }
    withCredentials(provider, input.account, [this, input, provider, adapter, done](const Outcome<Credentials> &cred) {
        if (!cred.ok()) {
            done({{}, cred.error});
            return;
        }
        if (const Error refused = adapter->checkOptions(cred.value, input)) {
            done({{}, refused});
            return;
        }
        NewTask normalized = input;
        normalized.prompt = input.prompt.trimmed();
        normalized.repoUrl = input.repoUrl.trimmed();
        adapter->create(cred.value, normalized, [this, normalized, provider, cred, done](const Outcome<RemoteTask> &r) {
            if (!r.ok()) {
                done({{}, r.error});
                return;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Task task;
            task.id = generateTaskId();
            task.provider = provider;
            task.account = cred.value.accountName;
            task.externalId = r.value.externalId;
            task.status = r.value.status.value_or(TaskStatus::Queued);
            task.upstreamStatus = r.value.upstreamStatus;
            task.attention = r.value.attention;
            task.title = r.value.title;
            task.webUrl = r.value.webUrl;
            task.prompt = normalized.prompt;
            task.source = TaskSource{repoNameFromUrl(normalized.repoUrl), normalized.repoUrl, normalized.branch};
            task.options = normalized.options;
            task.result = r.value.result;
            task.providerState = r.value.providerState;
            task.createdAt = now;
            task.updatedAt = now;
            const Error stored = m_tasks.insert(task);
            if (stored) {
                done({{}, Error::provider(tr("The task was created upstream (%1 %2) but could not be saved: %3")
                                              .arg(providerDisplayName(provider), task.externalId, stored.message))});
                return;
            }
            done({task, {}});
        });
    });
}

void TaskService::withTask(const QString &taskId, Operation op,
                           std::function<void(const Task &, ProviderAdapter *, const Credentials &)> run,
                           Callback<Task> fail)
{
    const std::optional<Task> task = m_tasks.task(taskId);
    if (!task) {
        answerLater([fail, taskId] { fail({{}, taskNotFound(taskId)}); });
        return;
    }
    const QString reason = whyNot(*task, op);
    if (!reason.isEmpty()) {
        answerLater([fail, reason] { fail({{}, Error::usage(reason)}); });
        return;
    }
    ProviderAdapter *adapter = m_providers.adapter(task->provider);
    const Task t = *task;
    withCredentials(t.provider, t.account, [t, adapter, run, fail](const Outcome<Credentials> &cred) {
        if (!cred.ok()) {
            fail({{}, cred.error});
            return;
        }
        run(t, adapter, cred.value);
    });
}

void TaskService::sync(const QString &taskId, Callback<Task> done)
{
    withTask(taskId, Operation::Fetch, [this, done](const Task &task, ProviderAdapter *adapter, const Credentials &c) {
        if (task.externalId.isEmpty()) {
            done({task, {}});
            return;
        }
        const SyncCursor cursor{task.externalId, task.createdAt, m_tasks.latestActivityTime(task.id), task.providerState};
        const QString id = task.id;
        adapter->fetch(c, cursor, [this, id, done](const Outcome<RemoteTask> &r) {
            if (!r.ok()) {
                done({{}, r.error});
                return;
            }
            Error error;
            applyRemote(id, r.value, &error);
            if (error) {
                done({{}, error});
                return;
            }
            const auto updated = m_tasks.task(id);
            if (!updated) {   // deleted while the fetch was under way
                done({{}, taskNotFound(id)});
                return;
            }
            done({*updated, {}});
        });
    }, done);
}

bool TaskService::applyRemote(const QString &taskId, const RemoteTask &remote, Error *error)
{
    const std::optional<Task> current = m_tasks.task(taskId);
    if (!current)
        return false;
    const Task &t = *current;
    QVariantHash changes;

    const int activityChanges = m_tasks.upsertActivities(taskId, remote.activities, error);
    if (error && error->isError())
        return false;
    if (activityChanges > 0) {
        const QDateTime latest = m_tasks.latestActivityTime(taskId);
        if (latest.isValid() && latest != t.lastActivityAt)
            changes.insert(QStringLiteral("last_activity_at"), toIso(latest));
    }

    TaskStatus status = remote.status.value_or(t.status);
    // A stop AgentDesk confirmed upstream stays "cancelled" even when the provider
    // later reports the terminated session as expired or failed.
    if (t.status == TaskStatus::Cancelled && isTerminal(status))
        status = TaskStatus::Cancelled;
    if (status != t.status)
        changes.insert(QStringLiteral("status"), statusKey(status));
    if (!remote.upstreamStatus.isEmpty() && remote.upstreamStatus != t.upstreamStatus)
        changes.insert(QStringLiteral("upstream_status"), remote.upstreamStatus);
    const Attention attention = isTerminal(status) ? Attention{} : remote.attention;
    if (!(attention == t.attention)) {
        changes.insert(QStringLiteral("attention"), attentionKey(attention.kind));
        changes.insert(QStringLiteral("attention_reason"), attention.reason);
    }
    if (!remote.title.isEmpty() && remote.title != t.title)
        changes.insert(QStringLiteral("title"), remote.title);
    if (!remote.webUrl.isEmpty() && remote.webUrl != t.webUrl)
        changes.insert(QStringLiteral("web_url"), remote.webUrl);
    if (!remote.error.isEmpty() && remote.error != t.error)
        changes.insert(QStringLiteral("error"), remote.error);
    if (!remote.providerState.isEmpty()) {
        QJsonObject state = t.providerState;
        for (auto it = remote.providerState.begin(); it != remote.providerState.end(); ++it)
            state.insert(it.key(), it.value());
        if (state != t.providerState)
            changes.insert(QStringLiteral("provider_state"),
                           QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
    }

    QDateTime completedAt = t.completedAt;
    if (isTerminal(status) && !completedAt.isValid()) {
        completedAt = remote.updatedAt.isValid() ? remote.updatedAt : QDateTime::currentDateTimeUtc();
        changes.insert(QStringLiteral("completed_at"), toIso(completedAt));
    }
    // The result merges: a provider that reports the PR once and then omits it keeps it.
    TaskResult result = t.result;
    if (!remote.result.prUrl.isEmpty()) {
        result.prUrl = remote.result.prUrl;
        result.prNumber = remote.result.prNumber;
    }
    if (!remote.result.summary.isEmpty())
        result.summary = remote.result.summary;
    if (!remote.result.commitMessage.isEmpty())
        result.commitMessage = remote.result.commitMessage;
    if (!remote.result.diffUrl.isEmpty())
        result.diffUrl = remote.result.diffUrl;
    if (remote.result.cost)
        result.cost = remote.result.cost;
    if (completedAt.isValid() && t.createdAt.isValid())
        result.durationSeconds = std::max<qint64>(0, t.createdAt.secsTo(completedAt));
    if (!(result == t.result))
        changes.insert(QStringLiteral("result"),
                       QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)));

    if (changes.isEmpty())
        return activityChanges > 0;
    changes.insert(QStringLiteral("updated_at"), nowIso());
    const Error e = m_tasks.update(taskId, changes);
    if (e) {
        if (error)
            *error = e;
        return false;
    }
    return true;
}

void TaskService::approvePlan(const QString &taskId, Callback<Task> done)
{
    withTask(taskId, Operation::ApprovePlan, [this, done](const Task &task, ProviderAdapter *adapter, const Credentials &c) {
        adapter->approvePlan(c, task, [this, id = task.id, done](const Outcome<Done> &r) {
            if (!r.ok()) {
                done({{}, r.error});
                return;
            }
            sync(id, done);   // show the new state at once rather than at the next poll
        });
    }, done);
}

void TaskService::sendMessage(const QString &taskId, const QString &text, Callback<Task> done)
{
    if (text.trimmed().isEmpty()) {
        answerLater([done] { done({{}, Error::validation(tr("The message must not be empty."))}); });
        return;
    }
    if (text.size() > kMaxPromptLength) {
        answerLater([done] {
            done({{}, Error::validation(tr("The message is longer than %1 characters.").arg(kMaxPromptLength))});
        });
        return;
    }
    withTask(taskId, Operation::SendMessage,
             [this, text, done](const Task &task, ProviderAdapter *adapter, const Credentials &c) {
                 adapter->sendMessage(c, task, text, [this, id = task.id, done](const Outcome<RemoteTask> &r) {
                     if (!r.ok()) {
                         done({{}, r.error});
                         return;
                     }
                     Error error;
                     RemoteTask echo = r.value;
                     echo.status.reset();   // an echo carries no state of its own
                     applyRemote(id, echo, &error);
                     sync(id, done);
                 });
             },
             done);
}

void TaskService::cancel(const QString &taskId, Callback<Task> done)
{
    withTask(taskId, Operation::Cancel, [this, done](const Task &task, ProviderAdapter *adapter, const Credentials &c) {
        adapter->cancel(c, task, [this, id = task.id, done](const Outcome<Done> &r) {
            if (!r.ok()) {
                done({{}, r.error});
                return;
            }
            // The provider confirmed the stop; record it so the next sync cannot undo it.
            m_tasks.update(id, {{QStringLiteral("status"), statusKey(TaskStatus::Cancelled)},
                                {QStringLiteral("attention"), QString()},
                                {QStringLiteral("attention_reason"), QString()},
                                {QStringLiteral("completed_at"), nowIso()},
                                {QStringLiteral("updated_at"), nowIso()}});
            sync(id, done);
        });
    }, done);
}

void TaskService::remove(const QString &taskId, bool upstream, Callback<Done> done)
{
    const std::optional<Task> task = m_tasks.task(taskId);
    if (!task) {
        answerLater([done, taskId] { done({{}, taskNotFound(taskId)}); });
        return;
    }
    if (!upstream || task->externalId.isEmpty()) {
        const Error e = m_tasks.remove(taskId);
        answerLater([done, e] { done({{}, e}); });
        return;
    }
    withTask(taskId, Operation::Delete, [this, done](const Task &t, ProviderAdapter *adapter, const Credentials &c) {
        adapter->remove(c, t, [this, id = t.id, done](const Outcome<Done> &r) {
            if (!r.ok()) {
                done({{}, r.error});   // keep the local copy: nothing lost on a failed upstream delete
                return;
            }
            done({{}, m_tasks.remove(id)});
        });
    }, [done](const Outcome<Task> &failed) { done({{}, failed.error}); });
}

void TaskService::listSources(ProviderId provider, const QString &account, Callback<QList<SourceInfo>> done)
{
    ProviderAdapter *adapter = m_providers.adapter(provider);
    if (!adapter) {
        answerLater([done, provider] {
            done({{}, Error::usage(tr("%1 is not supported by this build of AgentDesk.").arg(providerDisplayName(provider)))});
        });
        return;
    }
    withCredentials(provider, account, [adapter, done](const Outcome<Credentials> &cred) {
        if (!cred.ok()) {
            done({{}, cred.error});
            return;
        }
        adapter->listSources(cred.value, done);
    });
}

} // namespace agentdesk
