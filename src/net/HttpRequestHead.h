#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace agentdesk {

// An HTTP/1.x request head (RFC 9112), parsed once with limits by the one server-side
// parser AgentDesk has: the webhook listener and the sign-in loopback listener both get
// their requests from it (through HttpListener).
struct HttpRequestHead {
    QByteArray method;
    QByteArray target;                            // as sent: "/webhook?x=1"
    QUrl url;                                     // path and query of the target
    int minorVersion = 1;                         // HTTP/1.0 or HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in order

    QByteArray header(const QByteArray &lowerName) const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; 1.0 only with keep-alive.
    bool keepAlive() const;
};

struct HeadLimits {
    int maxBytes = 16 * 1024;
    int maxHeaders = 100;
};

// What parsing a buffer's head found.
struct HeadParse {
    enum Status { Incomplete, Complete, Invalid, TooLarge } status = Incomplete;
    int consumed = 0;   // bytes of the head, the blank line included (Complete)
    int httpStatus = 0; // 400 or 431 (Invalid / TooLarge)
    QString why;        // for the client and the log
    HttpRequestHead head;
};

// Parses the head at the start of `buffer`. Incomplete means: read more (the buffer holds
// no complete head yet and is within the limits).
HeadParse parseRequestHead(const QByteArray &buffer, const HeadLimits &limits);

// The body's framing from the head: Content-Length, chunked, or none.
struct BodyFraming {
    enum Kind { None, Length, Chunked } kind = None;
    qint64 length = 0;
    int httpStatus = 0; // 400 (bad framing), 413 (declared too large), 501 (unknown coding)
    QString why;
};
BodyFraming bodyFraming(const HttpRequestHead &head, qint64 maxBodyBytes);

// Incremental "chunked" decoding (RFC 9112 § 7.1) with a cap on the decoded size.
class ChunkedDecoder
{
public:
    enum Status { NeedMore, Done, Invalid, TooLarge };
    explicit ChunkedDecoder(qint64 maxBytes) : m_max(maxBytes) { }
    // Consumes from the front of `input` what it can; decoded bytes go to `body`.
    Status feed(QByteArray &input, QByteArray &body);

private:
    enum class State { Size, Data, DataEnd, Trailer };
    State m_state = State::Size;
    qint64 m_remaining = 0;
    qint64 m_max;
    qint64 m_total = 0;
};

} // namespace agentdesk
