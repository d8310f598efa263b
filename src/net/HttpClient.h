#pragma once

#include "HttpTypes.h"

#include <QObject>
#include <functional>

class QNetworkAccessManager;

namespace agentdesk {

// Every HTTP call AgentDesk makes goes through here: asynchronous on the caller's
// QNetworkAccessManager, with a transfer timeout, retries with exponential backoff
// and jitter on network errors and 5xx (idempotent calls only), 429 honouring
// Retry-After, and failures turned into messages a person understands.
// Callbacks run from the event loop; none runs after the client is destroyed.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    void send(const HttpRequest &request, Callback done);

private:
    QNetworkAccessManager *m_nam;
    RetryPolicy m_policy;
};

} // namespace agentdesk
