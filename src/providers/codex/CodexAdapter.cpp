#include "CodexAdapter.h"

#include "CodexLogin.h"
#include "CodexMapper.h"
#include "net/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace agentdesk {

namespace {
constexpr int kEnvironmentCacheSeconds = 120;
}

CodexAdapter::CodexAdapter(HttpClient &http, QObject *parent) : ProviderAdapter(http, parent) { }

QUrl CodexAdapter::defaultBaseUrl(const Credentials &) const
{
    return QUrl(QStringLiteral("https://chatgpt.com/backend-api"));
}

void CodexAdapter::authorize(HttpRequest &request, const Credentials &c) const
{
    request.setHeader("Authorization", "Bearer " + c.key.reveal().toUtf8());
    request.setHeader("ChatGPT-Account-Id", c.settings.value(QLatin1String("accountId")).toString().toUtf8());
    request.setHeader("User-Agent", "codex-cli");
}

QString CodexAdapter::api(const Credentials &c, const QString &path) const
{
    // The Codex CLI uses /wham/... under a .../backend-api base, /api/codex/... otherwise.
    const QUrl base = c.baseUrl.isEmpty() ? defaultBaseUrl(c) : c.baseUrl;
    return (base.path().contains(QLatin1String("backend-api")) ? QStringLiteral("/wham") : QStringLiteral("/api/codex"))
           + path;
}

Capabilities CodexAdapter::capabilities() const
{
    Capabilities caps;
    caps.followUp = true;       // INFERRED
    caps.upstreamCancel = true; // INFERRED
    caps.upstreamDelete = true; // archive, INFERRED
    caps.listSources = true;    // environments, INFERRED
    caps.listTasks = true;
    caps.experimental = true;
    return caps;
}

QString CodexAdapter::unsupportedReason(Operation op) const
{
    if (op == Operation::ApprovePlan)
        return tr("Codex Cloud has no plan approval step.");
    return ProviderAdapter::unsupportedReason(op);
}

std::optional<Outcome<ImportedCredential>> CodexAdapter::importLocalLogin(const QString &path) const
{
    return codex::readCodexLogin(path.isEmpty() ? codex::defaultCodexAuthPath() : path);
}

QStringList CodexAdapter::supportedProviderOptions(const Credentials &) const
{
    return {QStringLiteral("bestOfN"), QStringLiteral("environmentId")};
}

void CodexAdapter::listSources(const Credentials &c, const QObject *context, Callback<QList<SourceInfo>> done)
{
    cachedSources(
        c, kEnvironmentCacheSeconds, context,
        [this, c, context](Callback<QList<SourceInfo>> fetched) {
            const HttpRequest r = makeRequest(c, "GET", api(c, QStringLiteral("/environments")),
                                              tr("Codex: list environments (experimental)"));
            call<QList<SourceInfo>>(r, context, fetched, [fetched](const HttpResponse &resp) {
                const QJsonDocument doc = QJsonDocument::fromJson(resp.body);
                fetched(
                    {codex::mapEnvironments(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object())), {}});
            });
        },
        std::move(done));
}

