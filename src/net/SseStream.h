#pragma once

#include "HttpTypes.h"

#include <QObject>
#include <QNetworkReply>
#include <QPointer>

class QNetworkAccessManager;

namespace agentdesk {

// One Server-Sent Events connection (text/event-stream) on the caller's
// QNetworkAccessManager. Parses id/event/data fields, remembers the last event id
// (for Last-Event-ID on reconnect) and reports how the stream ended.
class SseStream : public QObject
{
    Q_OBJECT
public:
    SseStream(QNetworkAccessManager *nam, HttpRequest request, QObject *parent = nullptr);
    ~SseStream() override;

    void open(const QString &lastEventId = {});
    void close();
    bool isOpen() const { return m_reply != nullptr; }
    const QString &lastEventId() const { return m_lastEventId; }

Q_SIGNALS:
    void event(const QString &id, const QString &type, const QByteArray &data);
    // status 200 and no error: the server ended the stream normally.
    void ended(int status, const agentdesk::HttpError &error);

private:
    void onReadyRead();
    void onFinished();
    void dispatchBlock(const QByteArray &block);

    QNetworkAccessManager *m_nam;
    HttpRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QString m_lastEventId;
};

} // namespace agentdesk
