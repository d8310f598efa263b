#include "TaskService.h"

#include "accounts/CredentialResolver.h"
#include "base/Async.h"
#include "base/Translate.h"
#include "domain/Timestamps.h"
#include "providers/ProviderRegistry.h"
#include "storage/TaskStore.h"
#include "tasks/RemoteMerge.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTasks, "agentdesk.tasks")

namespace agentdesk {

namespace {

Error taskNotFound(const QString &id)
{
    return Error::notFound(tr("No task with id %1. `agentdeskctl task list` shows the known tasks.").arg(id));
}

Error unsupportedProvider(ProviderId provider)
{
    return Error::usage(tr("%1 is not supported by this build of AgentDesk.").arg(providerDisplayName(provider)));
}

} // namespace

TaskService::TaskService(TaskStore &tasks, CredentialResolver &credentials, ProviderRegistry &providers,
                         const Clock &clock, QObject *parent)
    : QObject(parent), m_tasks(tasks), m_credentials(credentials), m_providers(providers), m_clock(clock)
{
    const QList<ProviderId> ids = m_providers.available();
    for (ProviderId id : ids) {
        connect(m_providers.adapter(id), &ProviderAdapter::remoteChanged, this, [this, id](const QString &externalId) {
            if (const auto task = m_tasks.findByExternalId(id, externalId); task.ok() && task.value)
                Q_EMIT remoteChanged(task.value->id);
        });
    }
}

void TaskService::answerLater(const QObject *context, std::function<void()> fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}

Capabilities TaskService::capabilities(ProviderId provider) const
{
    if (auto *a = m_providers.adapter(provider))
        return a->capabilities();
    return {};
}

QList<ProviderId> TaskService::availableProviders() const
{
    QList<ProviderId> agents = m_providers.available();
    agents.removeIf([](ProviderId id) { return !isAgentProvider(id); });
    return agents;
}

ProviderAdapter *TaskService::adapter(ProviderId provider) const
{
    return m_providers.adapter(provider);
}

QString TaskService::whyNot(const Task &task, Operation op) const
{
    ProviderAdapter *adapter = m_providers.adapter(task.provider);
    if (!adapter)
        return unsupportedProvider(task.provider).message;
    if (task.goneAt.isValid() && op != Operation::Delete)
        return tr("%1 no longer has this task (gone upstream since %2); only deleting it here is left.")
            .arg(providerDisplayName(task.provider),
                 QLocale().toString(task.goneAt.toLocalTime(), QLocale::ShortFormat));
    const QString unsupported = adapter->unsupportedReason(op);
    if (!unsupported.isEmpty())
        return unsupported;
    if (op != Operation::Delete && op != Operation::Fetch && task.externalId.isEmpty())
        return tr("The task was never created upstream.");
    return adapter->whyNot(task, op);
}

void TaskService::create(const NewTask &input, const QObject *context, Callback<Task> done)
{
    auto answer = bindTo(context, std::move(done));
    const Error invalid = validationError(validateNewTask(input));
    if (invalid)
        return answerLater(this, [answer, invalid]() mutable { answer({{}, invalid}); });
    const ProviderId provider = *providerFromKey(input.provider);
    ProviderAdapter *adapter = m_providers.adapter(provider);
    if (!adapter)
        return answerLater(this, [answer, provider]() mutable { answer({{}, unsupportedProvider(provider)}); });
    // Creating is a change upstream: it finishes under this service whoever waits for it,
    // so a task that exists at the provider is always recorded here.
    m_credentials.resolve(
        provider, input.account, this,
        [this, input, provider, adapter, answer](const Outcome<Credentials> &cred) mutable {
            if (!cred.ok())
                return answer({{}, cred.error});
            if (const Error refused = adapter->checkOptions(cred.value, input))
                return answer({{}, refused});
            NewTask normalized = input;
            normalized.prompt = input.prompt.trimmed();
            normalized.repoUrl = input.repoUrl.trimmed();
            if (m_createGate)
                if (const Error refused = m_createGate(provider, cred.value.accountName, normalized))
                    return answer({{}, refused});
            adapter->create(
                cred.value, normalized, this,
                [this, normalized, provider, cred, answer](const Outcome<RemoteTask> &r) mutable {
                    if (!r.ok())
                        return answer({{}, r.error});
                    const QDateTime now = m_clock.now();
                    Task task;
                    task.id = generateTaskId(now);
                    task.provider = provider;
                    task.account = cred.value.accountName;
                    task.externalId = r.value.externalId;
                    task.status = r.value.status.value_or(TaskStatus::Queued);
                    task.upstreamStatus = r.value.upstreamStatus;
                    task.attention = r.value.attention;
                    task.title = r.value.title;
                    task.webUrl = r.value.webUrl;
                    task.prompt = normalized.prompt;
                    task.source =
                        TaskSource{repoNameFromUrl(normalized.repoUrl), normalized.repoUrl, normalized.branch};
                    task.options = normalized.options;
                    task.result = r.value.result;
                    task.providerState = r.value.providerState;
                    task.createdAt = now;
                    task.updatedAt = now;
                    task.observedAt = now;
                    m_tasks.insert(task, this, [task, provider, answer](const Outcome<Done> &stored) mutable {
                        if (!stored.ok()) {
                            return answer(
                                {{},
                                 Error::storage(
                                     tr("The task was created upstream (%1 %2) but could not be saved: %3")
                                         .arg(providerDisplayName(provider), task.externalId, stored.error.message))});
                        }
                        answer({task, {}});
                    });
                });
        });
}

void TaskService::withTask(const QString &taskId, Operation op, const QObject *context, Run run, Callback<Task> fail)
{
    const Outcome<std::optional<Task>> found = m_tasks.find(taskId);
    if (!found.ok())
        return answerLater(context, [fail, e = found.error] { fail({{}, e}); });
    if (!found.value)
        return answerLater(context, [fail, taskId] { fail({{}, taskNotFound(taskId)}); });
    const QString reason = whyNot(*found.value, op);
    if (!reason.isEmpty())
        return answerLater(context, [fail, reason] { fail({{}, Error::usage(reason)}); });
    ProviderAdapter *adapter = m_providers.adapter(found.value->provider);
    const Task t = *found.value;
    m_credentials.resolve(t.provider, t.account, context, [t, adapter, run, fail](const Outcome<Credentials> &cred) {
        if (!cred.ok())
            return fail({{}, cred.error});
        run(t, adapter, cred.value);
    });
}

void TaskService::sync(const QString &taskId, const QObject *context, Callback<Task> done, RequestPriority priority)
{
    auto answer = bindTo(context, std::move(done));
    withTask(
        taskId, Operation::Fetch, context,
        [this, context, answer, priority](const Task &task, ProviderAdapter *adapter, Credentials c) mutable {
            c.priority = priority;
            if (task.externalId.isEmpty())
                return answer({task, {}});
            const SyncCursor cursor{task.externalId, task.createdAt, task.lastActivityAt, task.providerState};
            const QString id = task.id;
            // When it was asked for decides whether its answer is news (RemoteMerge): a slow
            // answer never replaces one asked for later, by this process or another.
            const QDateTime askedAt = m_clock.now();
            // A read: abandoned with its context.
            adapter->fetch(c, cursor, context, [this, id, askedAt, answer](const Outcome<RemoteTask> &r) mutable {
                if (!r.ok()) {
                    if (r.error.httpStatus == 404 || r.error.httpStatus == 410)
                        markGone(id, r.error);
                    return answer({{}, r.error});
                }
                applyRemote(id, r.value, askedAt, this, [this, id, answer](const Outcome<bool> &applied) mutable {
                    if (!applied.ok())
                        return answer({{}, applied.error});
                    const Outcome<std::optional<Task>> updated = m_tasks.find(id);
                    if (!updated.ok())
                        return answer({{}, updated.error});
                    if (!updated.value) // deleted while the fetch was under way
                        return answer({{}, taskNotFound(id)});
                    answer({*updated.value, {}});
                });
            });
        },
        answer);
}

void TaskService::markGone(const QString &taskId, const Error &why)
{
    const Outcome<std::optional<Task>> found = m_tasks.find(taskId);
    if (!found.ok() || !found.value || found.value->goneAt.isValid())
        return;
    // Only a provider that answered "no such task" marks it: a network failure never does.
    const QString now = toIso(m_clock.now());
    m_tasks.update(taskId,
                   {{QStringLiteral("gone_at"), now},
                    {QStringLiteral("attention"), QString()},
                    {QStringLiteral("attention_reason"), QString()},
                    {QStringLiteral("updated_at"), now},
                    {QStringLiteral("observed_at"), now}},
                   this, [this, taskId, why](const Outcome<Done> &r) {
                       if (!r.ok()) {
                           qCWarning(lcTasks).noquote()
                               << "cannot mark" << taskId << "as gone upstream:" << r.error.message;
                           return;
                       }
                       qCInfo(lcTasks).noquote() << taskId << "is gone upstream:" << why.message;
                       Q_EMIT goneUpstream(taskId);
                   });
}

void TaskService::applyRemote(const QString &taskId, const RemoteTask &remote, const QDateTime &askedAt,
                              const QObject *context, Callback<bool> done)
{
    const QDateTime now = m_clock.now();
    const QDateTime asked = askedAt.isValid() ? askedAt : now;
    // The merge runs inside the store's write transaction, on its thread: it holds copies only.
    m_tasks.modify(
        taskId, remote.activities, now,
        [remote, asked, now](const Task &stored) { return remoteChanges(stored, remote, asked, now); }, context,
        [done = std::move(done)](const Outcome<TaskStore::Modified> &m) {
            if (!m.ok())
                return done({false, m.error});
            done({m.value.found
                      && (m.value.columnsChanged || m.value.activities.changed > 0 || m.value.activities.inserted > 0),
                  {}});
        });
}

Task TaskService::adoptedTask(const RemoteTask &remote, ProviderId provider, const QString &account,
                              TaskOrigin origin) const
{
    const QDateTime now = m_clock.now();
    Task task;
    task.createdAt = remote.createdAt.isValid() ? remote.createdAt : now;
    task.id = generateTaskId(task.createdAt);
    task.provider = provider;
    task.account = account;
    task.externalId = remote.externalId;
    task.status = remote.status.value_or(TaskStatus::Queued);
    task.upstreamStatus = remote.upstreamStatus.left(200);
    task.attention = isTerminal(task.status) ? Attention{} : remote.attention;
    task.title = boundedTitle(remote.title);
    task.webUrl = remote.webUrl;
    task.prompt = boundedText(remote.prompt);
    if (task.prompt.isNull())
        task.prompt = QStringLiteral(""); // stored NOT NULL: a listing without the prompt is an empty one
    task.source = remote.source;
    task.result = remote.result;
    task.error = boundedText(remote.error);
    task.updatedAt = remote.updatedAt.isValid() ? remote.updatedAt : now;
    if (isTerminal(task.status))
        task.completedAt = task.updatedAt;
    task.providerState = remote.providerState;
    task.origin = origin;
    task.archived = remote.archived.value_or(false);
    // Archived upstream: kept, but out of the way until asked for.
    task.hidden = task.archived;
    return task;
}

void TaskService::adoptAll(const QList<RemoteTask> &remotes, ProviderId provider, const QString &account,
                           TaskOrigin origin, const QObject *context, Callback<QList<Task>> done)
{
    QList<Task> tasks;
    for (const RemoteTask &remote : remotes)
        tasks << adoptedTask(remote, provider, account, origin);
    if (tasks.isEmpty())
        return bindTo(context, std::move(done))({QList<Task>{}, {}});
    m_tasks.insertNew(tasks, context, std::move(done));
}

void TaskService::adopt(const RemoteTask &remote, ProviderId provider, const QString &account, TaskOrigin origin,
                        const QObject *context, Callback<Task> done)
{
    auto answer = bindTo(context, std::move(done));
    adoptAll({remote}, provider, account, origin, this,
             [this, provider, externalId = remote.externalId, answer](const Outcome<QList<Task>> &r) {
                 if (!r.ok())
                     return answer({{}, r.error});
                 if (!r.value.isEmpty())
                     return answer({r.value.first(), {}});
                 // Known already (here, or adopted by another process meanwhile): that task.
                 const Outcome<std::optional<Task>> known = m_tasks.findByExternalId(provider, externalId);
                 if (!known.ok() || !known.value)
                     return answer({{}, known.ok() ? taskNotFound(externalId) : known.error});
                 answer({*known.value, {}});
             });
}

void TaskService::findUpstream(ProviderId provider, const QString &account,
                               std::function<bool(const RemoteTask &)> pick, int maxPages, const QObject *context,
                               Callback<Found> done)
{
    auto answer = bindTo(context, std::move(done));
    ProviderAdapter *adapter = m_providers.adapter(provider);
    if (!adapter || !adapter->capabilities().listTasks)
        return answerLater(context, [answer, provider] {
            answer({{}, Error::usage(tr("%1 cannot list its tasks.").arg(providerDisplayName(provider)))});
        });
    m_credentials.resolve(
        provider, account, context, [adapter, pick, maxPages, context, answer](const Outcome<Credentials> &cred) {
            if (!cred.ok())
                return answer({{}, cred.error});
            // Each page's callback holds the walk; the walk holds itself only weakly, so an
            // abandoned walk (its context gone) is freed with its last callback.
            using Step = std::function<void(const QString &, int)>;
            auto step = std::make_shared<Step>();
            *step = [adapter, cred = cred.value, pick, context, answer,
                     self = std::weak_ptr<Step>(step)](const QString &token, int pagesLeft) {
                ListQuery q;
                q.pageToken = token;
                adapter->listTasks(cred, q, context,
                                   [pick, answer, next = self.lock(), pagesLeft](const Outcome<RemotePage> &page) {
                                       if (!page.ok())
                                           return answer({{}, page.error});
                                       for (const RemoteTask &t : page.value.tasks)
                                           if (pick(t))
                                               return answer({Found{t, false}, {}});
                                       if (page.value.nextPageToken.isEmpty() || pagesLeft <= 1 || !next)
                                           return answer({Found{std::nullopt, page.value.nextPageToken.isEmpty()}, {}});
                                       (*next)(page.value.nextPageToken, pagesLeft - 1);
                                   });
            };
            (*step)(QString(), maxPages);
        });
}

void TaskService::settle(const QString &taskId, Callback<Task> done)
{
    sync(taskId, this, [this, taskId, done](const Outcome<Task> &r) {
        if (r.ok())
            return done(r);
        const Outcome<std::optional<Task>> stored = m_tasks.find(taskId);
        if (stored.ok() && stored.value)
            return done({*stored.value, {}});
        done(r);
    });
}

void TaskService::approvePlan(const QString &taskId, const QObject *context, Callback<Task> done)
{
    auto answer = bindTo(context, std::move(done));
    withTask(
        taskId, Operation::ApprovePlan, this,
        [this, answer](const Task &task, ProviderAdapter *adapter, const Credentials &c) {
            adapter->approvePlan(c, task, this, [this, id = task.id, answer](const Outcome<Done> &r) {
                if (!r.ok())
                    return answer({{}, r.error});
                settle(id, answer); // show the new state at once rather than at the next poll
            });
        },
        answer);
}

void TaskService::sendMessage(const QString &taskId, const QString &text, const QObject *context, Callback<Task> done)
{
    auto answer = bindTo(context, std::move(done));
    if (const QString problem = validatePromptText(text, tr("The message")); !problem.isEmpty())
        return answerLater(this, [answer, problem]() mutable { answer({{}, Error::validation(problem)}); });
    withTask(
        taskId, Operation::SendMessage, this,
        [this, text, answer](const Task &task, ProviderAdapter *adapter, const Credentials &c) {
            adapter->sendMessage(c, task, text, this, [this, task, answer](const Outcome<RemoteTask> &r) {
                if (!r.ok())
                    return answer({{}, r.error});
                RemoteTask echo = r.value;
                echo.status.reset(); // an echo carries no state of its own
                if (isTerminal(task.status)) {
                    // The provider took a follow-up after the end: the task runs again,
                    // and what the new run does joins the same timeline.
                    echo.status = TaskStatus::Running;
                    echo.upstreamStatus = QString();
                }
                // Sent just now: newer than any answer asked for before it. A finished
                // task that runs again has no error any more.
                if (isTerminal(task.status))
                    echo.error.clear();
                applyRemote(
                    task.id, echo, m_clock.now(), this, [this, task, answer](const Outcome<bool> &applied) mutable {
                        if (!applied.ok())
                            return answer({{},
                                           Error::storage(tr("The message was sent, but recording it failed: %1")
                                                              .arg(applied.error.message))});
                        if (!isTerminal(task.status) || task.error.isEmpty())
                            return settle(task.id, answer);
                        m_tasks.update(task.id, {{QStringLiteral("error"), QVariant(QMetaType::fromType<QString>())}},
                                       this, [this, id = task.id, answer](const Outcome<Done> &cleared) mutable {
                                           if (!cleared.ok())
                                               return answer({{}, cleared.error});
                                           settle(id, answer);
                                       });
                    });
            });
        },
        answer);
}

void TaskService::cancel(const QString &taskId, const QObject *context, Callback<Task> done)
{
    auto answer = bindTo(context, std::move(done));
    withTask(
        taskId, Operation::Cancel, this,
        [this, answer](const Task &task, ProviderAdapter *adapter, const Credentials &c) {
            adapter->cancel(c, task, this, [this, id = task.id, answer](const Outcome<Done> &r) {
                if (!r.ok())
                    return answer({{}, r.error});
                // The provider confirmed the stop; record it so the next sync cannot undo it.
                const QString now = toIso(m_clock.now());
                m_tasks.update(id,
                               {{QStringLiteral("status"), statusKey(TaskStatus::Cancelled)},
                                {QStringLiteral("attention"), QString()},
                                {QStringLiteral("attention_reason"), QString()},
                                {QStringLiteral("completed_at"), now},
                                {QStringLiteral("updated_at"), now},
                                {QStringLiteral("observed_at"), now}},
                               this, [this, id, answer](const Outcome<Done> &recorded) mutable {
                                   if (!recorded.ok())
                                       return answer(
                                           {{},
                                            Error::storage(tr("The task was stopped upstream, but recording it "
                                                              "failed: %1")
                                                               .arg(recorded.error.message))});
                                   settle(id, answer);
                               });
            });
        },
        answer);
}

void TaskService::remove(const QString &taskId, bool upstream, const QObject *context, Callback<Done> done)
{
    auto answer = bindTo(context, std::move(done));
    const Outcome<std::optional<Task>> found = m_tasks.find(taskId);
    if (!found.ok())
        return answerLater(this, [answer, e = found.error]() mutable { answer({{}, e}); });
    if (!found.value)
        return answerLater(this, [answer, taskId]() mutable { answer({{}, taskNotFound(taskId)}); });
    if (!upstream || found.value->externalId.isEmpty() || found.value->goneAt.isValid())
        return m_tasks.remove(taskId, this, answer);
    withTask(
        taskId, Operation::Delete, this,
        [this, answer](const Task &t, ProviderAdapter *adapter, const Credentials &c) {
            adapter->remove(c, t, this, [this, id = t.id, answer](const Outcome<Done> &r) {
                if (!r.ok())
                    return answer({{}, r.error}); // keep the local copy: nothing lost on a failed upstream delete
                m_tasks.remove(id, this, answer);
            });
        },
        [answer](const Outcome<Task> &failed) mutable {
            answer({{}, failed.error});
        });
}

void TaskService::listSources(ProviderId provider, const QString &account, const QObject *context,
                              Callback<QList<SourceInfo>> done)
{
    auto answer = bindTo(context, std::move(done));
    ProviderAdapter *adapter = m_providers.adapter(provider);
    if (!adapter)
        return answerLater(context, [answer, provider]() mutable { answer({{}, unsupportedProvider(provider)}); });
    m_credentials.resolve(provider, account, context,
                          [adapter, context, answer](const Outcome<Credentials> &cred) mutable {
                              if (!cred.ok())
                                  return answer({{}, cred.error});
                              adapter->listSources(cred.value, context, answer);
                          });
}

} // namespace agentdesk
