#pragma once

#include "domain/Account.h"
#include "domain/Capabilities.h"
#include "domain/Error.h"
#include "domain/Outcome.h"
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
    // Who waits for the requests made with these credentials (RequestBudget).
    RequestPriority priority = RequestPriority::Foreground;
    // The whole call, retries included, for someone watching a spinner (a key check);
    // 0: the HTTP client's policy.
    int deadlineMs = 0;
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
    QString prompt;    // when the listing or the task carries it (adoption)
    TaskSource source; // likewise
    TaskResult result;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<bool> archived; // nullopt: this answer does not say (a plain GET often does not)
    QList<Activity> activities;   // upstream order, oldest first; may repeat known ones
    QJsonObject providerState;    // keys to merge into the task's adapter state
};

// Where an incremental fetch resumes.
struct SyncCursor {
    QString externalId;
    QDateTime createdAt;
    QDateTime latestActivity;  // newest activity already stored
    QJsonObject providerState; // what the adapter kept last time
};

struct SourceInfo {
    QString name;     // the provider's own identifier for the source
    QString repoName; // owner/repo
    QString url;
    QString defaultBranch;
    QStringList branches;
};

// One page of an account's tasks as the provider lists them, newest first.
struct RemotePage {
    QList<RemoteTask> tasks;
    QString nextPageToken; // empty: the last page
    bool complete = false; // this walk saw every task the account has

    // A page as most listings answer: the items under `itemsKey`, each mapped by `map`
    // (one without an id is left out), the next page's token under `tokenKey`. A page of
    // an archived listing marks its tasks archived: such a listing does not always say
    // so per item.
    static RemotePage from(const QJsonObject &page, const char *itemsKey, const char *tokenKey, bool archived,
                           const std::function<RemoteTask(const QJsonObject &)> &map);
};

struct ListQuery {
    QString pageToken;
    QDateTime updatedSince; // invalid: no filter
    bool archived = false;  // list archived items instead (where the provider separates them)
    int pageSize = 50;
};

// A provider login found on this machine (the Codex CLI's), as a key and settings.
struct ImportedCredential {
    Secret key;
    QJsonObject settings;
    QString from; // where it was read, for the operator
};

// Who a key belongs to, from a cheap authenticated call.
struct KeyCheck {
    QString identity; // a user, an organisation or a key name; may be empty
    QString detail;
};

enum class Operation { Create, Fetch, ApprovePlan, SendMessage, Cancel, Delete, ListSources, ListTasks };

// One asynchronous interface over every provider. Each call names its context (the
// object that receives the answer: nothing is delivered after it is gone, and its
// requests are aborted then) and answers exactly once, from the event loop.
// Operations a provider's API does not offer answer with a Usage error saying so
// (see unsupportedReason), never with a pretend success.
class ProviderAdapter : public QObject
{
    Q_OBJECT
public:
    using NextPage = std::function<std::optional<HttpRequest>(const HttpResponse &page, int itemCount)>;

    ProviderAdapter(HttpClient &http, QObject *parent = nullptr);
    ~ProviderAdapter() override;

    virtual ProviderId id() const = 0;
    virtual Capabilities capabilities() const = 0;
    // Why an operation is unavailable for this provider; empty when it is available.
    virtual QString unsupportedReason(Operation op) const;
    // Why an operation cannot run on this task now, by the provider's documented rules
    // for the task's state; empty when it may. Includes unsupportedReason. A follow-up
    // is never refused for the task's state: Jules documents no limit (its web app
    // continues a finished session), Devin's messages resume a suspended session, Cursor
    // starts a new run, Codex a new turn; a provider that refuses says so itself.
    virtual QString whyNot(const Task &task, Operation op) const;
    // Refuses options this provider (or this account's API version) cannot honour:
    // nothing is silently dropped. Checks the shared ones; adapters add their own.
    virtual Error checkOptions(const Credentials &c, const NewTask &input) const;
    // A base URL the operator typed, checked against what this provider expects (the
    // API version may be part of it or not; a different version is refused). Empty when fine.
    QString checkBaseUrl(const Credentials &c) const;

