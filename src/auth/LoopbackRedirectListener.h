#pragma once

#include "OAuthTypes.h"

#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace agentdesk {

// The browser's way back to AgentDesk (RFC 8252 §7.3): an HTTP listener on 127.0.0.1
// (never all interfaces) on a random port. It accepts exactly one callback on
// /callback carrying the expected state; a wrong state is refused with 400, any other
// path gets 404, anything that is not a small GET gets 400/405/431, and a callback
// after the first one gets 400. The browser sees a page from resources either way.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    bool listen();
    void close();
    bool isListening() const { return m_server.isListening(); }
    QUrl redirectUri() const;            // http://127.0.0.1:PORT/callback
    QHostAddress address() const { return m_server.serverAddress(); }
    void expectState(const QString &state);

    static constexpr int kMaxHeaderBytes = 8192;
    static constexpr int kIdleTimeoutMs = 5000;
    static constexpr int kMaxConnections = 8;

Q_SIGNALS:
    void codeReceived(const QString &code);
    void authorizationFailed(const agentdesk::OAuthError &error);
    void requestRejected(int status, const QString &why);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &html);
    void reject(QTcpSocket *socket, int status, const QString &why);

    QTcpServer m_server;
    QString m_state;
    bool m_consumed = false;
    int m_open = 0;
};

} // namespace agentdesk
