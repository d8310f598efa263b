#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace agentdesk::fakes {

struct FakeRequest {
    QByteArray method;
    QString path;              // decoded path, e.g. "/v1alpha/sessions/1:approvePlan"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;   // lower-cased names
    QByteArray body;
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct FakeResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    static FakeResponse json(int status, const QByteArray &body);
};

// A small HTTP/1.1 server on loopback for the provider fakes: keep-alive, Content-Length
// bodies, one handler for every request. Real HTTP over real sockets: the code under
// test uses its own QNetworkAccessManager against it, unchanged.
class FakeHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    bool start(quint16 port = 0);     // binds 127.0.0.1 only
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QUrl baseUrl() const;             // http://127.0.0.1:PORT
    const QList<FakeRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void serve(class QTcpSocket *socket);

    Handler m_handler;
    QList<FakeRequest> m_requests;
};

} // namespace agentdesk::fakes