    virtual void create(const Credentials &c, const NewTask &input, const QObject *context,
                        Callback<RemoteTask> done) = 0;
    virtual void fetch(const Credentials &c, const SyncCursor &cursor, const QObject *context,
                       Callback<RemoteTask> done) = 0;
    virtual void approvePlan(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done);
    // Answers with anything to record at once: a provider whose feed never echoes the
    // operator's message returns it here as an activity.
    virtual void sendMessage(const Credentials &c, const Task &task, const QString &text, const QObject *context,
                             Callback<RemoteTask> done);
    virtual void cancel(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done);
    virtual void remove(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done);
    virtual void listSources(const Credentials &c, const QObject *context, Callback<QList<SourceInfo>> done);
    // One page of the account's tasks, newest first, for adopting tasks started elsewhere.
    virtual void listTasks(const Credentials &c, const ListQuery &query, const QObject *context,
                           Callback<RemotePage> done);
    // A cheap authenticated call that tells whether the key works and whose it is.
    virtual void checkKey(const Credentials &c, const QObject *context, Callback<KeyCheck> done);
    // A login of the provider's own tool on this machine; nullopt when the provider has
    // none. `path` overrides where it is looked for.
    virtual std::optional<Outcome<ImportedCredential>> importLocalLogin(const QString &path) const;

Q_SIGNALS:
    // Pushed news about a task (a live stream event): fetch it soon.
    void remoteChanged(const QString &externalId);

protected:
    HttpClient &http() const { return m_http; }

    // Request building, shared: base URL (account override or the provider's own),
    // path joined onto the base path, and the provider's authentication.
    virtual QUrl defaultBaseUrl(const Credentials &c) const = 0;
    // The version segment every path of this account starts with ("/v1alpha", "/v3");
    // empty when paths carry none. A base URL that already ends with it is accepted.
    virtual QString apiPrefix(const Credentials &c) const;
    virtual void authorize(HttpRequest &request, const Credentials &c) const = 0;
    HttpRequest makeRequest(const Credentials &c, QByteArray method, const QString &path, const QString &what) const;
    // Sends and answers `done` with the error on failure; calls onOk with the answer otherwise.
    template <typename T>
    void call(const HttpRequest &request, const QObject *context, Callback<T> done,
              std::function<void(const HttpResponse &)> onOk)
    {
        sendChecked(
            request, context,
            [done](const Error &e) {
                done(Outcome<T>{T{}, e});
            },
            std::move(onOk));
    }
    void sendChecked(const HttpRequest &request, const QObject *context, std::function<void(const Error &)> onError,
                     std::function<void(const HttpResponse &)> onOk);

    // Follows a paged list to its end. `items` picks a page's entries; `next` builds
    // the request for the following page or returns nullopt on the last one. A walk
    // that would go past maxItems stops with an error rather than hold everything.
    void collectPages(const HttpRequest &first, const QObject *context,
                      std::function<QJsonArray(const QJsonObject &)> items, NextPage next, Callback<QJsonArray> done,
                      int maxPages = 200, int maxItems = 10000);

    // Source lists change rarely and some providers rate-limit them hard (Cursor:
    // 1 request per minute): answers from a per-account cache while it is fresh.
    void cachedSources(const Credentials &c, int maxAgeSeconds, const QObject *context,
                       std::function<void(Callback<QList<SourceInfo>>)> fetch, Callback<QList<SourceInfo>> done);
    // The option keys in TaskOptions::provider this adapter honours.
    virtual QStringList supportedProviderOptions(const Credentials &) const { return {}; }
    virtual bool supportsEnvironment(const Credentials &) const { return false; }
    virtual bool supportsAutoPr(const Credentials &) const { return true; }
    // Answers an unsupported operation from the event loop, with the reason.
    template <typename T>
    void refuse(Operation op, const QObject *context, const Callback<T> &done)
    {
        deliverLater(context, [done, reason = unsupportedReason(op)] { done(Outcome<T>{T{}, Error::usage(reason)}); });
    }
    void deliverLater(const QObject *context, std::function<void()> fn);

private:
    void nextPage(std::shared_ptr<struct PageWalk> walk);

    HttpClient &m_http;
    struct CachedSources {
        QDateTime fetchedAt;
        QList<SourceInfo> sources;
    };
    QHash<QString, CachedSources> m_sourceCache;
};

// Provider-supplied text is bounded before it is stored: a title is one line of at most
// 500 characters, other text at most 100,000 characters.
QString boundedTitle(const QString &text);
QString boundedText(const QString &text);

} // namespace agentdesk
