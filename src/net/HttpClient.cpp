#include "HttpClient.h"

#include "RequestBudget.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <utility>

Q_LOGGING_CATEGORY(lcHttp, "agentdesk.http")

namespace agentdesk {

namespace {

bool isConnectFailure(QNetworkReply::NetworkError e)
{
    // The request never reached the server: safe to repeat even for a create.
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError
           || e == QNetworkReply::TemporaryNetworkFailureError || e == QNetworkReply::NetworkSessionFailedError;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
}

// One logical call: its attempts, its timers and its reply. A child of the client, so
// it never outlives it; it also watches the caller's context and gives up without an
// answer when that goes.
class HttpCall : public QObject
{
public:
    HttpCall(HttpClient &client, HttpRequest request, HttpClient::Callback done)
        : QObject(&client), m_client(client), m_policy(client.retryPolicy()), m_request(std::move(request)),
          m_done(std::move(done))
    {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] { onDeadline(); });
        m_retry.setSingleShot(true);
        connect(&m_retry, &QTimer::timeout, this, [this] { start(); });
    }

    void begin(const QObject *context)
    {
        connect(context, &QObject::destroyed, this, [this] { abandon(); });
        m_deadline.start(deadlineMs());
        start();
    }

    ~HttpCall() override { leaveBudget(nullptr); }

private:
    void start()
    {
        RequestBudget *budget = m_client.budget();
        if (!budget || m_request.budgetKey.isEmpty())
            return transmit();
        // The budget may run this on this thread later, after this call is gone: then
        // the place it was given goes back at once.
        QPointer<HttpCall> self(this);
        QPointer<RequestBudget> guard(budget);
        const QString key = m_request.budgetKey;
        const quint64 ticket = budget->whenAllowed(key, m_request.priority, &m_client, [self, guard, key] {
            if (!self) {
                if (guard)
                    guard->abandoned(key);
                return;
            }
            self->m_ticket = 0;
            self->m_inBudget = true;
            self->transmit();
        });
        if (!m_inBudget)
            m_ticket = ticket; // still waiting (it went at once otherwise)
    }

    // Frees this attempt's place in the budget's window (once), with its answer when
    // there is one to learn from.
    void leaveBudget(const HttpResponse *response)
    {
        if (!std::exchange(m_inBudget, false))
            return;
        if (RequestBudget *budget = m_client.budget()) {
            if (response)
                budget->finished(m_request.budgetKey, *response);
            else
                budget->abandoned(m_request.budgetKey);
        }
    }

