#include "FakeHttpServer.h"

#include "net/HttpListener.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace agentdesk::fakes {

QByteArray toJson(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=UTF-8")));
    return r;
}

namespace {
HttpListenerLimits fakeLimits()
{
    HttpListenerLimits l;
    l.head.maxBytes = 64 * 1024;
    l.maxBodyBytes = 16 * 1024 * 1024;
    l.requestDeadlineMs = 60000;
    l.idleTimeoutMs = 60000;
    l.maxConnections = 512;
    return l;
}
} // namespace

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent),
      m_listener(new HttpListener(
          fakeLimits(),
          [this](const HttpServerRequest &in, HttpListener::Respond respond) {
              FakeRequest req;
              req.method = in.head.method;
              req.path = in.head.url.path(QUrl::FullyDecoded);
              req.query = QUrlQuery(in.head.url);
              for (const auto &h : in.head.headers)
                  req.headers.insert(h.first, h.second);
              req.body = in.body;
              m_requests.append(req);

              const std::optional<FakeResponse> fault = takeFault(req);
              FakeResponse resp = fault ? *fault : m_handler ? m_handler(req) : FakeResponse::json(404, "{}");
              if (m_filter)
                  m_filter(req, resp);
              HttpServerResponse out;
              out.status = resp.status;
              out.headers = resp.headers;
              out.body = resp.body;
              out.stream = resp.stream;
              if (const int delay = takeDelay(req); delay > 0)
                  QTimer::singleShot(delay, this, [respond, out] { respond(out); });
              else
                  respond(out);
          },
          this))
{ }

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::start(quint16 port)
{
    return m_listener->listen(QHostAddress::LocalHost, port);
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener->port()));
}

int FakeHttpServer::countRequests(const QByteArray &method, const QString &pathPart) const
{
    int n = 0;
    for (const FakeRequest &r : m_requests)
        n += (method.isEmpty() || r.method == method) && r.path.contains(pathPart) ? 1 : 0;
    return n;
}

void FakeHttpServer::failNext(int count, int status, const QString &pathPart, int retryAfterSeconds)
{
    m_faults.append({count, status, pathPart, retryAfterSeconds});
}

std::optional<FakeResponse> FakeHttpServer::takeFault(const FakeRequest &req)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.pathPart.isEmpty() && !req.path.contains(f.pathPart))
            continue;
        const Fault hit = f;
        if (--f.count <= 0)
            m_faults.removeAt(i);
        FakeResponse r = FakeResponse::json(hit.status, m_errorBody ? m_errorBody(hit.status) : QByteArray("{}"));
        if (hit.retryAfter >= 0)
            r.addHeader("Retry-After", QByteArray::number(hit.retryAfter));
        return r;
    }
    return std::nullopt;
}

void FakeHttpServer::delayNext(int count, int ms, const QByteArray &method, const QString &pathPart)
{
    m_delays.append({count, ms, method, pathPart});
}

int FakeHttpServer::takeDelay(const FakeRequest &req)
{
    for (int i = 0; i < m_delays.size(); ++i) {
        Delay &d = m_delays[i];
        if ((!d.method.isEmpty() && d.method != req.method) || !req.path.contains(d.pathPart))
            continue;
        const int ms = d.ms;
        if (--d.count <= 0)
            m_delays.removeAt(i);
        return ms;
    }
    return 0;
}

} // namespace agentdesk::fakes
