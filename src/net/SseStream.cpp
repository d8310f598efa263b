#include "SseStream.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace agentdesk {

SseStream::SseStream(QNetworkAccessManager *nam, HttpRequest request, QObject *parent)
    : QObject(parent), m_nam(nam), m_request(std::move(request))
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(60000);
    connect(&m_idle, &QTimer::timeout, this, &SseStream::onIdle);
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
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    m_reply = m_nam->get(req);
    m_reply->setReadBufferSize(256 * 1024);
    connect(m_reply, &QNetworkReply::readyRead, this, &SseStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SseStream::onFinished);
    QNetworkReply *reply = m_reply;
    connect(m_reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &to) {
        if (originOf(m_request.url.resolved(to)) == originOf(m_request.url))
            Q_EMIT reply->redirectAllowed();
        else
            reply->abort(); // credentials stay with their origin
    });
    m_idle.start();
}

void SseStream::close()
{
    m_idle.stop();
    m_buffer.clear();
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
    m_idle.start(); // any byte, a heartbeat or a comment included, shows the stream is alive
    if (status != 200)
        return; // an error body: read in onFinished
    m_buffer += m_reply->readAll();
    if (m_buffer.size() > kMaxBufferedBytes) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        m_idle.stop();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        HttpError error;
        error.kind = HttpErrorKind::BadResponse;
        error.message = tr("%1: %2 sent an event larger than %3 MB; the stream was closed.")
                            .arg(m_request.what, m_request.url.host())
                            .arg(kMaxBufferedBytes / (1024 * 1024));
        Q_EMIT ended(200, error);
        return;
    }
    m_buffer.replace("\r\n", "\n");
    // A listener may close the stream from inside an event: stop at once when it does.
    while (m_reply) {
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
            continue; // comment / keep-alive
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
    Q_EMIT eventReceived(id, type, data.join('\n'));
}

void SseStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
        onReadyRead(); // whatever is left
        if (!m_reply)
            return; // a listener closed the stream meanwhile
    }
    m_reply = nullptr;
    m_idle.stop();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    HttpError error;
    if (status == 0) {
        error.kind = HttpErrorKind::Network;
        error.message =
            tr("%1: the stream from %2 broke (%3).").arg(m_request.what, m_request.url.host(), reply->errorString());
    } else if (status != 200) {
        error = describeHttpFailure(m_request.what, status, reply->read(64 * 1024));
    }
    Q_EMIT ended(status, error);
}

void SseStream::onIdle()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    HttpError error;
    error.kind = HttpErrorKind::Timeout;
    error.message = tr("%1: %2 sent nothing for %3 s; the stream was closed.")
                        .arg(m_request.what, m_request.url.host())
                        .arg(m_idle.interval() / 1000);
    Q_EMIT ended(0, error);
}

} // namespace agentdesk
