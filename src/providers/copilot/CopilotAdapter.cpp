#include "CopilotAdapter.h"

#include "CopilotMapper.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace agentdesk {

CopilotAdapter::CopilotAdapter(HttpClient &http, QObject *parent) : ProviderAdapter(http, parent) { }

QUrl CopilotAdapter::defaultBaseUrl(const Credentials &) const
{
    return QUrl(QStringLiteral("https://api.github.com"));
}

void CopilotAdapter::authorize(HttpRequest &request, const Credentials &c) const
{
    request.setHeader("Authorization", "Bearer " + c.key.reveal().toUtf8());
    request.setHeader("Accept", "application/vnd.github+json");
    request.setHeader("X-GitHub-Api-Version", kApiVersion);
}

Capabilities CopilotAdapter::capabilities() const
{
    Capabilities caps;
    caps.listSources = true;
    caps.listTasks = true;
    return caps;
}

QString CopilotAdapter::unsupportedReason(Operation op) const
{
    switch (op) {
    case Operation::SendMessage:
        return tr("GitHub's agent tasks API takes no follow-up messages. To give Copilot more to do (or answer it), "
                  "comment on its pull request on GitHub and mention @copilot.");
    case Operation::Cancel:
        return tr("GitHub's agent tasks API cannot stop a task. Stop it on github.com (Copilot ▸ Agents).");
    case Operation::Delete:
        return tr(
            "GitHub's agent tasks API cannot delete or archive a task; archive it on github.com. Deleting it here "
            "removes it from AgentDesk only.");
    case Operation::ApprovePlan: return tr("Copilot has no plan approval step.");
    default: return ProviderAdapter::unsupportedReason(op);
    }
}

QStringList CopilotAdapter::supportedProviderOptions(const Credentials &) const
{
    return {QStringLiteral("model")};
}

void CopilotAdapter::checkKey(const Credentials &c, const QObject *context, Callback<KeyCheck> done)
{
    // Who the token is, then whether it may read agent tasks at all.
    const HttpRequest user = makeRequest(c, "GET", QStringLiteral("/user"), tr("GitHub: check the token"));
    call<KeyCheck>(user, context, done, [this, c, context, done](const HttpResponse &resp) {
        KeyCheck k;
        k.identity = resp.json().value(QLatin1String("login")).toString();
        HttpRequest probe = makeRequest(c, "GET", QStringLiteral("/agents/tasks"), tr("GitHub: read agent tasks"));
        probe.url.setQuery(QStringLiteral("per_page=1"));
        call<KeyCheck>(probe, context, done, [k, done](const HttpResponse &) mutable {
            k.detail = tr("The token works for %1 and may read agent tasks.").arg(k.identity);
            done({k, {}});
        });
    });
}

void CopilotAdapter::create(const Credentials &c, const NewTask &input, const QObject *context,
                            Callback<RemoteTask> done)
{
    const QString repo = repoNameFromUrl(input.repoUrl);
    // "owner/repo", or an address on github.com (or a GitHub Enterprise Cloud host).
    const QString url = input.repoUrl.trimmed();
    const QString host = url.contains(QLatin1String("://")) ? QUrl(url).host().toLower() : QStringLiteral("github.com");
    const bool onGitHub = host == QLatin1String("github.com") || host == QLatin1String("www.github.com")
                          || host.endsWith(QLatin1String(".ghe.com"));
    if (!onGitHub || repo.count(QLatin1Char('/')) != 1) {
        deliverLater(context, [done, url = input.repoUrl] {
            done({{},
                  Error::validation(
                      tr("Copilot works on GitHub repositories: %1 is not one (https://github.com/OWNER/REPO).")
                          .arg(url))});
        });
        return;
    }
    HttpRequest r =
        makeRequest(c, "POST", QStringLiteral("/agents/repos/%1/tasks").arg(repo), tr("Copilot: start a task"));
    r.setJsonBody(copilot::createBody(input));
    call<RemoteTask>(r, context, done, [done, repo, input](const HttpResponse &resp) {
        RemoteTask t = copilot::mapTask(resp.json());
        if (t.externalId.isEmpty()) {
            done({{}, Error::provider(tr("Copilot: start a task answered without a task id."))});
            return;
        }
        if (!t.status)
            t.status = TaskStatus::Queued;
        t.providerState.insert(QStringLiteral("repository"), repo);
        done({t, {}});
    });
}

