#pragma once

#include "providers/ProviderAdapter.h"

namespace agentdesk {

// OpenAI Codex Cloud — experimental. There is no public platform API: this speaks the
// ChatGPT backend the Codex CLI uses (docs/providers.md, Codex) with the user's own Codex login
// (Bearer token + ChatGPT-Account-Id). A task targets a Codex environment, not a repo
// URL. Follow-up, cancel, archive and environment listing are INFERRED operations.
class CodexAdapter : public ProviderAdapter
{
    Q_OBJECT
public:
    explicit CodexAdapter(HttpClient &http, QObject *parent = nullptr);

    ProviderId id() const override { return ProviderId::CodexCloud; }
    Capabilities capabilities() const override;
    QString unsupportedReason(Operation op) const override;

    void create(const Credentials &c, const NewTask &input, const QObject *context, Callback<RemoteTask> done) override;
    void fetch(const Credentials &c, const SyncCursor &cursor, const QObject *context,
               Callback<RemoteTask> done) override;
    void sendMessage(const Credentials &c, const Task &task, const QString &text, const QObject *context,
                     Callback<RemoteTask> done) override;
    void cancel(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done) override;
    void remove(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done) override;
    void listSources(const Credentials &c, const QObject *context, Callback<QList<SourceInfo>> done) override;
    void listTasks(const Credentials &c, const ListQuery &query, const QObject *context,
                   Callback<RemotePage> done) override;
    void checkKey(const Credentials &c, const QObject *context, Callback<KeyCheck> done) override;
    std::optional<Outcome<ImportedCredential>> importLocalLogin(const QString &path) const override;

protected:
    QUrl defaultBaseUrl(const Credentials &c) const override;
    void authorize(HttpRequest &request, const Credentials &c) const override;
    QStringList supportedProviderOptions(const Credentials &c) const override;
    bool supportsAutoPr(const Credentials &) const override { return false; }

private:
    QString api(const Credentials &c, const QString &path) const; // /wham/... or /api/codex/...
    void resolveEnvironment(const Credentials &c, const NewTask &input, const QObject *context,
                            std::function<void(const QString &envId, const Error &)> then);
};

} // namespace agentdesk
