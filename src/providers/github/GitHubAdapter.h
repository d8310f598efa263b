#pragma once

#include "domain/PullRequest.h"
#include "providers/ProviderAdapter.h"

namespace agentdesk {

// GitHub's REST API for the pull requests the agents open (docs/github.md): the PR, its
// checks (check runs and commit statuses), reviews and review comments, a failed job's
// log, and a comment on the PR. A GitHub account is an account like the agents' (a
// token in the keychain, checked with GET /user), but it runs no tasks: every task
// operation is refused with that reason. Every read is conditional (If-None-Match), so
// an unchanged PR costs no rate limit; GitHub's limits are honoured by the HTTP layer.
class GitHubAdapter : public ProviderAdapter
{
    Q_OBJECT
public:
    explicit GitHubAdapter(HttpClient &http, QObject *parent = nullptr);

    ProviderId id() const override { return ProviderId::GitHub; }
    Capabilities capabilities() const override { return {}; }
    QString unsupportedReason(Operation op) const override;
    void create(const Credentials &c, const NewTask &input, const QObject *context, Callback<RemoteTask> done) override;
    void fetch(const Credentials &c, const SyncCursor &cursor, const QObject *context,
               Callback<RemoteTask> done) override;
    void checkKey(const Credentials &c, const QObject *context, Callback<KeyCheck> done) override;

    // The pull request as it is now. `previous` (what was read last time, with its
    // ETags) makes every read conditional; the answer carries the new ETags. Checks and
    // reviews are read only while the PR is open.
    void readPullRequest(const Credentials &c, const PullRequestRef &ref, const PullRequestStatus &previous,
                         const QObject *context, Callback<PullRequestStatus> done);
    // The last lines of an Actions job's log. GitHub answers with a redirect to a
    // short-lived address on another host, which is fetched without the token.
    void jobLogTail(const Credentials &c, const PullRequestRef &ref, qint64 jobId, const QObject *context,
                    Callback<QString> done);
    // A comment on the PR's conversation; answers its address.
    void comment(const Credentials &c, const PullRequestRef &ref, const QString &body, const QObject *context,
                 Callback<QString> done);

    static constexpr int kLogTailLines = 60;
    static constexpr int kLogTailChars = 6000;
    static constexpr int kMaxCommentChars = 65536; // GitHub refuses a longer body (422)

protected:
    QUrl defaultBaseUrl(const Credentials &c) const override;
    void authorize(HttpRequest &request, const Credentials &c) const override;

private:
    friend struct PullRequestRead;
    // A conditional GET of `path`: answers the mapped value, from `cache` when GitHub says
    // nothing changed (304), and records the resource's new ETag and value in `into`.
    void getCached(const Credentials &c, const QString &path, const QString &what, const QJsonObject &cache,
                   std::function<QJsonObject(const HttpResponse &)> map, QJsonObject *into, const QObject *context,
                   std::function<void(const Outcome<QJsonObject> &)> done);
};

} // namespace agentdesk
