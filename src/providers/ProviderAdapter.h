#pragma once

#include "domain/Account.h"
#include "domain/Capabilities.h"
#include "domain/Error.h"
#include "domain/Task.h"
#include "domain/TaskValidation.h"
#include "net/HttpTypes.h"
#include "secrets/Secret.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <functional>

namespace agentdesk {

class HttpClient;

// The credential an adapter acts with. Built by the service from an account and the
// key read from the keychain; adapters never read the keychain themselves.
struct Credentials {
    QString accountName;
    Secret key;
    QUrl baseUrl;         // empty: the provider's public endpoint
    QJsonObject settings; // the account's non-secret settings
};

// What a provider says about one task at one moment. Fields left empty mean "no
// news"; status nullopt means "keep the status we have".
struct RemoteTask {
    QString externalId;
    std::optional<TaskStatus> status;
    QString upstreamStatus;
    Attention attention;
    QString title;
    QString webUrl;
    QString error;
    TaskResult result;
    QDateTime updatedAt;
    QList<Activity> activities;   // upstream order, oldest first; may repeat known ones
    QJsonObject providerState;    // keys to merge into the task's adapter state
};

// Where an incremental fetch resumes.
struct SyncCursor {
    QString externalId;
    QDateTime createdAt;
    QDateTime latestActivity;     // newest activity already stored
    QJsonObject providerState;    // what the adapter kept last time
};

struct SourceInfo {
    QString name;                 // the provider's own identifier for the source
    QString repoName;             // owner/repo
    QString url;
    QString defaultBranch;
    QStringList branches;
};

template <typename T>
struct Outcome {
    T value{};
    Error error;
    bool ok() const { return !error.isError(); }
};
struct Done {};

enum class Operation { Create, Fetch, ApprovePlan, SendMessage, Cancel, Delete, ListSources };

// One asynchronous interface over every provider. Each call answers exactly once,
// from the event loop. Operations a provider's API does not offer answer with a
// Usage error saying so (see unsupportedReason), never with a pretend success.
class ProviderAdapter : public QObject
{
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(const Outcome<T> &)>;
    using NextPage = std::function<std::optional<HttpRequest>(const QJsonObject &page, int itemCount)>;

    ProviderAdapter(HttpClient &http, QObject *parent = nullptr);
    ~ProviderAdapter() override;

    virtual ProviderId id() const = 0;
    virtual Capabilities capabilities() const = 0;
    // Why an operation is unavailable for this provider; empty when it is available.
    virtual QString unsupportedReason(Operation op) const;
    // Refuses options this provider (or this account's API version) cannot honour:
    // nothing is silently dropped. Checks the shared ones; adapters add their own.
    virtual Error checkOptions(const Credentials &c, const NewTask &input) const;

    virtual void create(const Credentials &c, const NewTask &input, Callback<RemoteTask> done) = 0;
    virtual void fetch(const Credentials &c, const SyncCursor &cursor, Callback<RemoteTask> done) = 0;
    virtual void approvePlan(const Credentials &c, const Task &task, Callback<Done> done);
    // Answers with anything to record at once: a provider whose feed never echoes the
    // operator's message returns it here as an activity.
    virtual void sendMessage(const Credentials &c, const Task &task, const QString &text, Callback<RemoteTask> done);
    virtual void cancel(const Credentials &c, const Task &task, Callback<Done> done);
    virtual void remove(const Credentials &c, const Task &task, Callback<Done> done);
    virtual void listSources(const Credentials &c, Callback<QList<SourceInfo>> done);

Q_SIGNALS:
    // Pushed news about a task (a live stream event): fetch it soon.
    void remoteChanged(const QString &externalId);

protected:
    HttpClient &http() const { return m_http; }

    // Request building, shared: base URL (account override or the provider's own),
    // path joined onto the base path, and the provider's authentication.
    virtual QUrl defaultBaseUrl(const Credentials &c) const = 0;
    virtual void authorize(HttpRequest &request, const Credentials &c) const = 0;
    HttpRequest makeRequest(const Credentials &c, QByteArray method, const QString &path, const QString &what) const;
    // Sends and answers `done` with the error on failure; calls onOk with the answer otherwise.
    template <typename T>
    void call(const HttpRequest &request, Callback<T> done, std::function<void(const HttpResponse &)> onOk)
    {
        sendChecked(request, [done](const Error &e) { done(Outcome<T>{T{}, e}); }, std::move(onOk));
    }
    void sendChecked(const HttpRequest &request, std::function<void(const Error &)> onError,
                     std::function<void(const HttpResponse &)> onOk);

    // Follows a paged list to its end. `items` picks a page's entries; `next` builds
    // the request for the following page or returns nullopt on the last one.
    void collectPages(const HttpRequest &first, std::function<QJsonArray(const QJsonObject &)> items, NextPage next,
                      Callback<QJsonArray> done, int maxPages = 200);

    // Source lists change rarely and some providers rate-limit them hard (Cursor:
    // 1 request per minute): answers from a per-account cache while it is fresh.
    void cachedSources(const Credentials &c, int maxAgeSeconds,
                       std::function<void(Callback<QList<SourceInfo>>)> fetch, Callback<QList<SourceInfo>> done);
    // The option keys in TaskOptions::provider this adapter honours.
    virtual QStringList supportedProviderOptions(const Credentials &) const { return {}; }
    virtual bool supportsEnvironment(const Credentials &) const { return false; }
    virtual bool supportsAutoPr(const Credentials &) const { return true; }
    // Answers an unsupported operation from the event loop, with the reason.
    template <typename T>
    void refuse(Operation op, const Callback<T> &done)
    {
        deliverLater([done, reason = unsupportedReason(op)] { done(Outcome<T>{T{}, Error::usage(reason)}); });
    }
    void deliverLater(std::function<void()> fn);

private:
    void nextPage(std::shared_ptr<struct PageWalk> walk);

    HttpClient &m_http;
    struct CachedSources {
        QDateTime fetchedAt;
        QList<SourceInfo> sources;
    };
    QHash<QString, CachedSources> m_sourceCache;
};

// HTTP failures as domain errors: rejected credentials become Auth, the rest Provider.
Error errorFromHttp(const HttpError &e);

} // namespace agentdesk
