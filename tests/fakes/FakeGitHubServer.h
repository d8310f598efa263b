#pragma once

#include "FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace agentdesk::fakes {

// GitHub's REST API as the pull request loop uses it, written from GitHub's reference
// (docs/github.md): pulls, check runs, combined commit status, reviews, review
// comments, issue comments, job logs. It does what the documents allow and a client
// might not expect: a bearer token or 401 "Bad credentials"; 403 without a User-Agent;
// an ETag on every GET and 304 (not counted against the limit) for If-None-Match;
// x-ratelimit-* headers on every answer; "pending" with total_count 0 for a commit that
// has no statuses; a job log that is a 302 to a short-lived address on another host
// (the blob server), which refuses a request that carries an Authorization header.
class FakeGitHubServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeGitHubServer(QString token, QObject *parent = nullptr);
    bool start();
    QUrl baseUrl() const { return m_api.baseUrl(); }
    FakeHttpServer &api() { return m_api; }
    FakeHttpServer &blobs() { return m_blobs; }

    // A pull request "owner/repo#n" (html_url on github.com) at a head commit.
    void addPull(const QString &repo, int number, const QString &headSha,
                 const QString &headRef = QStringLiteral("agent/fix"));
    void setHead(const QString &repo, int number, const QString &headSha);
    void merge(const QString &repo, int number);
    // A completed check run on a commit; an Actions job when `jobLog` is given.
    void addCheckRun(const QString &sha, const QString &name, const QString &conclusion, qint64 id,
                     const QByteArray &jobLog = {});
    void addPendingCheckRun(const QString &sha, const QString &name, qint64 id);
    void addStatus(const QString &sha, const QString &context, const QString &state);
    void addReview(const QString &repo, int number, qint64 id, const QString &user, const QString &state,
                   const QString &body);
    void addReviewComment(const QString &repo, int number, qint64 reviewId, const QString &user, const QString &path,
                          int line, const QString &body);

    QList<QJsonObject> comments(const QString &repo, int number) const { return m_comments.value(key(repo, number)); }
    int remaining() const { return m_remaining; }
    int notModified() const { return m_notModified; }
    int blobRequestsWithAuthorization() const { return m_blobAuth; }

private:
    struct Pull {
        QString repo;
        int number = 0;
        QString state = QStringLiteral("open");
        bool merged = false;
        QString headSha;
        QString headRef;
    };
    static QString key(const QString &repo, int number) { return repo + QLatin1Char('#') + QString::number(number); }
    FakeResponse handle(const FakeRequest &req);
    FakeResponse route(const FakeRequest &req, const QStringList &parts);
    FakeResponse getJson(const FakeRequest &req, const QJsonValue &body);
    FakeResponse withLimits(FakeResponse resp) const;
    static FakeResponse error(int status, const QString &message);

    QString m_token;
    FakeHttpServer m_api;
    FakeHttpServer m_blobs;
    QHash<QString, Pull> m_pulls;
    QHash<QString, QJsonArray> m_checkRuns; // by sha
    QHash<QString, QJsonArray> m_statuses;  // by sha
    QHash<QString, QJsonArray> m_reviews;   // by pull
    QHash<QString, QJsonArray> m_reviewComments;
    QHash<QString, QList<QJsonObject>> m_comments;
    QHash<qint64, QByteArray> m_logs; // by job id
    int m_remaining = 5000;
    int m_notModified = 0;
    int m_blobAuth = 0;
    qint64 m_nextCommentId = 9000;
};

} // namespace agentdesk::fakes
