#include "GitHubAdapter.h"

#include "GitHubMapper.h"
#include "net/HttpClient.h"

#include <memory>

namespace agentdesk {

namespace {
constexpr const char *kApiVersion = "2022-11-28";
const QString kEtag = QStringLiteral("etag");
const QString kValue = QStringLiteral("value");

QJsonObject pullFields(const PullRequestStatus &s)
{
    return {{QStringLiteral("state"), prStateKey(s.state)},
            {QStringLiteral("headSha"), s.headSha},
            {QStringLiteral("headRef"), s.headRef},
            {QStringLiteral("number"), s.number},
            {QStringLiteral("url"), s.url}};
}
} // namespace

// One read of a pull request: the PR, then (while open) its checks and reviews, each
// conditional on what was read last time.
struct PullRequestRead {
    GitHubAdapter *adapter;
    Credentials credentials;
    PullRequestRef ref;
    PullRequestStatus previous;
    const QObject *context;
    Callback<PullRequestStatus> done;
    PullRequestStatus status;
    QJsonObject cache; // the ETags and values of this read, for the next one
    github::ChecksPart runs;

    QJsonObject previousCache(const QString &path) const { return previous.etags.value(path).toObject(); }

    void fail(const Error &e) { done({{}, e}); }

    void start(std::shared_ptr<PullRequestRead> self)
    {
        const QString path = ref.repoPath() + QStringLiteral("/pulls/%1").arg(ref.number);
        adapter->getCached(
            credentials, path, GitHubAdapter::tr("GitHub: read pull request %1").arg(ref.display()),
            previousCache(path),
            [](const HttpResponse &resp) {
                PullRequestStatus s;
                github::applyPull(resp.json(), s);
                return pullFields(s);
            },
            &cache, context,
            [self](const Outcome<QJsonObject> &r) {
                if (!r.ok())
                    return self->fail(r.error);
                PullRequestStatus &s = self->status;
                s.state = prStateFromKey(r.value.value(QLatin1String("state")).toString()).value_or(PrState::Open);
                s.headSha = r.value.value(QLatin1String("headSha")).toString();
                s.headRef = r.value.value(QLatin1String("headRef")).toString();
                if (!s.isOpen() || s.headSha.isEmpty()) {
                    // Closed or merged: what its checks were is history; nothing more to read.
                    s.checks = self->previous.checks;
                    s.failing = self->previous.failing;
                    s.review = self->previous.review;
                    return self->finish();
                }
                self->readRuns(self);
            });
    }

    void readRuns(std::shared_ptr<PullRequestRead> self)
    {
        const QString path = ref.repoPath() + QStringLiteral("/commits/%1/check-runs").arg(status.headSha);
        adapter->getCached(
            credentials, path + QStringLiteral("?per_page=100"),
            GitHubAdapter::tr("GitHub: read the checks of %1").arg(ref.display()),
            previousCache(path + QStringLiteral("?per_page=100")),
            [](const HttpResponse &resp) { return github::checksFromRuns(resp.json()).toJson(); }, &cache, context,
            [self](const Outcome<QJsonObject> &r) {
                if (!r.ok())
                    return self->fail(r.error);
                self->runs = github::ChecksPart::fromJson(r.value);
                self->readStatuses(self);
            });
    }

    void readStatuses(std::shared_ptr<PullRequestRead> self)
    {
        const QString path = ref.repoPath() + QStringLiteral("/commits/%1/status").arg(status.headSha);
        adapter->getCached(
            credentials, path, GitHubAdapter::tr("GitHub: read the commit statuses of %1").arg(ref.display()),
            previousCache(path),
            [](const HttpResponse &resp) { return github::checksFromStatus(resp.json()).toJson(); }, &cache, context,
            [self](const Outcome<QJsonObject> &r) {
                if (!r.ok())
                    return self->fail(r.error);
                const github::ChecksPart all = github::combine(self->runs, github::ChecksPart::fromJson(r.value));
                self->status.checks = all.state;
                self->status.failing = all.failing;
                self->readReviews(self);
            });
    }

