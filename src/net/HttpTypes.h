#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace agentdesk {

// Who waits for a request. Foreground: the operator (a command, Refresh All, an action
// on a task, adding an account): it goes as fast as the provider allows. Background:
// nobody (the refresher, the worker's mirroring, periodic adoption): it keeps a modest
// steady pace and yields to foreground work. See RequestBudget and docs/performance.md.
enum class RequestPriority { Foreground, Background };

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
    int timeoutMs = 0;   // silence on the wire before an attempt fails; 0: the client's policy
    int deadlineMs = 0;  // the whole call, retries included; 0: the client's policy
    int maxAttempts = 0; // 0: the client's policy
    // A 2xx answer must be a JSON document unless this is set (an action that answers
    // nothing, or a non-JSON resource). A body that does not parse is an error.
    bool allowEmptyBody = false;
    bool expectJson = true;
    // Statuses outside 2xx that are an answer, not a failure (304 to a conditional GET,
    // a 302 the caller follows itself); their body is not checked.
    QList<int> answerStatuses;
    // False: a redirect is handed back as the answer (see answerStatuses) instead of
    // followed, so the caller can fetch its target without this request's credentials.
    bool followRedirects = true;
    QString what; // "Jules: list activities", for error messages
    // Groups requests that share a rate limit (one provider account); see RequestBudget.
    QString budgetKey;
    RequestPriority priority = RequestPriority::Foreground;

    void setHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
    void setJsonBody(const QJsonObject &object);
};

enum class HttpErrorKind {
    None,
    Network,
    Timeout,
    Auth,
    NotFound,
    RateLimited,
    Conflict,
    Client,
    Server,
    BadResponse,
    Refused
};

struct HttpError {
    HttpErrorKind kind = HttpErrorKind::None;
    int status = 0;
    QString code;    // the envelope's machine code where it has one ("agent_busy", "NOT_FOUND")
    QString message; // for people: what failed, why, and what to do
    bool isError() const { return kind != HttpErrorKind::None; }
};

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    HttpError error;
    int attempts = 0;

    bool ok() const { return !error.isError(); }
    // The body as a JSON object; empty when it is not one (the client has already
    // refused a 2xx body that does not parse, unless the request allowed it).
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct RetryPolicy {
    int maxAttempts = 4;
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    int maxRetryAfterMs = 120000; // a longer Retry-After fails the call with the wait in the message
    int timeoutMs = 30000;        // silence on the wire
    int deadlineMs = 180000;      // the whole call, however slowly the bytes drip
    qint64 maxResponseBytes = 16 * 1024 * 1024;
};

// Reads the provider error envelopes we know ({"error":{code,message,status}},
// {"code":N,"message"}, {"detail":...}, GitHub's {"message","status":"401"}) into a code
// and a message.
void parseErrorEnvelope(const QByteArray &body, QString *code, QString *message);
// Builds the message a person reads for a failed call.
// `remaining`: the answer's x-ratelimit-remaining, which tells GitHub's rate-limit 403
// from a permission 403.
HttpError describeHttpFailure(const QString &what, int status, const QByteArray &body,
                              const QByteArray &remaining = {});
// 429, or a 403 that is a rate limit (GitHub: nothing remaining, or "secondary rate limit").
bool isRateLimitAnswer(int status, const QByteArray &remaining, const QByteArray &body);
// Retry-After as seconds or HTTP-date, or "retry in N seconds" in the body; -1 if
// absent. Never overflows: absurd values come back as they are, in 64 bits, for the
// caller to compare with its ceiling. `nowMs` is the current time (for HTTP-dates).
qint64 retryAfterMs(const QByteArray &headerValue, const QByteArray &body, qint64 nowMs);
// x-ratelimit-reset (epoch seconds, or seconds from now) as a wait in ms within
// kServerWaitSeconds; -1 if absent or not a number.
qint64 rateLimitResetMs(const QByteArray &headerValue, qint64 nowMs);
// HTTP failures as domain errors: rejected credentials become Auth, the rest Provider.
Error errorFromHttp(const HttpError &e);
// The origin (scheme, host, port) of a URL, for the same-origin rule on redirects.
QString originOf(const QUrl &url);

} // namespace agentdesk
