#pragma once

#include "OAuthTypes.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace agentdesk {

class LoopbackRedirectListener;
class OAuthClient;

struct LoginResult {
    OAuthEndpoints endpoints;
    TokenSet tokens;
    UserInfo user;
};

// One browser sign-in (authorization code + PKCE S256, RFC 7636 / RFC 8252) as a
// small state machine: discover the endpoints, listen on loopback, send the browser
// to the authorization URL, wait for the one valid callback (or time out), exchange
// the code, ask who signed in. The caller decides how the browser opens.
//
// Every request of a step belongs to the attempt under way: cancelling (or failing,
// or destroying the login) aborts them, and nothing that answers later can move a
// finished login on or open the browser again.
class PkceLogin : public QObject
{
    Q_OBJECT
public:
    enum class Step { Idle, Discovering, WaitingForBrowser, ExchangingCode, FetchingUser, Succeeded, Failed };
    Q_ENUM(Step)
    using BrowserOpener = std::function<void(const QUrl &)>;

    PkceLogin(OAuthClient &client, PlatformConfig config, BrowserOpener opener, QObject *parent = nullptr);
    ~PkceLogin() override;

    void setTimeout(int milliseconds) { m_timeout.setInterval(milliseconds); }
    void start();
    void cancel();
    Step step() const { return m_step; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QUrl redirectUri() const;

    static QString newVerifier();
    static QString challengeFor(const QString &verifier);
    static QString newState();

Q_SIGNALS:
    void stepChanged(agentdesk::PkceLogin::Step step);
    void authorizationUrlReady(const QUrl &url);
    void succeeded(const agentdesk::LoginResult &result);
    void failed(const agentdesk::OAuthError &error);

private:
    void setStep(Step step);
    void authorize();
    void onCode(const QString &code);
    void fail(const OAuthError &error);
    bool isFinished() const { return m_step == Step::Failed || m_step == Step::Succeeded; }

    OAuthClient &m_client;
    PlatformConfig m_config;
    BrowserOpener m_opener;
    LoopbackRedirectListener *m_listener;
    QObject *m_attempt = nullptr; // the context of this login's requests; deleted when it ends
    QTimer m_timeout;
    Step m_step = Step::Idle;
    OAuthEndpoints m_endpoints;
    QString m_verifier;
    QString m_scope;
    QUrl m_authorizationUrl;
    LoginResult m_result;
};

} // namespace agentdesk