    void readReviews(std::shared_ptr<PullRequestRead> self)
    {
        const QString path = ref.repoPath() + QStringLiteral("/pulls/%1/reviews?per_page=100").arg(ref.number);
        adapter->getCached(
            credentials, path, GitHubAdapter::tr("GitHub: read the reviews of %1").arg(ref.display()),
            previousCache(path),
            [](const HttpResponse &resp) {
                PullRequestStatus s;
                s.review = github::decideReview(resp.jsonArray(), &s.changeRequests);
                const QJsonObject stored = s.toStored();
                return QJsonObject{{QStringLiteral("review"), stored.value(QLatin1String("review"))},
                                   {QStringLiteral("changeRequests"), stored.value(QLatin1String("changeRequests"))}};
            },
            &cache, context,
            [self](const Outcome<QJsonObject> &r) {
                if (!r.ok())
                    return self->fail(r.error);
                const PullRequestStatus decided = PullRequestStatus::fromStored(r.value);
                self->status.review = decided.review;
                self->status.changeRequests = decided.changeRequests;
                if (decided.review != ReviewState::ChangesRequested)
                    return self->finish();
                self->readReviewComments(self);
            });
    }

    void readReviewComments(std::shared_ptr<PullRequestRead> self)
    {
        const QString path = ref.repoPath() + QStringLiteral("/pulls/%1/comments?per_page=100").arg(ref.number);
        adapter->getCached(
            credentials, path, GitHubAdapter::tr("GitHub: read the review comments of %1").arg(ref.display()),
            previousCache(path),
            [](const HttpResponse &resp) {
                return QJsonObject{{QStringLiteral("comments"), resp.jsonArray()}};
            },
            &cache, context,
            [self](const Outcome<QJsonObject> &r) {
                if (!r.ok())
                    return self->fail(r.error);
                self->status.changeRequests += github::commentsOfReviews(
                    r.value.value(QLatin1String("comments")).toArray(), self->status.changeRequests);
                self->finish();
            });
    }

