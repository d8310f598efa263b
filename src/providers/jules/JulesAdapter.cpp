#include "JulesAdapter.h"

#include "JulesMapper.h"
#include "domain/Timestamps.h"
#include "net/HttpClient.h"

#include <QUrlQuery>

namespace agentdesk {

namespace {
constexpr int kSourceCacheSeconds = 60;
constexpr int kFreshSessionSeconds = 120; // window in which Jules may still answer 404

// Jules pages with an opaque pageToken; its absence marks the last page.
ProviderAdapter::NextPage tokenPaging(HttpRequest request)
{
    return [request](const HttpResponse &page, int) -> std::optional<HttpRequest> {
        const QString token = page.json().value(QLatin1String("nextPageToken")).toString();
        if (token.isEmpty())
            return std::nullopt;
        HttpRequest next = request;
        QUrlQuery q(next.url);
        q.removeAllQueryItems(QStringLiteral("pageToken"));
        q.addQueryItem(QStringLiteral("pageToken"), token);
        next.url.setQuery(q);
        return next;
    };
}

std::function<QJsonArray(const QJsonObject &)> itemsAt(const char *key)
{
    return [key](const QJsonObject &page) { return page.value(QLatin1String(key)).toArray(); };
}
} // namespace

JulesAdapter::JulesAdapter(HttpClient &http, QObject *parent) : ProviderAdapter(http, parent) { }

QUrl JulesAdapter::defaultBaseUrl(const Credentials &) const
{
    return QUrl(QStringLiteral("https://jules.googleapis.com"));
}

void JulesAdapter::authorize(HttpRequest &request, const Credentials &c) const
{
    request.setHeader("X-Goog-Api-Key", c.key.reveal().toUtf8());
}

Capabilities JulesAdapter::capabilities() const
{
    Capabilities caps;
    caps.planApproval = true;
    caps.followUp = true;
    caps.upstreamCancel = false;
    caps.upstreamDelete = true;
    caps.listSources = true;
    caps.listTasks = true;
    return caps;
}

QString JulesAdapter::unsupportedReason(Operation op) const
{
    if (op == Operation::Cancel)
        return tr("Jules has no upstream cancel: its API offers no way to stop a session. Stop it in the "
                  "Jules web app, or delete the task here.");
    return ProviderAdapter::unsupportedReason(op);
}

void JulesAdapter::listSources(const Credentials &c, const QObject *context, Callback<QList<SourceInfo>> done)
{
    cachedSources(
        c, kSourceCacheSeconds, context,
        [this, c, context](Callback<QList<SourceInfo>> fetched) {
            HttpRequest r =
                makeRequest(c, "GET", QStringLiteral("/v1alpha/sources?pageSize=100"), tr("Jules: list sources"));
            collectPages(r, context, itemsAt("sources"), tokenPaging(r), [fetched](const Outcome<QJsonArray> &pages) {
                QList<SourceInfo> sources;
                for (const QJsonValue &v : pages.value)
                    sources << jules::mapSource(v.toObject());
                fetched({sources, pages.error});
            });
        },
        std::move(done));
}

void JulesAdapter::checkKey(const Credentials &c, const QObject *context, Callback<KeyCheck> done)
{
    // Jules has no "who am I": listing one source proves the key and shows what it reaches.
    const HttpRequest r =
        makeRequest(c, "GET", QStringLiteral("/v1alpha/sources?pageSize=1"), tr("Jules: check the key"));
    call<KeyCheck>(r, context, done, [done](const HttpResponse &resp) {
        const QJsonArray sources = resp.json().value(QLatin1String("sources")).toArray();
        KeyCheck k;
        k.detail = sources.isEmpty() ? tr("The key works; no repository is connected to Jules yet.")
                                     : tr("The key works and reaches connected repositories.");
        done({k, {}});
    });
}

void JulesAdapter::create(const Credentials &c, const NewTask &input, const QObject *context, Callback<RemoteTask> done)
{
    // Jules names sources inconsistently across its own docs; resolve the real name
    // from the account's connected repositories and send it verbatim.
    listSources(c, context, [this, c, input, context, done](const Outcome<QList<SourceInfo>> &sources) {
        if (!sources.ok()) {
            done({{}, sources.error});
            return;
        }
        const QString wanted = repoNameFromUrl(input.repoUrl);
        const SourceInfo *match = nullptr;
        for (const SourceInfo &s : sources.value)
            if (s.repoName.compare(wanted, Qt::CaseInsensitive) == 0)
                match = &s;
        if (!match) {
            done({{},
                  Error::validation(tr("The repository %1 is not connected to Jules for account \"%2\". "
                                       "Install the Jules GitHub app for it at jules.google.com, then try again.")
                                        .arg(wanted, c.accountName))});
            return;
        }
        NewTask withBranch = input;
        if (withBranch.branch.isEmpty())
            withBranch.branch = match->defaultBranch;
        Task forTitle;
        forTitle.prompt = input.prompt;
        HttpRequest r = makeRequest(c, "POST", QStringLiteral("/v1alpha/sessions"), tr("Jules: create session"));
        r.setJsonBody(jules::createSessionBody(withBranch, match->name, forTitle.displayTitle()));
        call<RemoteTask>(r, context, done, [done](const HttpResponse &resp) {
            RemoteTask task = jules::mapSession(resp.json());
            if (task.externalId.isEmpty()) {
                done({{}, Error::provider(tr("Jules: create session answered without a session id."))});
                return;
            }
            done({task, {}});
        });
    });
}

void JulesAdapter::fetch(const Credentials &c, const SyncCursor &cursor, const QObject *context,
                         Callback<RemoteTask> done)
{
    HttpRequest r =
        makeRequest(c, "GET", QStringLiteral("/v1alpha/sessions/") + jules::bareSessionId(cursor.externalId),
                    tr("Jules: get session"));
    const bool fresh =
        cursor.createdAt.isValid() && cursor.createdAt.secsTo(http().clock().now()) < kFreshSessionSeconds;
    if (fresh)
        r.notFoundRetries = 3;
    call<RemoteTask>(r, context, done, [this, c, cursor, context, done, fresh](const HttpResponse &resp) {
        const RemoteTask session = jules::mapSession(resp.json());
        if (session.externalId.isEmpty()) {
            done({{}, Error::provider(tr("Jules: get session answered without a session id; nothing was applied."))});
            return;
        }
        const bool useFilter = cursor.latestActivity.isValid() && !m_timeFilterRefused;
        fetchActivities(c, cursor, fresh, useFilter, session, context, done);
    });
}

void JulesAdapter::fetchActivities(const Credentials &c, const SyncCursor &cursor, bool fresh, bool useTimeFilter,
                                   RemoteTask task, const QObject *context, Callback<RemoteTask> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    if (useTimeFilter) {
        // One second of overlap: activities sharing the newest stored timestamp are
        // fetched again rather than missed; the store drops the repeats by id.
        q.addQueryItem(QStringLiteral("filter"),
                       QStringLiteral("create_time>\"%1\"").arg(toIso(cursor.latestActivity.addSecs(-1))));
    }
    HttpRequest r = makeRequest(
        c, "GET", QStringLiteral("/v1alpha/sessions/%1/activities").arg(jules::bareSessionId(cursor.externalId)),
        tr("Jules: list activities"));
    r.url.setQuery(q);
    if (fresh)
        r.notFoundRetries = 3;
    collectPages(
        r, context, itemsAt("activities"), tokenPaging(r),
        [this, c, cursor, fresh, useTimeFilter, task, context, done](const Outcome<QJsonArray> &pages) mutable {
            if (!pages.ok()) {
                if (useTimeFilter && pages.error.httpStatus == 400) {
                    // The incremental filter is an SDK extra; fall back to reading every page.
                    m_timeFilterRefused = true;
                    fetchActivities(c, cursor, fresh, false, task, context, done);
                    return;
                }
                done({{}, pages.error});
                return;
            }
            for (const QJsonValue &v : pages.value) {
                const Activity a = jules::mapActivity(v.toObject());
                if (!a.id.isEmpty())
                    task.activities.append(a);
            }
            if (!task.status)
                task.status = jules::statusFromActivities(task.activities);
            if (task.status == TaskStatus::Failed && task.error.isEmpty()) {
                for (auto it = task.activities.crbegin(); it != task.activities.crend(); ++it)
                    if (it->type == ActivityType::Error) {
                        task.error = it->content;
                        break;
                    }
            }
            done({task, {}});
        });
}

void JulesAdapter::listTasks(const Credentials &c, const ListQuery &query, const QObject *context,
                             Callback<RemotePage> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(std::clamp(query.pageSize, 1, 100)));
    if (!query.pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), query.pageToken);
    if (query.archived)
        q.addQueryItem(QStringLiteral("filter"), QStringLiteral("archived=true"));
    HttpRequest r = makeRequest(c, "GET", QStringLiteral("/v1alpha/sessions"), tr("Jules: list sessions"));
    r.url.setQuery(q);
    call<RemotePage>(r, context, done, [done, archived = query.archived](const HttpResponse &resp) {
        done({RemotePage::from(resp.json(), "sessions", "nextPageToken", archived, &jules::mapSession), {}});
    });
}

