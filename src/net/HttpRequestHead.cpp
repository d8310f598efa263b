#include "HttpRequestHead.h"

#include "base/Translate.h"

#include <QCoreApplication>

namespace agentdesk {

namespace {
bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    static const QByteArray extra("!#$%&'*+-.^_`|~");
    for (const char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c)))
            return false;
    return true;
}

HeadParse invalid(const QString &why, int status = 400)
{
    HeadParse p;
    p.status = status == 431 ? HeadParse::TooLarge : HeadParse::Invalid;
    p.httpStatus = status;
    p.why = why;
    return p;
}
} // namespace

QByteArray HttpRequestHead::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

bool HttpRequestHead::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (minorVersion == 0)
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HeadParse parseRequestHead(const QByteArray &buffer, const HeadLimits &limits)
{
    // Leading empty lines before a request are allowed (RFC 9112 § 2.2).
    int start = 0;
    while (start + 1 < buffer.size() && buffer.at(start) == '\r' && buffer.at(start + 1) == '\n')
        start += 2;
    // The method is checked as soon as it arrives: a TLS hello or binary noise is refused
    // at once instead of waiting for a head that never comes.
    for (int i = start; i < buffer.size() && i < start + 32; ++i) {
        const char c = buffer.at(i);
        if (c == ' ')
            break;
        if (c < 'A' || c > 'Z')
            return invalid(tr("That is not an HTTP request."));
    }
    const int end = buffer.indexOf("\r\n\r\n", start);
    if (end < 0) {
        if (buffer.size() - start > limits.maxBytes)
            return invalid(tr("The request head is larger than %1 KiB.").arg(limits.maxBytes / 1024), 431);
        HeadParse more;
        return more;
    }
    if (end - start > limits.maxBytes)
        return invalid(tr("The request head is larger than %1 KiB.").arg(limits.maxBytes / 1024), 431);

    HeadParse p;
    const QList<QByteArray> lines = buffer.mid(start, end - start).split('\n');
    const QList<QByteArray> requestLine = lines.first().chopped(lines.first().endsWith('\r') ? 1 : 0).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty())
        return invalid(tr("The request line is not METHOD TARGET HTTP/1.x."));
    const QByteArray &version = requestLine.at(2);
    if (version == "HTTP/1.1")
        p.head.minorVersion = 1;
    else if (version == "HTTP/1.0")
        p.head.minorVersion = 0;
    else
        return invalid(tr("Only HTTP/1.0 and HTTP/1.1 are spoken here."), version.startsWith("HTTP/") ? 505 : 400);
    p.head.method = requestLine.at(0);
    p.head.target = requestLine.at(1);
    if (!p.head.target.startsWith('/'))
        return invalid(tr("The request target must be a path."));
    p.head.url = QUrl(QString::fromLatin1(p.head.target), QUrl::StrictMode);
    if (!p.head.url.isValid())
        return invalid(tr("The request target is not a valid path."));
    if (lines.size() - 1 > limits.maxHeaders)
        return invalid(tr("The request has more than %1 header fields.").arg(limits.maxHeaders), 431);
    p.head.headers.reserve(lines.size() - 1);
    for (int i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return invalid(tr("Folded header lines are not accepted."));
        const int colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return invalid(tr("A header field has no valid name."));
        p.head.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    if (p.head.minorVersion == 1 && p.head.header("host").isEmpty())
        return invalid(tr("An HTTP/1.1 request needs a Host header."));
    p.status = HeadParse::Complete;
    p.consumed = end + 4;
    return p;
}

BodyFraming bodyFraming(const HttpRequestHead &head, qint64 maxBodyBytes)
{
    BodyFraming f;
    const QByteArray coding = head.header("transfer-encoding").trimmed().toLower();
    int lengths = 0;
    QByteArray lengthValue;
    for (const auto &h : head.headers)
        if (h.first == "content-length") {
            ++lengths;
            lengthValue = h.second;
        }
    if (!coding.isEmpty()) {
        // Both framings at once is how requests get smuggled: refused.
        if (lengths > 0) {
            f.httpStatus = 400;
            f.why = tr("Transfer-Encoding and Content-Length together are not accepted.");
            return f;
        }
        if (coding != "chunked") {
            f.httpStatus = 501;
            f.why = tr("Only the chunked transfer coding is understood.");
            return f;
        }
        f.kind = BodyFraming::Chunked;
        return f;
    }
    if (lengths == 0)
        return f;
    bool ok = false;
    const qint64 length = lengthValue.toLongLong(&ok);
    if (lengths > 1 || !ok || length < 0 || lengthValue.startsWith('+')) {
        f.httpStatus = 400;
        f.why = tr("The Content-Length is not one number.");
        return f;
    }
    if (length > maxBodyBytes) {
        f.httpStatus = 413;
        f.why = tr("The body is larger than %1 KiB.").arg(maxBodyBytes / 1024);
        return f;
    }
    f.kind = length > 0 ? BodyFraming::Length : BodyFraming::None;
    f.length = length;
    return f;
}

ChunkedDecoder::Status ChunkedDecoder::feed(QByteArray &input, QByteArray &body)
{
    for (;;) {
        switch (m_state) {
        case State::Size: {
            const int eol = input.indexOf("\r\n");
            if (eol < 0)
                return input.size() > 1024 ? Invalid : NeedMore;
            QByteArray size = input.left(eol);
            if (const int ext = size.indexOf(';'); ext >= 0)
                size.truncate(ext);
            bool ok = false;
            const qint64 n = size.trimmed().toLongLong(&ok, 16);
            if (!ok || n < 0 || size.trimmed().size() > 15)
                return Invalid;
            input.remove(0, eol + 2);
            if (n == 0) {
                m_state = State::Trailer;
                break;
            }
            if (m_total + n > m_max)
                return TooLarge;
            m_remaining = n;
            m_state = State::Data;
            break;
        }
        case State::Data: {
            if (input.isEmpty())
                return NeedMore;
            const qint64 take = std::min<qint64>(m_remaining, input.size());
            body.append(input.constData(), take);
            input.remove(0, take);
            m_remaining -= take;
            m_total += take;
            if (m_remaining == 0)
                m_state = State::DataEnd;
            break;
        }
        case State::DataEnd:
            if (input.size() < 2)
                return NeedMore;
            if (!input.startsWith("\r\n"))
                return Invalid;
            input.remove(0, 2);
            m_state = State::Size;
            break;
        case State::Trailer: {
            // Trailer fields are read and dropped, up to the blank line.
            const int eol = input.indexOf("\r\n");
            if (eol < 0)
                return input.size() > 8192 ? Invalid : NeedMore;
            input.remove(0, eol + 2);
            if (eol == 0)
                return Done;
            break;
        }
        }
    }
}

} // namespace agentdesk
