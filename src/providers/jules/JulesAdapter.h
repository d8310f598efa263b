#pragma once

#include "providers/ProviderAdapter.h"

namespace agentdesk {

// Google Jules REST v1alpha (providers.md §2): X-Goog-Api-Key, sessions, paged
// activities, :approvePlan, :sendMessage, sources. No upstream cancel exists.
class JulesAdapter : public ProviderAdapter
{
    Q_OBJECT
public:
    explicit JulesAdapter(HttpClient &http, QObject *parent = nullptr);

    ProviderId id() const override { return ProviderId::Jules; }
    Capabilities capabilities() const override;
    QString unsupportedReason(Operation op) const override;

    void create(const Credentials &c, const NewTask &input, Callback<RemoteTask> done) override;
    void fetch(const Credentials &c, const SyncCursor &cursor, Callback<RemoteTask> done) override;
    void approvePlan(const Credentials &c, const Task &task, Callback<Done> done) override;
    void sendMessage(const Credentials &c, const Task &task, const QString &text, Callback<RemoteTask> done) override;
    void remove(const Credentials &c, const Task &task, Callback<Done> done) override;
    void listSources(const Credentials &c, Callback<QList<SourceInfo>> done) override;

protected:
    QUrl defaultBaseUrl(const Credentials &c) const override;
    void authorize(HttpRequest &request, const Credentials &c) const override;

private:
    void fetchActivities(const Credentials &c, const SyncCursor &cursor, bool fresh, bool useTimeFilter,
                         RemoteTask task, Callback<RemoteTask> done);
    void postCustomMethod(const Credentials &c, const Task &task, const QString &verb, const QJsonObject &body,
                          const QString &what, Callback<Done> done);

    bool m_timeFilterRefused = false;
};

} // namespace agentdesk
