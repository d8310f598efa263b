#include "CloudEvent.h"

#include "base/Translate.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace agentdesk {

namespace {
QByteArray mediaType(const QByteArray &contentType)
{
    const int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isJsonMedia(const QByteArray &media)
{
    return media == "application/json" || (media.startsWith("application/") && media.endsWith("+json"));
}

CloudEvent::Parsed invalid(int status, const QString &why)
{
    CloudEvent::Parsed p;
    p.status = status;
    p.error = why;
    return p;
}
} // namespace

QString CloudEvent::sessionId() const
{
    const QString fromSession =
        data.value(QLatin1String("agentSession")).toObject().value(QLatin1String("sessionId")).toString();
    if (!fromSession.isEmpty())
        return fromSession;
    const QJsonObject resource = data.value(QLatin1String("resource")).toObject();
    return resource.value(QLatin1String("type")).toString() == QLatin1String("agent_session")
               ? resource.value(QLatin1String("id")).toString()
               : QString();
}

CloudEvent::Parsed CloudEvent::fromHttp(const QHash<QByteArray, QByteArray> &headers, const QByteArray &body)
{
    const QByteArray media = mediaType(headers.value("content-type"));
    Parsed p;
    if (headers.contains("ce-specversion")) {
        // Binary mode: attributes in headers, the data as the JSON body.
        if (!isJsonMedia(media) || media == "application/cloudevents+json")
            return invalid(415, tr("Binary-mode CloudEvents must carry a JSON body (Content-Type application/json)."));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return invalid(400, tr("The body is not a JSON object: %1").arg(error.errorString()));
        p.event.specVersion = QString::fromUtf8(headers.value("ce-specversion"));
        p.event.id = QString::fromUtf8(headers.value("ce-id"));
        p.event.type = QString::fromUtf8(headers.value("ce-type"));
        p.event.source = QString::fromUtf8(headers.value("ce-source"));
        p.event.subject = QString::fromUtf8(headers.value("ce-subject"));
        p.event.time = QString::fromUtf8(headers.value("ce-time"));
        p.event.data = doc.object();
    } else if (media == "application/cloudevents+json" || media == "application/json") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return invalid(400, tr("The body is not a JSON object: %1").arg(error.errorString()));
        const QJsonObject o = doc.object();
        p.event.specVersion = o.value(QLatin1String("specversion")).toString();
        p.event.id = o.value(QLatin1String("id")).toString();
        p.event.type = o.value(QLatin1String("type")).toString();
        p.event.source = o.value(QLatin1String("source")).toString();
        p.event.subject = o.value(QLatin1String("subject")).toString();
        p.event.time = o.value(QLatin1String("time")).toString();
        p.event.data = o.value(QLatin1String("data")).toObject();
    } else {
        return invalid(415, tr("Expected application/cloudevents+json, or a binary-mode CloudEvent with a JSON body."));
    }
    if (p.event.specVersion != QLatin1String("1.0"))
        return invalid(400, tr("Not a CloudEvents 1.0 envelope (specversion \"%1\").").arg(p.event.specVersion));
    if (p.event.id.isEmpty() || p.event.type.isEmpty() || p.event.source.isEmpty())
        return invalid(400, tr("The CloudEvent lacks id, type or source."));
    return p;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Length leaks only whether the lengths differ; the content never short-circuits.
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = qMax(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a.at(i)) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b.at(i)) : 0;
        diff |= x ^ y;
    }
    return diff == 0;
}

} // namespace agentdesk