void CopilotAdapter::fetch(const Credentials &c, const SyncCursor &cursor, const QObject *context,
                           Callback<RemoteTask> done)
{
    HttpRequest r =
        makeRequest(c, "GET", QStringLiteral("/agents/tasks/") + cursor.externalId, tr("Copilot: get task"));
    // A task just started may not be readable at once.
    if (cursor.createdAt.isValid() && cursor.createdAt.secsTo(QDateTime::currentDateTimeUtc()) < 60)
        r.notFoundRetries = 3;
    call<RemoteTask>(r, context, done, [this, c, cursor, context, done](const HttpResponse &resp) {
        const QJsonObject json = resp.json();
        RemoteTask t = copilot::mapTask(json);
        if (t.externalId.isEmpty()) {
            done({{}, Error::provider(tr("Copilot: get task answered without a task id; nothing was applied."))});
            return;
        }
        // The repository: from the task's url, else what we knew, else its id.
        QString repo = t.providerState.value(QLatin1String("repository")).toString();
        if (repo.isEmpty())
            repo = cursor.providerState.value(QLatin1String("repository")).toString();
        auto withRepo = [this, c, context, done, t](const QString &name) mutable {
            if (!name.isEmpty()) {
                t.providerState.insert(QStringLiteral("repository"), name);
                if (t.source.repoName.isEmpty()) {
                    t.source.repoName = name;
                    t.source.repoUrl = QStringLiteral("https://github.com/") + name;
                }
            }
            resolvePull(c, t, context, done);
        };
        if (!repo.isEmpty())
            return withRepo(repo);
        resolveRepository(
            c, json.value(QLatin1String("repository")).toObject().value(QLatin1String("id")).toVariant().toLongLong(),
            context, withRepo);
    });
}

void CopilotAdapter::resolveRepository(const Credentials &c, qint64 repositoryId, const QObject *context,
                                       std::function<void(const QString &)> done)
{
    if (repositoryId <= 0)
        return deliverLater(context, [done] { done({}); });
    if (const auto it = m_repositories.constFind(repositoryId); it != m_repositories.cend())
        return deliverLater(context, [done, name = *it] { done(name); });
    const HttpRequest r =
        makeRequest(c, "GET", QStringLiteral("/repositories/%1").arg(repositoryId), tr("GitHub: get repository"));
    http().send(r, context, [this, repositoryId, done](const HttpResponse &resp) {
        const QString name = resp.ok() ? resp.json().value(QLatin1String("full_name")).toString() : QString();
        if (!name.isEmpty())
            m_repositories.insert(repositoryId, name);
        done(name); // without the name the task still shows; it just names no repository
    });
}

