#include "SseStream.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace agentdesk {

SseStream::SseStream(QNetworkAccessManager *nam, HttpRequest request, QObject *parent)
    : QObject(parent), m_nam(nam), m_request(std::move(request))
{
}

SseStream::~SseStream()
{
    close();
}

void SseStream::open(const QString &lastEventId)
{
    close();
    m_buffer.clear();
    if (!lastEventId.isEmpty())
        m_lastEventId = lastEventId;
    QNetworkRequest req(m_request.url);
    for (const auto &h : std::as_const(m_request.headers))
        req.setRawHeader(h.first, h.second);
    req.setRawHeader("Accept", "text/event-stream");
    req.setRawHeader("Cache-Control", "no-cache");
    if (!m_lastEventId.isEmpty())
        req.setRawHeader("Last-Event-ID", m_lastEventId.toUtf8());
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_nam->get(req);
    connect(m_reply, &QNetworkReply::readyRead, this, &SseStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SseStream::onFinished);
}

void SseStream::close()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void SseStream::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return;   // an error body: read whole in onFinished
    m_buffer += m_reply->readAll();
    m_buffer.replace("\r\n", "\n");
    for (;;) {
        const int end = m_buffer.indexOf("\n\n");
        if (end < 0)
            break;
        const QByteArray block = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        dispatchBlock(block);
    }
}

void SseStream::dispatchBlock(const QByteArray &block)
{
    QString id;
    QString type = QStringLiteral("message");
    QByteArrayList data;
    bool hasId = false;
    const QList<QByteArray> lines = block.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith(':'))
            continue;   // comment / keep-alive
        const int colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "id") {
            id = QString::fromUtf8(value);
            hasId = true;
        } else if (field == "event") {
            type = QString::fromUtf8(value);
        } else if (field == "data") {
            data << value;
        }
    }
    if (hasId)
        m_lastEventId = id;
    if (data.isEmpty() && !hasId)
        return;
    Q_EMIT event(id, type, data.join('\n'));
}

void SseStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
        onReadyRead();   // whatever is left
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    HttpError error;
    if (status == 0) {
        error.kind = HttpErrorKind::Network;
        error.message = tr("%1: the stream from %2 broke (%3).").arg(m_request.what, m_request.url.host(), reply->errorString());
    } else if (status != 200) {
        error = describeHttpFailure(m_request.what, status, reply->readAll());
    }
    Q_EMIT ended(status, error);
}

} // namespace agentdesk