    void transmit()
    {
        ++m_attempt;
        m_body.clear();
        m_failure = {};
        QNetworkRequest req(m_request.url);
        for (const auto &h : std::as_const(m_request.headers))
            req.setRawHeader(h.first, h.second);
        if (!req.hasRawHeader("Accept"))
            req.setRawHeader("Accept", "application/json");
        // Some APIs (GitHub) refuse a request that does not say who sends it.
        if (!req.hasRawHeader("User-Agent"))
            req.setRawHeader("User-Agent", "AgentDesk/" AGENTDESK_VERSION);
        req.setTransferTimeout(timeoutMs());
        // Every redirect is looked at (onRedirected): credentials stay with their origin.
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, m_request.followRedirects
                                                                       ? QNetworkRequest::UserVerifiedRedirectPolicy
                                                                       : QNetworkRequest::ManualRedirectPolicy);
        QNetworkAccessManager *nam = m_client.networkAccessManager();
        // get()/deleteResource() honour the read buffer size below; Qt 6.4's
        // sendCustomRequest() does not, and would hold a huge answer in memory at once.
        const QByteArray &method = m_request.method;
        QNetworkReply *reply = nullptr;
        if (method == "GET")
            reply = nam->get(req);
        else if (method == "DELETE" && m_request.body.isEmpty())
            reply = nam->deleteResource(req);
        else if (method == "POST")
            reply = nam->post(req, m_request.body);
        else if (method == "PUT")
            reply = nam->put(req, m_request.body);
        else if (method == "HEAD")
            reply = nam->head(req);
        else
            reply = nam->sendCustomRequest(req, method, m_request.body);
        reply->setParent(this);
        reply->setReadBufferSize(256 * 1024);
        m_reply = reply;
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
        connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
        connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &to) { onRedirected(reply, to); });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    }

    void onMetaData(QNetworkReply *reply)
    {
        bool ok = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && announced > maxResponseBytes())
            failWith(reply, tooLarge());
    }

    void onReadyRead(QNetworkReply *reply)
    {
        m_body += reply->readAll();
        if (m_body.size() > maxResponseBytes())
            failWith(reply, tooLarge());
    }

    void onRedirected(QNetworkReply *reply, const QUrl &to)
    {
        const QUrl target = m_request.url.resolved(to);
        if (originOf(target) == originOf(m_request.url)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        HttpError e;
        e.kind = HttpErrorKind::Refused;
        e.message = QCoreApplication::translate(
                        "Http", "%1 failed: %2 redirected the request to %3. AgentDesk never sends credentials to "
                                "another host; check the account's base URL.")
                        .arg(m_request.what, m_request.url.host(), originOf(target));
        failWith(reply, e);
    }

    HttpError tooLarge() const
    {
        HttpError e;
        e.kind = HttpErrorKind::BadResponse;
        e.message = QCoreApplication::translate(
                        "Http", "%1 failed: %2 sent an answer larger than %3 MB; AgentDesk stopped reading it.")
                        .arg(m_request.what, m_request.url.host(), megabytes(maxResponseBytes()));
        return e;
    }

    // Ends the attempt now with this error (no retry): the reply is aborted.
    void failWith(QNetworkReply *reply, const HttpError &error)
    {
        if (m_failure.isError())
            return;
        m_failure = error;
        reply->abort(); // finished() follows, where m_failure wins
    }

    void onDeadline()
    {
        HttpError e;
        e.kind = HttpErrorKind::Timeout;
        e.message = QCoreApplication::translate("Http", "%1 failed: %2 did not finish answering within %3 s.")
                        .arg(m_request.what, m_request.url.host())
                        .arg(deadlineMs() / 1000);
        if (m_reply) {
            m_failure = e;
            m_final = true;
            m_reply->abort();
            return;
        }
        // Between attempts, or waiting for the budget.
        m_retry.stop();
        HttpResponse response;
        response.attempts = m_attempt;
        response.error = e;
        finish(response);
    }

    void onFinished(QNetworkReply *reply)
    {
        m_reply = nullptr;
        reply->deleteLater();
        HttpResponse response = readResponse(reply);
        leaveBudget(&response);

        if (m_failure.isError()) {
            response.error = m_failure;
            finish(response);
            return;
        }
        const auto netError = reply->error();
        const bool transportFailed =
            response.status == 0
            || (response.status >= 200 && response.status < 300 && netError != QNetworkReply::NoError);
        if (!transportFailed && response.status >= 200 && response.status < 300) {
            response.error = checkBody(response);
            finish(response);
            return;
        }
        if (!transportFailed && m_request.answerStatuses.contains(response.status)) {
            finish(response);
            return;
        }
        const qint64 retryDelay = transportFailed ? transportFailure(*reply, response) : httpFailure(response);
        if (!m_final && retryDelay >= 0 && m_attempt < maxAttempts()) {
            qCInfo(lcHttp).noquote() << m_request.what << "attempt" << m_attempt << "failed with"
                                     << (response.status ? QString::number(response.status) : reply->errorString())
                                     << "- retrying in" << retryDelay << "ms";
            m_retry.start(int(retryDelay));
            return;
        }
        if (m_attempt > 1)
            response.error.message +=
                QLatin1Char(' ')
                + QCoreApplication::translate("Http", "(Gave up after %n attempt(s).)", nullptr, m_attempt);
        finish(response);
    }

    HttpResponse readResponse(QNetworkReply *reply)
    {
        HttpResponse response;
        response.attempts = m_attempt;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_body += reply->readAll();
        response.body = std::move(m_body);
        m_body.clear();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &pair : pairs)
            response.headers.insert(pair.first.toLower(), pair.second);
        return response;
    }

    // No HTTP answer at all, or one cut off before its end: describes it in the response
    // and says how long to wait before the next attempt (negative: no retry).
    qint64 transportFailure(const QNetworkReply &reply, HttpResponse &response)
    {
        const QString host = m_request.url.host();
        const auto netError = reply.error();
        const bool timedOut =
            netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError;
        response.error.kind = timedOut ? HttpErrorKind::Timeout : HttpErrorKind::Network;
        response.error.status = response.status;
        response.error.message =
            timedOut ? QCoreApplication::translate("Http", "%1 failed: %2 did not answer within %3 s.")
                           .arg(m_request.what, host)
                           .arg(timeoutMs() / 1000)
            : response.status != 0
                ? QCoreApplication::translate("Http", "%1 failed: the answer from %2 broke off before its end (%3).")
                      .arg(m_request.what, host, reply.errorString())
                : QCoreApplication::translate("Http", "%1 failed: cannot reach %2 (%3).")
                      .arg(m_request.what, host, reply.errorString());
        if (m_request.idempotent || (response.status == 0 && isConnectFailure(netError)))
            return backoff();
        return -1;
    }

    // An HTTP error status: describes it in the response and says how long to wait before
    // the next attempt (negative: no retry).
    qint64 httpFailure(HttpResponse &response)
    {
        const QByteArray remaining = response.header("x-ratelimit-remaining");
        response.error = describeHttpFailure(m_request.what, response.status, response.body, remaining);
        const bool limited = isRateLimitAnswer(response.status, remaining, response.body);
        if (limited || (response.status == 503 && !response.header("retry-after").isEmpty())) {
            qint64 wait = retryAfterMs(response.header("retry-after"), response.body.left(4096),
                                       m_client.clock().msecsSinceEpoch());
            if (wait < 0 && response.status == 403) {
                // GitHub: until the reset when nothing remains, else at least a minute.
                const qint64 reset =
                    rateLimitResetMs(response.header("x-ratelimit-reset"), m_client.clock().msecsSinceEpoch());
                wait = reset >= 0 ? reset : 60000;
            }
            if (wait > m_policy.maxRetryAfterMs) {
                response.error.message +=
                    QLatin1Char(' ')
                    + QCoreApplication::translate(
                          "Http", "The provider asks to wait %1 s; AgentDesk gives up rather than wait that long.")
                          .arg(wait / 1000);
                return -1;
            }
            return wait >= 0 ? wait + jitter() : backoff();
        }
        if (response.status >= 500 && (m_request.idempotent || response.status == 503))
            return backoff();
        if (response.status == 404 && m_attempt <= m_request.notFoundRetries)
            return backoff();
        return -1;
    }

    // A 2xx answer must be what the request expects.
    HttpError checkBody(const HttpResponse &response) const
    {
        HttpError e;
        const bool empty = response.body.trimmed().isEmpty();
        if (empty) {
            if (m_request.allowEmptyBody || !m_request.expectJson)
                return e;
            e.kind = HttpErrorKind::BadResponse;
            e.status = response.status;
            e.message = QCoreApplication::translate("Http", "%1 failed: %2 answered HTTP %3 with an empty body.")
                            .arg(m_request.what, m_request.url.host())
                            .arg(response.status);
            return e;
        }
        if (!m_request.expectJson)
            return e;
        QJsonParseError parseError;
        QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            return e;
        // QJsonDocument takes only an object or array at the top; a bare value ("null",
        // which Devin answers to a message) is JSON too.
        QJsonParseError scalarError;
        QJsonDocument::fromJson('[' + response.body + ']', &scalarError);
        if (scalarError.error == QJsonParseError::NoError)
            return e;
        e.kind = HttpErrorKind::BadResponse;
        e.status = response.status;
        const bool html = response.body.trimmed().startsWith('<');
        e.message = QCoreApplication::translate(
                        "Http", "%1 failed: %2 answered HTTP %3 with %4, not the JSON it should send (%5 at byte %6).")
                        .arg(m_request.what, m_request.url.host())
                        .arg(response.status)
                        .arg(html ? QCoreApplication::translate("Http", "an HTML page")
                                  : QCoreApplication::translate("Http", "a body that does not parse"),
                             parseError.errorString())
                        .arg(parseError.offset);
        return e;
    }

    int maxAttempts() const { return m_request.maxAttempts > 0 ? m_request.maxAttempts : m_policy.maxAttempts; }
    int timeoutMs() const { return m_request.timeoutMs > 0 ? m_request.timeoutMs : m_policy.timeoutMs; }
    int deadlineMs() const { return m_request.deadlineMs > 0 ? m_request.deadlineMs : m_policy.deadlineMs; }
    qint64 maxResponseBytes() const { return m_policy.maxResponseBytes; }

    int jitter() const { return int(QRandomGenerator::global()->bounded(m_policy.baseDelayMs / 2 + 1)); }

    int backoff() const
    {
        const qint64 exp = qint64(m_policy.baseDelayMs) << std::min(m_attempt - 1, 16);
        return int(std::min<qint64>(exp, m_policy.maxDelayMs)) + jitter();
    }

    void finish(const HttpResponse &response)
    {
        m_deadline.stop();
        m_retry.stop();
        // Hand over first: the callback may destroy the client, and with it this call.
        auto done = std::move(m_done);
        m_done = nullptr;
        deleteLater();
        if (response.ok() && !m_request.budgetKey.isEmpty())
            Q_EMIT m_client.answered(m_request.budgetKey);
        if (done)
            done(response);
    }

    // The caller is gone: stop at once and never answer.
    void abandon()
    {
        m_done = nullptr;
        m_deadline.stop();
        m_retry.stop();
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply = nullptr;
        }
        if (RequestBudget *budget = m_client.budget(); budget && m_ticket)
            budget->cancel(m_request.budgetKey, std::exchange(m_ticket, 0)); // waiting: forgotten
        leaveBudget(nullptr);
        deleteLater();
    }

    HttpClient &m_client;
    RetryPolicy m_policy;
    HttpRequest m_request;
    HttpClient::Callback m_done;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    HttpError m_failure;
    QTimer m_deadline;
    QTimer m_retry;
    int m_attempt = 0;
    bool m_final = false;
    bool m_inBudget = false; // holds a place in the budget's window
    quint64 m_ticket = 0;    // waits for the budget
};

} // namespace

HttpClient::HttpClient(QNetworkAccessManager *nam, const Clock &clock, QObject *parent)
    : QObject(parent), m_nam(nam), m_clock(clock)
{ }

HttpClient::~HttpClient()
{
    // Nothing more is handed to this client; then the calls go, while the client (and
    // its budget pointer) they report to is still whole.
    if (m_budget)
        m_budget->detach(this);
    const QObjectList calls = children();
    qDeleteAll(calls);
}

void HttpClient::setBudget(RequestBudget *budget)
{
    if (m_budget)
        m_budget->detach(this);
    m_budget = budget;
    if (m_budget)
        m_budget->attach(this);
}

RequestBudget *HttpClient::budget() const
{
    return m_budget.data();
}

int HttpClient::callsInFlight() const
{
    return int(findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly).size());
}

void HttpClient::send(const HttpRequest &request, const QObject *context, Callback done)
{
    Q_ASSERT_X(context, "HttpClient::send", "every call names the object that receives its answer");
    auto *call = new HttpCall(*this, request, std::move(done));
    call->begin(context);
}

} // namespace agentdesk
