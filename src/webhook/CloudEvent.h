#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace agentdesk {

// A CloudEvents 1.0 envelope read from an HTTP request, in structured mode
// (application/cloudevents+json) or binary mode (ce-* headers, JSON body).
struct CloudEvent {
    QString id;
    QString type;
    QString source;
    QString specVersion;
    QString subject;
    QString time;
    QJsonObject data;

    // The agent session the event is about ("" when it names none).
    QString sessionId() const;

    struct Parsed;
    // headers: lower-cased names.
    static Parsed fromHttp(const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);
};

struct CloudEvent::Parsed {
    int status = 0; // 0: parsed; else the HTTP status to answer (400, 415)
    QString error;
    CloudEvent event;
};

// Compares secrets in time that does not depend on where they differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace agentdesk