void CodexAdapter::resolveEnvironment(const Credentials &c, const NewTask &input, const QObject *context,
                                      std::function<void(const QString &, const Error &)> then)
{
    const QString chosen = input.options.provider.value(QLatin1String("environmentId")).toString();
    if (!chosen.isEmpty()) {
        deliverLater(context, [then, chosen] { then(chosen, {}); });
        return;
    }
    const QString repo = repoNameFromUrl(input.repoUrl);
    const HttpRequest r = makeRequest(c, "GET", api(c, QStringLiteral("/environments/by-repo/github/") + repo),
                                      tr("Codex: find the environment for %1").arg(repo));
    sendChecked(
        r, context, [then](const Error &e) { then({}, e); },
        [then, repo](const HttpResponse &resp) {
            const QJsonDocument doc = QJsonDocument::fromJson(resp.body);
            const QList<SourceInfo> envs =
                codex::mapEnvironments(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
            if (envs.isEmpty()) {
                then({},
                     Error::validation(tr("No Codex environment matches %1. Create one in Codex (chatgpt.com/codex), "
                                          "or pick one of `agentdeskctl sources list --provider codex-cloud` with "
                                          "--codex-env.")
                                           .arg(repo)));
                return;
            }
            if (envs.size() > 1) {
                QStringList names;
                for (const SourceInfo &e : envs)
                    names << QStringLiteral("%1 (%2)").arg(e.name, e.defaultBranch);
                then({}, Error::validation(tr("Several Codex environments match %1: %2. Choose one with --codex-env.")
                                               .arg(repo, names.join(QLatin1String(", ")))));
                return;
            }
            then(envs.first().name, {});
        });
}

void CodexAdapter::create(const Credentials &c, const NewTask &input, const QObject *context, Callback<RemoteTask> done)
{
    resolveEnvironment(c, input, context, [this, c, input, context, done](const QString &envId, const Error &e) {
        if (e) {
            done({{}, e});
            return;
        }
        HttpRequest r = makeRequest(c, "POST", api(c, QStringLiteral("/tasks")), tr("Codex: create task"));
        r.setJsonBody(codex::createBody(input, envId));
        call<RemoteTask>(r, context, done, [done, envId](const HttpResponse &resp) {
            RemoteTask t;
            t.externalId = codex::taskIdFromCreate(resp.json());
            if (t.externalId.isEmpty()) {
                done({{}, Error::provider(tr("Codex: create task answered without a task id."))});
                return;
            }
            t.status = TaskStatus::Queued;
            t.providerState.insert(QStringLiteral("environmentId"), envId);
            done({t, {}});
        });
    });
}

void CodexAdapter::fetch(const Credentials &c, const SyncCursor &cursor, const QObject *context,
                         Callback<RemoteTask> done)
{
    const HttpRequest r =
        makeRequest(c, "GET", api(c, QStringLiteral("/tasks/") + cursor.externalId), tr("Codex: get task"));
    call<RemoteTask>(r, context, done, [this, c, context, done](const HttpResponse &resp) {
        RemoteTask task = codex::mapTaskBundle(resp.json());
        if (task.externalId.isEmpty()) {
            done({{}, Error::provider(tr("Codex: get task answered without a task id; nothing was applied."))});
            return;
        }
        const QString turnId = task.providerState.value(QLatin1String("turnId")).toString();
        if (task.providerState.value(QLatin1String("siblingTurnIds")).toArray().isEmpty() || turnId.isEmpty()) {
            done({task, {}});
            return;
        }
        // A best-of-N turn: the other attempts are read too, and shown as such.
        const HttpRequest siblings = makeRequest(
            c, "GET", api(c, QStringLiteral("/tasks/%1/turns/%2/sibling_turns").arg(task.externalId, turnId)),
            tr("Codex: get the other attempts (experimental)"));
        call<RemoteTask>(siblings, context, done, [task, done](const HttpResponse &sresp) mutable {
            task.activities += codex::mapSiblingTurns(sresp.json());
            done({task, {}});
        });
    });
}

void CodexAdapter::listTasks(const Credentials &c, const ListQuery &query, const QObject *context,
                             Callback<RemotePage> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(query.pageSize, 1, 100)));
    q.addQueryItem(QStringLiteral("task_filter"),
                   query.archived ? QStringLiteral("archived") : QStringLiteral("current"));
    if (!query.pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), query.pageToken);
    HttpRequest r =
        makeRequest(c, "GET", api(c, QStringLiteral("/tasks/list")), tr("Codex: list tasks (experimental)"));
    r.url.setQuery(q);
    call<RemotePage>(r, context, done, [done, archived = query.archived](const HttpResponse &resp) {
        done({RemotePage::from(resp.json(), "items", "cursor", archived, &codex::mapListItem), {}});
    });
}

void CodexAdapter::checkKey(const Credentials &c, const QObject *context, Callback<KeyCheck> done)
{
    const HttpRequest r =
        makeRequest(c, "GET", api(c, QStringLiteral("/environments")), tr("Codex: check the login (experimental)"));
    call<KeyCheck>(r, context, done, [done](const HttpResponse &) {
        done({KeyCheck{{}, tr("The ChatGPT login works for Codex Cloud.")}, {}});
    });
}

void CodexAdapter::sendMessage(const Credentials &c, const Task &task, const QString &text, const QObject *context,
                               Callback<RemoteTask> done)
{
    HttpRequest r = makeRequest(c, "POST", api(c, QStringLiteral("/tasks")), tr("Codex: follow-up (experimental)"));
    r.setJsonBody(
        codex::followUpBody(task.externalId, task.providerState.value(QLatin1String("turnId")).toString(), text));
    call<RemoteTask>(r, context, done, [done](const HttpResponse &resp) {
        // The answer is the task bundle with the new turn (INFERRED); record what it shows.
        const QJsonObject bundle = resp.json();
        done({bundle.contains(QLatin1String("task")) ? codex::mapTaskBundle(bundle) : RemoteTask{}, {}});
    });
}

void CodexAdapter::cancel(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done)
{
    HttpRequest r = makeRequest(c, "POST", api(c, QStringLiteral("/tasks/%1/cancel").arg(task.externalId)),
                                tr("Codex: cancel (experimental)"));
    r.setJsonBody(QJsonObject{});
    r.allowEmptyBody = true;
    call<Done>(r, context, done, [done](const HttpResponse &) { done({}); });
}

void CodexAdapter::remove(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done)
{
    // Codex has no delete; archiving is the closest upstream action.
    HttpRequest r = makeRequest(c, "POST", api(c, QStringLiteral("/tasks/%1/archive").arg(task.externalId)),
                                tr("Codex: archive (experimental)"));
    r.setJsonBody(QJsonObject{});
    r.allowEmptyBody = true;
    call<Done>(r, context, done, [done](const HttpResponse &) { done({}); });
}

} // namespace agentdesk
