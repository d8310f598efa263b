#pragma once

#include "providers/ProviderAdapter.h"

#include <QHash>

namespace agentdesk {

// GitHub Copilot's cloud agent through GitHub's agent tasks REST API (docs/providers.md,
// GitHub Copilot; API version 2026-03-10, a public preview): start a task in a
// repository, list and get tasks with their sessions. A bearer token (a fine-grained
// personal access token with "Agent tasks" access). The API has no follow-up, cancel,
// archive or delete: those are refused with where to do them instead. The pull request
// is found from its artifact through the repository's pulls. GitHub's rate limits
// (x-ratelimit-*, secondary limits as 403) are honoured by the shared HTTP layer.
class CopilotAdapter : public ProviderAdapter
{
    Q_OBJECT
public:
    explicit CopilotAdapter(HttpClient &http, QObject *parent = nullptr);

    ProviderId id() const override { return ProviderId::Copilot; }
    Capabilities capabilities() const override;
    QString unsupportedReason(Operation op) const override;

    void create(const Credentials &c, const NewTask &input, const QObject *context, Callback<RemoteTask> done) override;
    void fetch(const Credentials &c, const SyncCursor &cursor, const QObject *context,
               Callback<RemoteTask> done) override;
    void listSources(const Credentials &c, const QObject *context, Callback<QList<SourceInfo>> done) override;
    void listTasks(const Credentials &c, const ListQuery &query, const QObject *context,
                   Callback<RemotePage> done) override;
    void checkKey(const Credentials &c, const QObject *context, Callback<KeyCheck> done) override;

    static constexpr const char *kApiVersion = "2026-03-10";

protected:
    QUrl defaultBaseUrl(const Credentials &c) const override;
    void authorize(HttpRequest &request, const Credentials &c) const override;
    QStringList supportedProviderOptions(const Credentials &c) const override;

private:
    // The task's pull request (URL, number, title), from its artifact; cached per task.
    void resolvePull(const Credentials &c, RemoteTask task, const QObject *context, Callback<RemoteTask> done);
    // "owner/repo" of a repository id (a task listed from /agents/tasks names only the id).
    void resolveRepository(const Credentials &c, qint64 repositoryId, const QObject *context,
                           std::function<void(const QString &repo)> done);

    QHash<qint64, QString> m_repositories; // repository id -> owner/repo
};

} // namespace agentdesk
