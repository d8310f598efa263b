#pragma once

#include "providers/ProviderAdapter.h"

namespace agentdesk {

// Devin (docs/providers.md, Devin): v3 for cog_ tokens (organisation from GET /v3/self,
// repos[] on create, paged /messages, status + status_detail) and v1 for apk_ keys
// (repository in the prompt, messages[] in the session, /message with {message}).
// Cancel is a real upstream terminate (DELETE); it cannot be undone.
class DevinAdapter : public ProviderAdapter
{
    Q_OBJECT
public:
    explicit DevinAdapter(HttpClient &http, QObject *parent = nullptr);

    ProviderId id() const override { return ProviderId::Devin; }
    Capabilities capabilities() const override;
    QString unsupportedReason(Operation op) const override;

    void create(const Credentials &c, const NewTask &input, const QObject *context, Callback<RemoteTask> done) override;
    void fetch(const Credentials &c, const SyncCursor &cursor, const QObject *context,
               Callback<RemoteTask> done) override;
    void sendMessage(const Credentials &c, const Task &task, const QString &text, const QObject *context,
                     Callback<RemoteTask> done) override;
    void cancel(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done) override;
    void listTasks(const Credentials &c, const ListQuery &query, const QObject *context,
                   Callback<RemotePage> done) override;
    void checkKey(const Credentials &c, const QObject *context, Callback<KeyCheck> done) override;

protected:
    QUrl defaultBaseUrl(const Credentials &c) const override;
    QString apiPrefix(const Credentials &c) const override;
    void authorize(HttpRequest &request, const Credentials &c) const override;
    QStringList supportedProviderOptions(const Credentials &c) const override;
    bool supportsEnvironment(const Credentials &) const override { return true; }

private:
    // v3 paths live under the key's organisation: resolved once per account.
    void withOrg(const Credentials &c, const QObject *context,
                 std::function<void(const QString &org, const Error &)> then);

    QHash<QString, QString> m_orgByAccount;
};

} // namespace agentdesk
