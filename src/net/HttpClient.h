#pragma once

#include "HttpTypes.h"
#include "base/Clock.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace agentdesk {

class RequestBudget;

// Every HTTP call AgentDesk makes goes through here: asynchronous on the caller's
// QNetworkAccessManager, with an inactivity timeout and a deadline for the whole call,
// retries with exponential backoff and jitter on network errors and 5xx (idempotent
// calls only), 429 honouring Retry-After, answers capped in size, redirects followed
// only within the same origin (credentials never travel to another host), bodies that
// are not the JSON they should be refused, and failures turned into messages a person
// understands.
//
// Each call names its context: when that object is destroyed the request is aborted
// and its callback never runs. Callbacks run from the event loop; none runs after the
// client is destroyed either.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpClient(QNetworkAccessManager *nam, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~HttpClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    // Requests with a budget key wait for their account's budget (rate limits shared by
    // every poller of that account, in every client of the process that is given it).
    // Not owned; may be null, and may go before the client.
    void setBudget(RequestBudget *budget);
    RequestBudget *budget() const;
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    const Clock &clock() const { return m_clock; }
    int callsInFlight() const;

    void send(const HttpRequest &request, const QObject *context, Callback done);

Q_SIGNALS:
    // A request of this budget key (a provider account) got an answer: the account is
    // reachable and takes its key, whoever asked.
    void answered(const QString &budgetKey);

private:
    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
    RetryPolicy m_policy;
    QPointer<RequestBudget> m_budget;
};

} // namespace agentdesk
