#include "JulesAdapter.h"

#include "JulesMapper.h"
#include "domain/Timestamps.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace agentdesk {

namespace {

constexpr int kSourceCacheSeconds = 60;
constexpr int kFreshSessionSeconds = 120;   // window in which Jules may still answer 404

} // namespace

struct JulesAdapter::ActivityPaging {
    RemoteTask task;
    QString pageToken;
    bool useTimeFilter = false;
    int pages = 0;
    bool fresh = false;
    Callback<RemoteTask> done;
};

QUrl JulesAdapter::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://jules.googleapis.com/v1alpha"));
}

JulesAdapter::JulesAdapter(HttpClient &http, QObject *parent) : ProviderAdapter(http, parent) {}

Capabilities JulesAdapter::capabilities() const
{
    Capabilities caps;
    caps.planApproval = true;
    caps.followUp = true;
    caps.upstreamCancel = false;
    caps.upstreamDelete = true;
    caps.listSources = true;
    return caps;
}

QString JulesAdapter::unsupportedReason(Operation op) const
{
    if (op == Operation::Cancel)
        return tr("Jules has no upstream cancel: its API offers no way to stop a session. Stop it in the "
                  "Jules web app, or delete the task here.");
    return ProviderAdapter::unsupportedReason(op);
}

HttpRequest JulesAdapter::request(const Credentials &c, QByteArray method, const QString &path,
                                  const QString &what) const
{
    HttpRequest r;
    r.method = std::move(method);
    const QUrl base = c.baseUrl.isEmpty() ? defaultBaseUrl() : c.baseUrl;
    QString basePath = base.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    r.url = base;
    r.url.setPath(basePath + path);
    r.setHeader("X-Goog-Api-Key", c.key.reveal().toUtf8());
    r.what = what;
    r.idempotent = r.method != "POST";
    return r;
}

void JulesAdapter::listSources(const Credentials &c, Callback<QList<SourceInfo>> done)
{
    const auto cached = m_sourceCache.constFind(c.accountName);
    if (cached != m_sourceCache.cend()
        && cached->fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < kSourceCacheSeconds) {
        deliverLater([done, sources = cached->sources] { done({sources, {}}); });
        return;
    }
    fetchSourcePage(c, {}, std::make_shared<QList<SourceInfo>>(), std::move(done));
}

void JulesAdapter::fetchSourcePage(const Credentials &c, const QString &pageToken,
                                   std::shared_ptr<QList<SourceInfo>> acc, Callback<QList<SourceInfo>> done)
{
    HttpRequest r = request(c, "GET", QStringLiteral("/sources"), tr("Jules: list sources"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    if (!pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), pageToken);
    r.url.setQuery(q);
    http().send(r, [this, c, acc, done](const HttpResponse &resp) {
        if (!resp.ok()) {
            done({{}, errorFromHttp(resp.error)});
            return;
        }
        const QJsonObject body = resp.json();
        const QJsonArray sources = body.value(QLatin1String("sources")).toArray();
        for (const QJsonValue &v : sources)
            acc->append(jules::mapSource(v.toObject()));
        const QString next = body.value(QLatin1String("nextPageToken")).toString();
        if (!next.isEmpty()) {
            fetchSourcePage(c, next, acc, done);
            return;
        }
        m_sourceCache.insert(c.accountName, SourceCache{QDateTime::currentDateTimeUtc(), *acc});
        done({*acc, {}});
    });
}

void JulesAdapter::create(const Credentials &c, const NewTask &input, Callback<RemoteTask> done)
{
    if (!input.options.environment.isEmpty()) {
        deliverLater([done] {
            done({{}, Error::validation(tr("Jules does not accept environment variables through its API; "
                                           "remove the --env options or pick another provider."))});
        });
        return;
    }
    // Jules names sources inconsistently across its own docs; resolve the real name
    // from the account's connected repositories and send it verbatim.
    listSources(c, [this, c, input, done](const Outcome<QList<SourceInfo>> &sources) {
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
            done({{}, Error::validation(tr("The repository %1 is not connected to Jules for account \"%2\". "
                                           "Install the Jules GitHub app for it at jules.google.com, then try again.")
                                            .arg(wanted, c.accountName))});
            return;
        }
        NewTask withBranch = input;
        if (withBranch.branch.isEmpty())
            withBranch.branch = match->defaultBranch;
        HttpRequest r = request(c, "POST", QStringLiteral("/sessions"), tr("Jules: create session"));
        Task forTitle;
        forTitle.prompt = input.prompt;
        r.setJsonBody(jules::createSessionBody(withBranch, match->name, forTitle.displayTitle()));
        http().send(r, [done](const HttpResponse &resp) {
            if (!resp.ok()) {
                done({{}, errorFromHttp(resp.error)});
                return;
            }
            RemoteTask task = jules::mapSession(resp.json());
            if (task.externalId.isEmpty()) {
                done({{}, Error::provider(tr("Jules: create session answered without a session id."))});
                return;
            }
            done({task, {}});
        });
    });
}

