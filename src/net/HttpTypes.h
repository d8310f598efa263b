#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace agentdesk {

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Safe to repeat after a network error or 5xx. A create is not: a lost answer
    // could otherwise start the same work twice. 429 is always retried.
    bool idempotent = true;
    // Providers that answer 404 for a moment right after a create (Jules activities).
    int notFoundRetries = 0;
    int timeoutMs = 0;   // 0: the client's policy
    int maxAttempts = 0; // 0: the client's policy
    QString what;     // "Jules: list activities", for error messages

    void setHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
    void setJsonBody(const QJsonObject &object);
};

enum class HttpErrorKind { None, Network, Timeout, Auth, NotFound, RateLimited, Conflict, Client, Server, BadResponse };

struct HttpError {
    HttpErrorKind kind = HttpErrorKind::None;
    int status = 0;
    QString code;        // the envelope's machine code where it has one ("agent_busy", "NOT_FOUND")
    QString message;     // for people: what failed, why, and what to do
    bool isError() const { return kind != HttpErrorKind::None; }
};

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;   // lower-cased names
    HttpError error;
    int attempts = 0;

    bool ok() const { return !error.isError(); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct RetryPolicy {
    int maxAttempts = 4;
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    int maxRetryAfterMs = 120000;   // a longer Retry-After fails the call with the wait in the message
    int timeoutMs = 30000;
};

// Reads the provider error envelopes we know ({"error":{code,message,status}},
// {"code":N,"message"}, {"detail":...}) into a code and a message.
void parseErrorEnvelope(const QByteArray &body, QString *code, QString *message);
// Builds the message a person reads for a failed call.
HttpError describeHttpFailure(const QString &what, int status, const QByteArray &body);
// Retry-After as seconds or HTTP-date, or "retry in N seconds" in the body; -1 if absent.
int retryAfterMs(const QByteArray &headerValue, const QByteArray &body);

} // namespace agentdesk
