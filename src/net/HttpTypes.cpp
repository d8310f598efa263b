#include "HttpTypes.h"

#include "base/Durations.h"
#include "base/Translate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <limits>

namespace agentdesk {

void HttpRequest::setJsonBody(const QJsonObject &object)
{
    body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    setHeader("Content-Type", "application/json");
}

void parseErrorEnvelope(const QByteArray &body, QString *code, QString *message)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("error")).isObject()) {
        const QJsonObject e = o.value(QLatin1String("error")).toObject();
        *message = e.value(QLatin1String("message")).toString();
        const QJsonValue c = e.value(QLatin1String("code"));
        const QString status = e.value(QLatin1String("status")).toString();
        *code = !status.isEmpty() ? status : (c.isString() ? c.toString() : QString());
        return;
    }
    if (o.value(QLatin1String("error")).isString()) {
        *message = o.value(QLatin1String("error")).toString();
        *code = o.value(QLatin1String("code")).toVariant().toString();
        return;
    }
    if (o.contains(QLatin1String("message"))) {
        *message = o.value(QLatin1String("message")).toString();
        const QJsonValue c = o.value(QLatin1String("code"));
        *code = c.isString() ? c.toString() : QString();
        // GitHub's 422 lists what was wrong with which field.
        const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
        QStringList details;
        for (const QJsonValue &e : errors) {
            const QJsonObject eo = e.toObject();
            const QString field = eo.value(QLatin1String("field")).toString();
            const QString what =
                eo.value(QLatin1String("message")).toString(eo.value(QLatin1String("code")).toString());
            if (!what.isEmpty())
                details << (field.isEmpty() ? what : field + QStringLiteral(": ") + what);
        }
        if (!details.isEmpty())
            *message += QStringLiteral(" (") + details.join(QStringLiteral("; ")) + QLatin1Char(')');
        return;
    }
    const QJsonValue detail = o.value(QLatin1String("detail"));
    if (detail.isObject()) { // ChatGPT backend: {"detail": {"code", "message"}}
        *message = detail.toObject().value(QLatin1String("message")).toString();
        *code = detail.toObject().value(QLatin1String("code")).toString();
        return;
    }
    if (detail.isString()) {
        *message = detail.toString();
        return;
    }
    if (detail.isArray()) {
        QStringList parts;
        const QJsonArray items = detail.toArray();
        for (const QJsonValue &item : items)
            parts << item.toObject().value(QLatin1String("msg")).toString();
        *message = parts.join(QLatin1String("; "));
        return;
    }
    if (doc.isNull()) {
        // Not JSON: an HTML error page from a proxy, or plain text. Keep it short.
        QString text = QString::fromUtf8(body.left(1024)).simplified();
        if (text.startsWith(QLatin1Char('<')))
            text.clear();
        *message = text.left(200);
    }
}

bool isRateLimitAnswer(int status, const QByteArray &remaining, const QByteArray &body)
{
    if (status == 429)
        return true;
    if (status != 403)
        return false;
    // GitHub answers a spent or secondary rate limit with 403: nothing remaining, or its
    // message says so. A 403 with neither is a permission problem.
    if (!remaining.isEmpty() && remaining.trimmed().toLongLong() <= 0)
        return true;
    QString code, message;
    parseErrorEnvelope(body, &code, &message);
    return message.contains(QLatin1String("rate limit"), Qt::CaseInsensitive);
}

HttpError describeHttpFailure(const QString &what, int status, const QByteArray &body, const QByteArray &remaining)
{
    HttpError e;
    e.status = status;
    QString upstream;
    parseErrorEnvelope(body, &e.code, &upstream);
    // The envelope's machine code stays in the text: it is what support pages and
    // callers (agent_busy, run_not_cancellable) recognise.
    const QString head =
        e.code.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("HTTP %1 %2").arg(status).arg(e.code);
    const QString detail = upstream.isEmpty() ? head : head + QStringLiteral(": ") + upstream;
    if (status == 403 && isRateLimitAnswer(status, remaining, body)) {
        e.kind = HttpErrorKind::RateLimited;
        e.message = tr("%1 failed: the provider is rate limiting requests (%2). Try again later.").arg(what, detail);
    } else if (status == 401 || status == 403) {
        e.kind = HttpErrorKind::Auth;
        e.message =
            tr("%1 failed: the provider rejected the credentials (%2). Check the account's API key.").arg(what, detail);
    } else if (status == 404 || status == 410) {
        e.kind = HttpErrorKind::NotFound;
        e.message = tr("%1 failed: not found upstream (%2).").arg(what, detail);
    } else if (status == 429) {
        e.kind = HttpErrorKind::RateLimited;
        e.message = tr("%1 failed: the provider is rate limiting requests (%2). Try again later.").arg(what, detail);
    } else if (status == 409) {
        e.kind = HttpErrorKind::Conflict;
        e.message = tr("%1 failed: conflict (%2).").arg(what, detail);
    } else if (status >= 500) {
        e.kind = HttpErrorKind::Server;
        e.message = tr("%1 failed: the provider had a server error (%2).").arg(what, detail);
    } else {
        e.kind = HttpErrorKind::Client;
        e.message = tr("%1 failed: the request was refused (%2).").arg(what, detail);
    }
    return e;
}

qint64 retryAfterMs(const QByteArray &headerValue, const QByteArray &body, qint64 nowMs)
{
    const QByteArray value = headerValue.trimmed();
    if (!value.isEmpty()) {
        bool ok = false;
        const qint64 seconds = value.toLongLong(&ok);
        if (ok && seconds >= 0)
            return seconds > std::numeric_limits<qint64>::max() / 1000 ? std::numeric_limits<qint64>::max()
                                                                       : seconds * 1000;
        const QDateTime when =
            QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (when.isValid()) {
            QDateTime utc = when;
            utc.setTimeSpec(Qt::UTC);
            return std::max<qint64>(0, utc.toMSecsSinceEpoch() - nowMs);
        }
    }
    static const QRegularExpression re(QStringLiteral("retry in (\\d{1,12}) seconds?"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromUtf8(body.left(4096)));
    if (m.hasMatch())
        return m.captured(1).toLongLong() * 1000;
    return -1;
}

qint64 rateLimitResetMs(const QByteArray &headerValue, qint64 nowMs)
{
    bool ok = false;
    const qint64 reset = headerValue.trimmed().toLongLong(&ok);
    if (!ok || reset <= 0)
        return -1;
    // Epoch seconds (GitHub) or seconds from now (some others): a small number is a delta.
    const qint64 seconds = reset > 1000000000LL ? reset - nowMs / 1000 : reset;
    return kServerWaitSeconds.clamp(seconds) * 1000;
}

Error errorFromHttp(const HttpError &e)
{
    if (!e.isError())
        return {};
    Error out = e.kind == HttpErrorKind::Auth ? Error::auth(e.message) : Error::provider(e.message);
    out.httpStatus = e.status;
    out.code = e.code;
    return out;
}

QString originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
    return scheme + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') + QString::number(port);
}

} // namespace agentdesk
