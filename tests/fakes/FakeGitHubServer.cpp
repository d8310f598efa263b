#include "FakeGitHubServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace agentdesk::fakes {

FakeGitHubServer::FakeGitHubServer(QString token, QObject *parent) : QObject(parent), m_token(std::move(token))
{
    m_api.setHandler([this](const FakeRequest &req) { return handle(req); });
    m_blobs.setHandler([this](const FakeRequest &req) {
        // A signed address is its own credential; GitHub's storage refuses a token.
        if (!req.header("authorization").isEmpty()) {
            ++m_blobAuth;
            return FakeResponse::json(400, R"({"message":"Authorization header not allowed"})");
        }
        const qint64 job = req.path.section(QLatin1Char('/'), -1).toLongLong();
        if (!m_logs.contains(job) || req.query.queryItemValue(QStringLiteral("sig")).isEmpty())
            return FakeResponse::json(404, R"({"message":"Not Found"})");
        FakeResponse r;
        r.status = 200;
        r.addHeader("Content-Type", "text/plain");
        r.body = m_logs.value(job);
        return r;
    });
}

bool FakeGitHubServer::start()
{
    return m_api.start() && m_blobs.start();
}

void FakeGitHubServer::addPull(const QString &repo, int number, const QString &headSha, const QString &headRef)
{
    m_pulls.insert(key(repo, number), Pull{repo, number, QStringLiteral("open"), false, headSha, headRef});
}

void FakeGitHubServer::setHead(const QString &repo, int number, const QString &headSha)
{
    m_pulls[key(repo, number)].headSha = headSha;
}

void FakeGitHubServer::merge(const QString &repo, int number)
{
    Pull &p = m_pulls[key(repo, number)];
    p.state = QStringLiteral("closed");
    p.merged = true;
}

void FakeGitHubServer::addCheckRun(const QString &sha, const QString &name, const QString &conclusion, qint64 id,
                                   const QByteArray &jobLog)
{
    QJsonObject run{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("head_sha"), sha},
                    {QStringLiteral("status"), QStringLiteral("completed")},
                    {QStringLiteral("conclusion"), conclusion},
                    {QStringLiteral("html_url"), QStringLiteral("https://github.com/acme/widgets/runs/%1").arg(id)}};
    if (!jobLog.isNull()) {
        run.insert(QStringLiteral("details_url"),
                   QStringLiteral("https://github.com/acme/widgets/actions/runs/77/job/%1").arg(id));
        m_logs.insert(id, jobLog);
    }
    m_checkRuns[sha].append(run);
}

void FakeGitHubServer::addPendingCheckRun(const QString &sha, const QString &name, qint64 id)
{
    m_checkRuns[sha].append(QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("name"), name},
                                        {QStringLiteral("status"), QStringLiteral("in_progress")},
                                        {QStringLiteral("conclusion"), QJsonValue()}});
}

void FakeGitHubServer::addStatus(const QString &sha, const QString &context, const QString &state)
{
    m_statuses[sha].append(
        QJsonObject{{QStringLiteral("context"), context},
                    {QStringLiteral("state"), state},
                    {QStringLiteral("target_url"), QStringLiteral("https://ci.example/%1").arg(context)}});
}

void FakeGitHubServer::addReview(const QString &repo, int number, qint64 id, const QString &user, const QString &state,
                                 const QString &body)
{
    m_reviews[key(repo, number)].append(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("login"), user}}},
        {QStringLiteral("state"), state},
        {QStringLiteral("body"), body},
        {QStringLiteral("html_url"),
         QStringLiteral("https://github.com/%1/pull/%2#pullrequestreview-%3").arg(repo).arg(number).arg(id)}});
}

void FakeGitHubServer::addReviewComment(const QString &repo, int number, qint64 reviewId, const QString &user,
                                        const QString &path, int line, const QString &body)
{
    m_reviewComments[key(repo, number)].append(
        QJsonObject{{QStringLiteral("id"), reviewId * 10 + m_reviewComments.value(key(repo, number)).size()},
                    {QStringLiteral("pull_request_review_id"), reviewId},
                    {QStringLiteral("user"), QJsonObject{{QStringLiteral("login"), user}}},
                    {QStringLiteral("path"), path},
                    {QStringLiteral("line"), line},
                    {QStringLiteral("body"), body},
                    {QStringLiteral("html_url"),
                     QStringLiteral("https://github.com/%1/pull/%2#discussion").arg(repo).arg(number)}});
}

FakeResponse FakeGitHubServer::error(int status, const QString &message)
{
    return FakeResponse::json(status, toJson(QJsonObject{{QStringLiteral("message"), message},
                                                         {QStringLiteral("documentation_url"),
                                                          QStringLiteral("https://docs.github.com/rest")},
                                                         {QStringLiteral("status"), QString::number(status)}}));
}