void CopilotAdapter::resolvePull(const Credentials &c, RemoteTask task, const QObject *context,
                                 Callback<RemoteTask> done)
{
    const QString pullId = task.providerState.value(QLatin1String("pullId")).toString();
    const QString head = task.providerState.value(QLatin1String("headRef")).toString();
    const QString repo = task.providerState.value(QLatin1String("repository")).toString();
    if (pullId.isEmpty() || head.isEmpty() || repo.isEmpty())
        return deliverLater(context, [done, task] { done({task, {}}); });
    // The artifact names the PR only by id: find it among the branch's pull requests.
    HttpRequest r =
        makeRequest(c, "GET", QStringLiteral("/repos/%1/pulls").arg(repo), tr("GitHub: find the pull request"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("head"), repo.section(QLatin1Char('/'), 0, 0) + QLatin1Char(':') + head);
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("all"));
    r.url.setQuery(q);
    http().send(r, context, [task, pullId, done](const HttpResponse &resp) mutable {
        if (resp.ok()) {
            for (const QJsonValue &v : resp.jsonArray()) {
                const QJsonObject pr = v.toObject();
                if (QString::number(pr.value(QLatin1String("id")).toVariant().toLongLong()) != pullId)
                    continue;
                task.result.prUrl = pr.value(QLatin1String("html_url")).toString();
                task.result.prNumber = pr.value(QLatin1String("number")).toInt();
                task.result.summary = pr.value(QLatin1String("title")).toString();
                Activity a;
                a.id = QStringLiteral("pull:") + pullId;
                a.type = ActivityType::Completion;
                a.content = QCoreApplication::translate("Copilot", "Pull request #%1: %2")
                                .arg(*task.result.prNumber)
                                .arg(task.result.summary);
                a.timestamp = QDateTime::fromString(pr.value(QLatin1String("created_at")).toString(), Qt::ISODate);
                a.metadata = QJsonObject{{QStringLiteral("author"), QStringLiteral("agent")},
                                         {QStringLiteral("prUrl"), task.result.prUrl}};
                task.activities << a;
            }
        }
        // Not found (yet), or GitHub said no: the task shows without its PR this time.
        done({task, {}});
    });
}

void CopilotAdapter::listTasks(const Credentials &c, const ListQuery &query, const QObject *context,
                               Callback<RemotePage> done)
{
    const int perPage = std::clamp(query.pageSize, 1, 100);
    const int page = query.pageToken.isEmpty() ? 1 : query.pageToken.toInt();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("updated_at"));
    q.addQueryItem(QStringLiteral("direction"), QStringLiteral("desc"));
    if (query.archived)
        q.addQueryItem(QStringLiteral("is_archived"), QStringLiteral("true"));
    if (query.updatedSince.isValid())
        q.addQueryItem(QStringLiteral("since"), query.updatedSince.toUTC().toString(Qt::ISODate));
    HttpRequest r = makeRequest(c, "GET", QStringLiteral("/agents/tasks"), tr("Copilot: list tasks"));
    r.url.setQuery(q);
    call<RemotePage>(r, context, done, [done, perPage, page, archived = query.archived](const HttpResponse &resp) {
        const QJsonArray tasks = resp.json().value(QLatin1String("tasks")).toArray();
        RemotePage out;
        for (const QJsonValue &v : tasks) {
            RemoteTask t = copilot::mapTask(v.toObject());
            if (archived)
                t.archived = true; // the archived listing does not always say so per item
            if (!t.externalId.isEmpty())
                out.tasks << t;
        }
        // Page-numbered; a short page is the last (the reference shows no Link header here).
        if (tasks.size() >= perPage)
            out.nextPageToken = QString::number(page + 1);
        out.complete = out.nextPageToken.isEmpty();
        done({out, {}});
    });
}

void CopilotAdapter::listSources(const Credentials &c, const QObject *context, Callback<QList<SourceInfo>> done)
{
    cachedSources(
        c, 300, context,
        [this, c, context](Callback<QList<SourceInfo>> fetched) {
            HttpRequest r = makeRequest(c, "GET", QStringLiteral("/user/repos"), tr("GitHub: list repositories"));
            r.url.setQuery(QStringLiteral("per_page=100&sort=pushed"));
            call<QList<SourceInfo>>(r, context, fetched, [fetched](const HttpResponse &resp) {
                QList<SourceInfo> out;
                for (const QJsonValue &v : resp.jsonArray()) {
                    const QJsonObject repo = v.toObject();
                    SourceInfo s;
                    s.repoName = repo.value(QLatin1String("full_name")).toString();
                    s.name = s.repoName;
                    s.url = repo.value(QLatin1String("html_url")).toString();
                    s.defaultBranch = repo.value(QLatin1String("default_branch")).toString();
                    if (!s.repoName.isEmpty())
                        out << s;
                }
                fetched({out, {}});
            });
        },
        std::move(done));
}

} // namespace agentdesk
