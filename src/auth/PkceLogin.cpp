#include "PkceLogin.h"

#include "LoopbackRedirectListener.h"
#include "OAuthClient.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace agentdesk {

namespace {
QString randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

PkceLogin::PkceLogin(OAuthClient &client, PlatformConfig config, BrowserOpener opener, QObject *parent)
    : QObject(parent), m_client(client), m_config(std::move(config)), m_opener(std::move(opener)),
      m_listener(new LoopbackRedirectListener(this)), m_attempt(new QObject(this))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(5 * 60 * 1000);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(OAuthError{QStringLiteral("timeout"),
                        tr("No answer came back from the browser within %n minute(s). Start the sign-in again.",
                           nullptr, m_timeout.interval() / 60000 > 0 ? m_timeout.interval() / 60000 : 1),
                        0});
    });
    connect(m_listener, &LoopbackRedirectListener::codeReceived, this, &PkceLogin::onCode);
    connect(m_listener, &LoopbackRedirectListener::authorizationFailed, this, [this](const OAuthError &e) {
        if (isFinished())
            return;
        if (e.code == QLatin1String("invalid_scope") && m_scope.contains(QLatin1String("offline_access"))) {
            // Some servers refuse offline_access: ask again without it (docs/platform.md, Sign-in).
            m_scope = m_scope.remove(QStringLiteral("offline_access")).simplified();
            authorize();
            return;
        }
        fail(e);
    });
    if (m_config.issuer.isEmpty())
        m_config.issuer = m_config.platformUrl;
    m_scope = m_config.scope;
}

PkceLogin::~PkceLogin() = default;

QString PkceLogin::newVerifier()
{
    return randomUrlSafe(32); // 43 characters, within RFC 7636's 43..128
}

QString PkceLogin::challengeFor(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString PkceLogin::newState()
{
    return randomUrlSafe(16);
}

QUrl PkceLogin::redirectUri() const
{
    return m_listener->redirectUri();
}

void PkceLogin::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
}

void PkceLogin::start()
{
    if (!m_listener->listen()) {
        fail(OAuthError{QStringLiteral("listener_failed"), tr("Cannot listen on 127.0.0.1 for the browser's answer."),
                        0});
        return;
    }
    setStep(Step::Discovering);
    m_client.discover(m_config.issuer, m_config.platformUrl, m_attempt,
                      [this](const OAuthEndpoints &e, const OAuthError &error) {
                          if (error.isError()) {
                              // An unreachable platform is said as such: its default endpoints would only
                              // send the browser to the same unreachable place.
                              fail(error);
                              return;
                          }
                          m_endpoints = e;
                          authorize();
                      });
}

void PkceLogin::authorize()
{
    if (isFinished())
        return;
    m_verifier = newVerifier();
    const QString state = newState();
    m_listener->expectState(state);
    QUrl url = m_endpoints.authorization;
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), m_listener->redirectUri().toString());
    q.addQueryItem(QStringLiteral("scope"), m_scope);
    q.addQueryItem(QStringLiteral("state"), state);
    q.addQueryItem(QStringLiteral("code_challenge"), challengeFor(m_verifier));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(q);
    m_authorizationUrl = url;
    setStep(Step::WaitingForBrowser);
    m_timeout.start();
    Q_EMIT authorizationUrlReady(url);
    if (m_opener)
        m_opener(url);
}

void PkceLogin::onCode(const QString &code)
{
    if (isFinished() || m_step != Step::WaitingForBrowser)
        return;
    m_timeout.stop();
    setStep(Step::ExchangingCode);
    m_client.exchangeCode(m_endpoints, m_config, code, m_verifier, m_listener->redirectUri(), m_attempt,
                          [this](const TokenSet &tokens, const OAuthError &e) {
                              if (e.isError()) {
                                  fail(e);
                                  return;
                              }
                              m_result.endpoints = m_endpoints;
                              m_result.tokens = tokens;
                              setStep(Step::FetchingUser);
                              m_client.userInfo(m_endpoints, tokens.accessToken, m_attempt,
                                                [this](const UserInfo &user, const OAuthError &err) {
                                                    if (err.isError()) {
                                                        fail(err);
                                                        return;
                                                    }
                                                    m_result.user = user;
                                                    m_listener->close();
                                                    setStep(Step::Succeeded);
                                                    Q_EMIT succeeded(m_result);
                                                });
                          });
}

void PkceLogin::cancel()
{
    fail(OAuthError{QStringLiteral("cancelled"), tr("Sign-in was cancelled."), 0});
}

void PkceLogin::fail(const OAuthError &error)
{
    if (isFinished())
        return;
    m_timeout.stop();
    m_listener->close();
    // Abandons whatever this login still waits for: nothing of it answers any more.
    delete m_attempt;
    m_attempt = new QObject(this);
    setStep(Step::Failed);
    Q_EMIT failed(error);
}

} // namespace agentdesk
