#include "HttpClient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttp, "agentdesk.http")

namespace agentdesk {

namespace {

QString httpTr(const char *text)
{
    return QCoreApplication::translate("Http", text);
}

bool isConnectFailure(QNetworkReply::NetworkError e)
{
    // The request never reached the server: safe to repeat even for a create.
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError
        || e == QNetworkReply::TemporaryNetworkFailureError || e == QNetworkReply::NetworkSessionFailedError;
}

// One logical call: its attempts, its timer and its reply. Owned by the client.
class HttpCall : public QObject
{
public:
    HttpCall(QNetworkAccessManager *nam, const RetryPolicy &policy, HttpRequest request,
             HttpClient::Callback done, QObject *parent)
        : QObject(parent), m_nam(nam), m_policy(policy), m_request(std::move(request)), m_done(std::move(done))
    {
    }

    void start()
    {
        ++m_attempt;
        QNetworkRequest req(m_request.url);
        for (const auto &h : std::as_const(m_request.headers))
            req.setRawHeader(h.first, h.second);
        if (!req.hasRawHeader("Accept"))
            req.setRawHeader("Accept", "application/json");
        req.setTransferTimeout(timeoutMs());
        QNetworkReply *reply = m_nam->sendCustomRequest(req, m_request.method, m_request.body);
        reply->setParent(this);
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    }

private:
    void onFinished(QNetworkReply *reply)
    {
        reply->deleteLater();
        HttpResponse response;
        response.attempts = m_attempt;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &pair : pairs)
            response.headers.insert(pair.first.toLower(), pair.second);

        const QString host = m_request.url.host();
        int retryDelay = -1;
        if (response.status == 0) {
            // No HTTP answer at all.
            const auto netError = reply->error();
            const bool timedOut = netError == QNetworkReply::OperationCanceledError
                || netError == QNetworkReply::TimeoutError;
            response.error.kind = timedOut ? HttpErrorKind::Timeout : HttpErrorKind::Network;
            response.error.message = timedOut
                ? httpTr("%1 failed: %2 did not answer within %3 s.").arg(m_request.what, host).arg(timeoutMs() / 1000)
                : httpTr("%1 failed: cannot reach %2 (%3).").arg(m_request.what, host, reply->errorString());
            if (m_request.idempotent || isConnectFailure(netError))
                retryDelay = backoff();
        } else if (response.status >= 200 && response.status < 300) {
            finish(response);
            return;
        } else {
            response.error = describeHttpFailure(m_request.what, response.status, response.body);
            if (response.status == 429) {
                const int wait = retryAfterMs(response.header("retry-after"), response.body);
                if (wait > m_policy.maxRetryAfterMs) {
                    response.error.message += QLatin1Char(' ')
                        + httpTr("The provider asks to wait %1 s.").arg(wait / 1000);
                } else {
                    retryDelay = wait >= 0 ? wait + jitter() : backoff();
                }
            } else if (response.status >= 500 && (m_request.idempotent || response.status == 503)) {
                retryDelay = backoff();
            } else if (response.status == 404 && m_attempt <= m_request.notFoundRetries) {
                retryDelay = backoff();
            }
        }

        if (retryDelay >= 0 && m_attempt < maxAttempts()) {
            qCInfo(lcHttp).noquote() << m_request.what << "attempt" << m_attempt << "failed with"
                                     << (response.status ? QString::number(response.status) : reply->errorString())
                                     << "- retrying in" << retryDelay << "ms";
            QTimer::singleShot(retryDelay, this, [this] { start(); });
            return;
        }
        if (m_attempt > 1)
            response.error.message += QLatin1Char(' ') + QCoreApplication::translate("Http", "(Gave up after %n attempt(s).)", nullptr, m_attempt);
        finish(response);
    }

    int maxAttempts() const { return m_request.maxAttempts > 0 ? m_request.maxAttempts : m_policy.maxAttempts; }
    int timeoutMs() const { return m_request.timeoutMs > 0 ? m_request.timeoutMs : m_policy.timeoutMs; }

    int jitter() const { return int(QRandomGenerator::global()->bounded(m_policy.baseDelayMs / 2 + 1)); }

    int backoff() const
    {
        const qint64 exp = qint64(m_policy.baseDelayMs) << std::min(m_attempt - 1, 16);
        return int(std::min<qint64>(exp, m_policy.maxDelayMs)) + jitter();
    }

    void finish(const HttpResponse &response)
    {
        // Hand over first: the callback may destroy the client, and with it this call.
        auto done = std::move(m_done);
        deleteLater();
        done(response);
    }

    QNetworkAccessManager *m_nam;
    RetryPolicy m_policy;
    HttpRequest m_request;
    HttpClient::Callback m_done;
    int m_attempt = 0;
};

} // namespace

HttpClient::HttpClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam) {}

void HttpClient::send(const HttpRequest &request, Callback done)
{
    auto *call = new HttpCall(m_nam, m_policy, request, std::move(done), this);
    call->start();
}

} // namespace agentdesk