FakeResponse FakeGitHubServer::withLimits(FakeResponse resp) const
{
    resp.addHeader("x-ratelimit-limit", "5000");
    resp.addHeader("x-ratelimit-remaining", QByteArray::number(m_remaining));
    resp.addHeader("x-ratelimit-used", QByteArray::number(5000 - m_remaining));
    resp.addHeader("x-ratelimit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600));
    resp.addHeader("x-ratelimit-resource", "core");
    return resp;
}

FakeResponse FakeGitHubServer::handle(const FakeRequest &req)
{
    if (req.header("user-agent").isEmpty())
        return error(403, QStringLiteral("Request forbidden by administrative rules. Please make sure your request has "
                                         "a User-Agent header."));
    if (req.header("authorization") != "Bearer " + m_token.toUtf8())
        return withLimits(error(401, QStringLiteral("Bad credentials")));
    QStringList parts = req.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return withLimits(route(req, parts));
}

FakeResponse FakeGitHubServer::getJson(const FakeRequest &req, const QJsonValue &body)
{
    const QByteArray bytes = toJson(body);
    const QByteArray etag = "W/\"" + QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex() + '"';
    if (req.header("if-none-match") == etag) {
        ++m_notModified; // a conditional request that matches costs no quota
        FakeResponse r;
        r.status = 304;
        r.addHeader("ETag", etag);
        return r;
    }
    --m_remaining;
    FakeResponse r = FakeResponse::json(200, bytes);
    r.addHeader("ETag", etag);
    return r;
}

FakeResponse FakeGitHubServer::route(const FakeRequest &req, const QStringList &p)
{
    if (req.method == "GET" && p == QStringList{QStringLiteral("user")})
        return getJson(req, QJsonObject{{QStringLiteral("login"), QStringLiteral("octo-operator")}});
    if (p.size() < 4 || p.at(0) != QLatin1String("repos"))
        return error(404, QStringLiteral("Not Found"));
    const QString repo = p.at(1) + QLatin1Char('/') + p.at(2);
    const QString what = p.at(3);
    if (what == QLatin1String("pulls") && p.size() >= 5) {
        const Pull pull = m_pulls.value(key(repo, p.at(4).toInt()));
        if (pull.number == 0)
            return error(404, QStringLiteral("Not Found"));
        const QString k = key(repo, pull.number);
        if (p.size() == 5)
            return getJson(
                req,
                QJsonObject{{QStringLiteral("number"), pull.number},
                            {QStringLiteral("state"), pull.state},
                            {QStringLiteral("merged"), pull.merged},
                            {QStringLiteral("merged_at"),
                             pull.merged ? QJsonValue(QStringLiteral("2026-12-08T10:00:00Z")) : QJsonValue()},
                            {QStringLiteral("html_url"),
                             QStringLiteral("https://github.com/%1/pull/%2").arg(repo).arg(pull.number)},
                            {QStringLiteral("head"),
                             QJsonObject{{QStringLiteral("sha"), pull.headSha}, {QStringLiteral("ref"), pull.headRef}}},
                            {QStringLiteral("base"), QJsonObject{{QStringLiteral("ref"), QStringLiteral("main")}}}});
        if (p.size() == 6 && p.at(5) == QLatin1String("reviews"))
            return getJson(req, m_reviews.value(k));
        if (p.size() == 6 && p.at(5) == QLatin1String("comments"))
            return getJson(req, m_reviewComments.value(k));
    }
    if (what == QLatin1String("commits") && p.size() == 6) {
        const QString sha = p.at(4);
        if (p.at(5) == QLatin1String("check-runs")) {
            const QJsonArray runs = m_checkRuns.value(sha);
            return getJson(
                req, QJsonObject{{QStringLiteral("total_count"), runs.size()}, {QStringLiteral("check_runs"), runs}});
        }
        if (p.at(5) == QLatin1String("status")) {
            const QJsonArray statuses = m_statuses.value(sha);
            QString state = QStringLiteral("pending"); // what GitHub says for a commit with no statuses at all
            bool anyPending = false, anyFailure = false;
            for (const QJsonValue &v : statuses) {
                const QString s = v.toObject().value(QLatin1String("state")).toString();
                anyFailure |= s == QLatin1String("failure") || s == QLatin1String("error");
                anyPending |= s == QLatin1String("pending");
            }
            if (!statuses.isEmpty())
                state = anyFailure   ? QStringLiteral("failure")
                        : anyPending ? QStringLiteral("pending")
                                     : QStringLiteral("success");
            return getJson(req, QJsonObject{{QStringLiteral("state"), state},
                                            {QStringLiteral("sha"), sha},
                                            {QStringLiteral("total_count"), statuses.size()},
                                            {QStringLiteral("statuses"), statuses}});
        }
    }
    if (what == QLatin1String("actions") && p.size() == 7 && p.at(4) == QLatin1String("jobs")
        && p.at(6) == QLatin1String("logs")) {
        const qint64 job = p.at(5).toLongLong();
        if (!m_logs.contains(job))
            return error(404, QStringLiteral("Not Found"));
        --m_remaining;
        FakeResponse r;
        r.status = 302;
        r.addHeader("Location", m_blobs.baseUrl().toString().toUtf8() + "/logs/" + QByteArray::number(job)
                                    + "?sig=short-lived-signature&se=60");
        return r;
    }
    if (what == QLatin1String("issues") && p.size() == 6 && p.at(5) == QLatin1String("comments")
        && req.method == "POST") {
        const int number = p.at(4).toInt();
        const QString body = QJsonDocument::fromJson(req.body).object().value(QLatin1String("body")).toString();
        if (body.isEmpty() || body.size() > 65536)
            return error(422, QStringLiteral("Validation Failed"));
        const qint64 id = ++m_nextCommentId;
        const QJsonObject comment{
            {QStringLiteral("id"), id},
            {QStringLiteral("body"), body},
            {QStringLiteral("html_url"),
             QStringLiteral("https://github.com/%1/pull/%2#issuecomment-%3").arg(repo).arg(number).arg(id)}};
        m_comments[key(repo, number)].append(comment);
        --m_remaining;
        return FakeResponse::json(201, toJson(comment));
    }
    return error(404, QStringLiteral("Not Found"));
}

} // namespace agentdesk::fakes
