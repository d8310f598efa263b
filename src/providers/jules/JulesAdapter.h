#pragma once

#include "providers/ProviderAdapter.h"

#include <QDateTime>
#include <QHash>

namespace agentdesk {

// Google Jules REST v1alpha (providers.md §2): X-Goog-Api-Key, sessions, paged
// activities, :approvePlan, :sendMessage, sources. No upstream cancel exists.
class JulesAdapter : public ProviderAdapter
{
    Q_OBJECT
public:
    static QUrl defaultBaseUrl();

    explicit JulesAdapter(HttpClient &http, QObject *parent = nullptr);

    ProviderId id() const override { return ProviderId::Jules; }
    Capabilities capabilities() const override;
    QString unsupportedReason(Operation op) const override;

    void create(const Credentials &c, const NewTask &input, Callback<RemoteTask> done) override;
    void fetch(const Credentials &c, const SyncCursor &cursor, Callback<RemoteTask> done) override;
    void approvePlan(const Credentials &c, const Task &task, Callback<Done> done) override;
    void sendMessage(const Credentials &c, const Task &task, const QString &text, Callback<Done> done) override;
    void remove(const Credentials &c, const Task &task, Callback<Done> done) override;
    void listSources(const Credentials &c, Callback<QList<SourceInfo>> done) override;

private:
    struct SourceCache {
        QDateTime fetchedAt;
        QList<SourceInfo> sources;
    };
    struct ActivityPaging;

    HttpRequest request(const Credentials &c, QByteArray method, const QString &path, const QString &what) const;
    void fetchActivities(const Credentials &c, const SyncCursor &cursor, std::shared_ptr<ActivityPaging> paging);
    void fetchSourcePage(const Credentials &c, const QString &pageToken, std::shared_ptr<QList<SourceInfo>> acc,
                         Callback<QList<SourceInfo>> done);
    void postCustomMethod(const Credentials &c, const Task &task, const QString &verb, const QJsonObject &body,
                          const QString &what, Callback<Done> done);

    QHash<QString, SourceCache> m_sourceCache;     // per account
    bool m_timeFilterRefused = false;
};

} // namespace agentdesk
