#pragma once

#include "HttpTypes.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace agentdesk {

// One Server-Sent Events connection (text/event-stream) on the caller's
// QNetworkAccessManager. Parses id/event/data fields, remembers the last event id
// (for Last-Event-ID on reconnect) and reports how the stream ended. A stream that
// sends nothing at all (not even a heartbeat or a comment) for the idle timeout is
// closed and reported as ended with a timeout: a server that keeps a finished stream
// open, or a dead connection, never leaves anyone waiting. Redirects are followed only
// within the same origin.
class SseStream : public QObject
{
    Q_OBJECT
public:
    SseStream(QNetworkAccessManager *nam, HttpRequest request, QObject *parent = nullptr);
    ~SseStream() override;

    void open(const QString &lastEventId = {});
    void setIdleTimeout(int milliseconds) { m_idle.setInterval(milliseconds); }
    int idleTimeout() const { return m_idle.interval(); }
    void close();
    bool isOpen() const { return m_reply != nullptr; }
    const QString &lastEventId() const { return m_lastEventId; }

Q_SIGNALS:
    void eventReceived(const QString &id, const QString &type, const QByteArray &data);
    // status 200 and no error: the server ended the stream normally.
    void ended(int status, const agentdesk::HttpError &error);

private:
    void onReadyRead();
    void onFinished();
    void dispatchBlock(const QByteArray &block);
    void onIdle();

    QNetworkAccessManager *m_nam;
    HttpRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QString m_lastEventId;
    QTimer m_idle;
    static constexpr int kMaxBufferedBytes = 4 * 1024 * 1024; // one event larger than this is refused
};

} // namespace agentdesk