    void finish()
    {
        status.etags = cache;
        done({status, {}});
    }
};

GitHubAdapter::GitHubAdapter(HttpClient &http, QObject *parent) : ProviderAdapter(http, parent) { }

QUrl GitHubAdapter::defaultBaseUrl(const Credentials &) const
{
    return QUrl(QStringLiteral("https://api.github.com"));
}

void GitHubAdapter::authorize(HttpRequest &request, const Credentials &c) const
{
    request.setHeader("Authorization", "Bearer " + c.key.reveal().toUtf8());
    request.setHeader("Accept", "application/vnd.github+json");
    request.setHeader("X-GitHub-Api-Version", kApiVersion);
}

QString GitHubAdapter::unsupportedReason(Operation) const
{
    return tr("A GitHub account reads the pull requests of the agents' tasks; it runs no tasks. Start the task with "
              "one of the agents.");
}

void GitHubAdapter::create(const Credentials &, const NewTask &, const QObject *context, Callback<RemoteTask> done)
{
    refuse(Operation::Create, context, done);
}

void GitHubAdapter::fetch(const Credentials &, const SyncCursor &, const QObject *context, Callback<RemoteTask> done)
{
    refuse(Operation::Fetch, context, done);
}

void GitHubAdapter::checkKey(const Credentials &c, const QObject *context, Callback<KeyCheck> done)
{
    const HttpRequest user = makeRequest(c, "GET", QStringLiteral("/user"), tr("GitHub: check the token"));
    call<KeyCheck>(user, context, done, [done](const HttpResponse &resp) {
        KeyCheck k;
        k.identity = resp.json().value(QLatin1String("login")).toString();
        k.detail = tr("The token works for %1.").arg(k.identity);
        done({k, {}});
    });
}

void GitHubAdapter::getCached(const Credentials &c, const QString &path, const QString &what, const QJsonObject &cache,
                              std::function<QJsonObject(const HttpResponse &)> map, QJsonObject *into,
                              const QObject *context, std::function<void(const Outcome<QJsonObject> &)> done)
{
    HttpRequest r = makeRequest(c, "GET", path, what);
    const QString etag = cache.value(kEtag).toString();
    if (!etag.isEmpty() && cache.contains(kValue)) {
        r.setHeader("If-None-Match", etag.toUtf8());
        r.answerStatuses = {304};
    }
    // `into` lives in the read that owns this call (kept alive by `done`).
    http().send(r, context,
                [map = std::move(map), into, cache, path, done = std::move(done)](const HttpResponse &resp) {
                    if (!resp.ok())
                        return done({{}, errorFromHttp(resp.error)});
                    if (resp.status == 304) {
                        into->insert(path, cache);
                        return done({cache.value(kValue).toObject(), {}});
                    }
                    const QJsonObject value = map(resp);
                    const QByteArray newTag = resp.header("etag");
                    if (!newTag.isEmpty())
                        into->insert(path, QJsonObject{{kEtag, QString::fromUtf8(newTag)}, {kValue, value}});
                    done({value, {}});
                });
}

void GitHubAdapter::readPullRequest(const Credentials &c, const PullRequestRef &ref, const PullRequestStatus &previous,
                                    const QObject *context, Callback<PullRequestStatus> done)
{
    auto read = std::make_shared<PullRequestRead>();
    read->adapter = this;
    read->credentials = c;
    read->ref = ref;
    read->previous = previous;
    read->context = context;
    read->done = std::move(done);
    read->status.url = previous.url;
    read->status.number = ref.number;
    read->start(read);
}

void GitHubAdapter::jobLogTail(const Credentials &c, const PullRequestRef &ref, qint64 jobId, const QObject *context,
                               Callback<QString> done)
{
    HttpRequest r = makeRequest(c, "GET", ref.repoPath() + QStringLiteral("/actions/jobs/%1/logs").arg(jobId),
                                tr("GitHub: read the log of job %1").arg(jobId));
    r.followRedirects = false;
    r.answerStatuses = {301, 302, 303, 307, 308};
    r.expectJson = false;
    const QString budgetKey = r.budgetKey;
    const RequestPriority priority = r.priority;
    auto tail = [done](const QByteArray &log) { done({github::logTail(log, kLogTailLines, kLogTailChars), {}}); };
    http().send(
        r, context, [this, context, done, tail, budgetKey, priority, jobId, from = r.url](const HttpResponse &resp) {
            if (!resp.ok())
                return done({{}, errorFromHttp(resp.error)});
            if (resp.status < 300)
                return tail(resp.body); // a server that answers with the log itself
            const QUrl target = from.resolved(QUrl(QString::fromUtf8(resp.header("location"))));
            if (!target.isValid() || target.host().isEmpty())
                return done({{}, Error::provider(tr("GitHub: the log of job %1 redirected nowhere.").arg(jobId))});
            // A signed address that is its own credential: the token stays with GitHub.
            HttpRequest blob;
            blob.url = target;
            blob.what = tr("GitHub: download the log of job %1").arg(jobId);
            blob.expectJson = false;
            blob.allowEmptyBody = true;
            blob.budgetKey = budgetKey;
            blob.priority = priority;
            blob.setHeader("Accept", "text/plain");
            http().send(blob, context, [done, tail](const HttpResponse &log) {
                if (!log.ok())
                    return done({{}, errorFromHttp(log.error)});
                tail(log.body);
            });
        });
}

void GitHubAdapter::comment(const Credentials &c, const PullRequestRef &ref, const QString &body,
                            const QObject *context, Callback<QString> done)
{
    HttpRequest r = makeRequest(c, "POST", ref.repoPath() + QStringLiteral("/issues/%1/comments").arg(ref.number),
                                tr("GitHub: comment on %1").arg(ref.display()));
    r.setJsonBody({{QStringLiteral("body"), body.left(kMaxCommentChars)}});
    call<QString>(r, context, done, [done](const HttpResponse &resp) {
        done({resp.json().value(QLatin1String("html_url")).toString(), {}});
    });
}

} // namespace agentdesk
