#pragma once

#include "providers/ProviderAdapter.h"

namespace agentdesk {

// Google Jules REST v1alpha (docs/providers.md, Jules): X-Goog-Api-Key, sessions, paged
// activities, :approvePlan, :sendMessage, sources. No upstream cancel exists.
class JulesAdapter : public ProviderAdapter
{
    Q_OBJECT
public:
    explicit JulesAdapter(HttpClient &http, QObject *parent = nullptr);

    ProviderId id() const override { return ProviderId::Jules; }
    Capabilities capabilities() const override;
    QString unsupportedReason(Operation op) const override;

    void create(const Credentials &c, const NewTask &input, const QObject *context, Callback<RemoteTask> done) override;
    void fetch(const Credentials &c, const SyncCursor &cursor, const QObject *context,
               Callback<RemoteTask> done) override;
    void approvePlan(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done) override;
    void sendMessage(const Credentials &c, const Task &task, const QString &text, const QObject *context,
                     Callback<RemoteTask> done) override;
    void remove(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done) override;
    void listSources(const Credentials &c, const QObject *context, Callback<QList<SourceInfo>> done) override;
    void listTasks(const Credentials &c, const ListQuery &query, const QObject *context,
                   Callback<RemotePage> done) override;
    void checkKey(const Credentials &c, const QObject *context, Callback<KeyCheck> done) override;

protected:
    QUrl defaultBaseUrl(const Credentials &c) const override;
    QString apiPrefix(const Credentials &) const override { return QStringLiteral("/v1alpha"); }
    void authorize(HttpRequest &request, const Credentials &c) const override;

private:
    void fetchActivities(const Credentials &c, const SyncCursor &cursor, bool fresh, bool useTimeFilter,
                         RemoteTask task, const QObject *context, Callback<RemoteTask> done);
    void postCustomMethod(const Credentials &c, const Task &task, const QString &verb, const QJsonObject &body,
                          const QString &what, const QObject *context, Callback<Done> done);

    bool m_timeFilterRefused = false;
};

} // namespace agentdesk
