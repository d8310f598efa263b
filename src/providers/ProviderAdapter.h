#pragma once

#include "domain/Account.h"
#include "domain/Capabilities.h"
#include "domain/Error.h"
#include "domain/Task.h"
#include "domain/TaskValidation.h"
#include "net/HttpTypes.h"
#include "secrets/Secret.h"

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
};

// Where an incremental fetch resumes.
struct SyncCursor {
    QString externalId;
    QDateTime createdAt;
    QDateTime latestActivity;     // newest activity already stored
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

    ProviderAdapter(HttpClient &http, QObject *parent = nullptr);
    ~ProviderAdapter() override;

    virtual ProviderId id() const = 0;
    virtual Capabilities capabilities() const = 0;
    // Why an operation is unavailable for this provider; empty when it is available.
    virtual QString unsupportedReason(Operation op) const;

    virtual void create(const Credentials &c, const NewTask &input, Callback<RemoteTask> done) = 0;
    virtual void fetch(const Credentials &c, const SyncCursor &cursor, Callback<RemoteTask> done) = 0;
    virtual void approvePlan(const Credentials &c, const Task &task, Callback<Done> done);
    virtual void sendMessage(const Credentials &c, const Task &task, const QString &text, Callback<Done> done);
    virtual void cancel(const Credentials &c, const Task &task, Callback<Done> done);
    virtual void remove(const Credentials &c, const Task &task, Callback<Done> done);
    virtual void listSources(const Credentials &c, Callback<QList<SourceInfo>> done);

protected:
    HttpClient &http() const { return m_http; }
    // Answers an unsupported operation from the event loop, with the reason.
    template <typename T>
    void refuse(Operation op, const Callback<T> &done)
    {
        deliverLater([done, reason = unsupportedReason(op)] { done(Outcome<T>{T{}, Error::usage(reason)}); });
    }
    void deliverLater(std::function<void()> fn);

private:
    HttpClient &m_http;
};

// HTTP failures as domain errors: rejected credentials become Auth, the rest Provider.
Error errorFromHttp(const HttpError &e);

} // namespace agentdesk