void JulesAdapter::fetch(const Credentials &c, const SyncCursor &cursor, Callback<RemoteTask> done)
{
    const QString id = jules::bareSessionId(cursor.externalId);
    HttpRequest r = request(c, "GET", QStringLiteral("/sessions/") + id, tr("Jules: get session"));
    const bool fresh = cursor.createdAt.isValid()
        && cursor.createdAt.secsTo(QDateTime::currentDateTimeUtc()) < kFreshSessionSeconds;
    if (fresh)
        r.notFoundRetries = 3;
    http().send(r, [this, c, cursor, done, fresh](const HttpResponse &resp) {
        if (!resp.ok()) {
            done({{}, errorFromHttp(resp.error)});
            return;
        }
        auto paging = std::make_shared<ActivityPaging>();
        paging->task = jules::mapSession(resp.json());
        paging->useTimeFilter = cursor.latestActivity.isValid() && !m_timeFilterRefused;
        paging->fresh = fresh;
        paging->done = done;
        fetchActivities(c, cursor, paging);
    });
}

void JulesAdapter::fetchActivities(const Credentials &c, const SyncCursor &cursor,
                                   std::shared_ptr<ActivityPaging> paging)
{
    const QString id = jules::bareSessionId(cursor.externalId);
    HttpRequest r = request(c, "GET", QStringLiteral("/sessions/%1/activities").arg(id),
                            tr("Jules: list activities"));
    if (paging->fresh)
        r.notFoundRetries = 3;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    if (!paging->pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), paging->pageToken);
    if (paging->useTimeFilter) {
        // One second of overlap: activities sharing the newest stored timestamp are
        // fetched again rather than missed; the store drops the repeats by id.
        const QString since = toIso(cursor.latestActivity.addSecs(-1));
        q.addQueryItem(QStringLiteral("filter"), QStringLiteral("create_time>\"%1\"").arg(since));
    }
    r.url.setQuery(q);
    http().send(r, [this, c, cursor, paging](const HttpResponse &resp) {
        if (!resp.ok()) {
            if (paging->useTimeFilter && resp.status == 400 && paging->pages == 0) {
                // The incremental filter is an SDK extra; fall back to reading every page.
                m_timeFilterRefused = true;
                paging->useTimeFilter = false;
                fetchActivities(c, cursor, paging);
                return;
            }
            paging->done({{}, errorFromHttp(resp.error)});
            return;
        }
        ++paging->pages;
        const QJsonObject body = resp.json();
        const QJsonArray list = body.value(QLatin1String("activities")).toArray();
        for (const QJsonValue &v : list) {
            const Activity a = jules::mapActivity(v.toObject());
            if (!a.id.isEmpty())
                paging->task.activities.append(a);
        }
        paging->pageToken = body.value(QLatin1String("nextPageToken")).toString();
        if (!paging->pageToken.isEmpty()) {
            fetchActivities(c, cursor, paging);
            return;
        }
        RemoteTask &task = paging->task;
        if (!task.status)
            task.status = jules::statusFromActivities(task.activities);
        if (task.status == TaskStatus::Failed && task.error.isEmpty()) {
            for (auto it = task.activities.crbegin(); it != task.activities.crend(); ++it)
                if (it->type == ActivityType::Error) {
                    task.error = it->content;
                    break;
                }
        }
        paging->done({task, {}});
    });
}

void JulesAdapter::postCustomMethod(const Credentials &c, const Task &task, const QString &verb,
                                    const QJsonObject &body, const QString &what, Callback<Done> done)
{
    HttpRequest r = request(c, "POST", QStringLiteral("/sessions/%1:%2").arg(jules::bareSessionId(task.externalId), verb),
                            what);
    r.setJsonBody(body);
    // Approving twice or sending the same message twice is worse than failing once.
    r.idempotent = false;
    http().send(r, [done](const HttpResponse &resp) { done({{}, errorFromHttp(resp.error)}); });
}

void JulesAdapter::approvePlan(const Credentials &c, const Task &task, Callback<Done> done)
{
    postCustomMethod(c, task, QStringLiteral("approvePlan"), QJsonObject{}, tr("Jules: approve plan"), std::move(done));
}

void JulesAdapter::sendMessage(const Credentials &c, const Task &task, const QString &text, Callback<Done> done)
{
    postCustomMethod(c, task, QStringLiteral("sendMessage"), QJsonObject{{QStringLiteral("prompt"), text}},
                     tr("Jules: send message"), std::move(done));
}

void JulesAdapter::remove(const Credentials &c, const Task &task, Callback<Done> done)
{
    HttpRequest r = request(c, "DELETE", QStringLiteral("/sessions/") + jules::bareSessionId(task.externalId),
                            tr("Jules: delete session"));
    http().send(r, [done](const HttpResponse &resp) {
        // Already gone upstream is what we wanted.
        if (!resp.ok() && resp.error.kind != HttpErrorKind::NotFound) {
            done({{}, errorFromHttp(resp.error)});
            return;
        }
        done({{}, {}});
    });
}

} // namespace agentdesk