void JulesAdapter::postCustomMethod(const Credentials &c, const Task &task, const QString &verb,
                                    const QJsonObject &body, const QString &what, const QObject *context,
                                    Callback<Done> done)
{
    HttpRequest r = makeRequest(
        c, "POST", QStringLiteral("/v1alpha/sessions/%1:%2").arg(jules::bareSessionId(task.externalId), verb), what);
    r.setJsonBody(body);
    r.allowEmptyBody = true; // both answer an empty message
    call<Done>(r, context, done, [done](const HttpResponse &) { done({}); });
}

void JulesAdapter::approvePlan(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done)
{
    postCustomMethod(c, task, QStringLiteral("approvePlan"), QJsonObject{}, tr("Jules: approve plan"), context,
                     std::move(done));
}

void JulesAdapter::sendMessage(const Credentials &c, const Task &task, const QString &text, const QObject *context,
                               Callback<RemoteTask> done)
{
    postCustomMethod(c, task, QStringLiteral("sendMessage"), QJsonObject{{QStringLiteral("prompt"), text}},
                     tr("Jules: send message"), context, [done](const Outcome<Done> &r) {
                         done({{}, r.error});
                     });
}

void JulesAdapter::remove(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done)
{
    HttpRequest r =
        makeRequest(c, "DELETE", QStringLiteral("/v1alpha/sessions/") + jules::bareSessionId(task.externalId),
                    tr("Jules: delete session"));
    r.allowEmptyBody = true;
    http().send(r, context, [done](const HttpResponse &resp) {
        // Already gone upstream is what we wanted.
        if (!resp.ok() && resp.error.kind != HttpErrorKind::NotFound) {
            done({{}, errorFromHttp(resp.error)});
            return;
        }
        done({});
    });
}

} // namespace agentdesk
