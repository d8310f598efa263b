#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <optional>

class QTcpSocket;

namespace agentdesk {
class HttpListener;
}

namespace agentdesk::fakes {

// A JSON body as the fakes send it: compact.
QByteArray toJson(const QJsonValue &value);

struct FakeRequest {
    QByteArray method;
    QString path; // decoded path, e.g. "/v1alpha/sessions/1:approvePlan"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct FakeResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Set for a streaming answer (SSE): the server writes the head, then hands the
    // socket over; whoever holds it writes events and closes it.
    std::function<void(QTcpSocket *)> stream;
    static FakeResponse json(int status, const QByteArray &body);
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
};

// The HTTP side of the provider and platform fakes, on loopback: one handler for every
// request, a log of what was asked, injected faults, slow answers and rewritten ones.
// It runs on AgentDesk's own embedded server (HttpListener) with generous limits; the
// code under test uses its own QNetworkAccessManager against it, unchanged.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;
    // The body of an injected failure, in the provider's own error envelope.
    using ErrorBody = std::function<QByteArray(int status)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;
    bool start(quint16 port = 0); // binds 127.0.0.1 only
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    const QList<FakeRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int countRequests(const QByteArray &method, const QString &pathPart) const;

    // The next `count` requests whose path contains `pathPart` answer `status`
    // (with Retry-After when retryAfterSeconds >= 0) before reaching the handler.
    void failNext(int count, int status, const QString &pathPart = {}, int retryAfterSeconds = -1);
    void clearFaults()
    {
        m_faults.clear();
        m_delays.clear();
    }
    void setErrorBody(ErrorBody body) { m_errorBody = std::move(body); }
    // The next `count` requests of `method` (any when empty) whose path contains
    // `pathPart` are answered after `ms` milliseconds: a slow upstream.
    void delayNext(int count, int ms, const QByteArray &method, const QString &pathPart);
    // Changes every answer before it is sent: what a lying or broken upstream would say.
    using ResponseFilter = std::function<void(const FakeRequest &, FakeResponse &)>;
    void setResponseFilter(ResponseFilter filter) { m_filter = std::move(filter); }

private:
    struct Fault {
        int count;
        int status;
        QString pathPart;
        int retryAfter;
    };
    struct Delay {
        int count;
        int ms;
        QByteArray method;
        QString pathPart;
    };
    std::optional<FakeResponse> takeFault(const FakeRequest &req);
    int takeDelay(const FakeRequest &req);

    HttpListener *m_listener;
    Handler m_handler;
    ErrorBody m_errorBody;
    QList<FakeRequest> m_requests;
    QList<Fault> m_faults;
    QList<Delay> m_delays;
    ResponseFilter m_filter;
};

} // namespace agentdesk::fakes
