#pragma once

#include "OAuthTypes.h"

#include <QHostAddress>
#include <QObject>

namespace agentdesk {

class HttpListener;
struct HttpServerRequest;
struct HttpServerResponse;

// The browser's way back to AgentDesk (RFC 8252 §7.3): an HTTP listener on 127.0.0.1
// (never all interfaces) on a random port. It accepts exactly one callback on
// /callback carrying the expected state; a wrong state is refused with 400, any other
// path gets 404, a request for another Host 421 (DNS rebinding), anything that is not a
// small GET gets 400/405/431, and a callback after the first one gets 400. The browser
// sees a page from resources either way. Requests are read by HttpListener.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    bool listen();
    void close();
    bool isListening() const;
    QUrl redirectUri() const; // http://127.0.0.1:PORT/callback
    QHostAddress address() const;
    void expectState(const QString &state);

    static constexpr int kMaxHeaderBytes = 8192;
    static constexpr int kTimeoutMs = 5000;
    static constexpr int kMaxConnections = 8;

Q_SIGNALS:
    void codeReceived(const QString &code);
    void authorizationFailed(const agentdesk::OAuthError &error);
    void requestRejected(int status, const QString &why);

private:
    HttpServerResponse handle(const HttpServerRequest &request);
    HttpServerResponse reject(int status, const QString &why);

    HttpListener *m_http;
    QString m_state;
    bool m_consumed = false;
};

} // namespace agentdesk
