#pragma once

#include "OAuthTypes.h"

#include <QObject>
#include <functional>

namespace agentdesk {

class HttpClient;

// The OAuth 2 endpoints AgentDesk calls, over the shared HttpClient: discovery (RFC
// 8414 / OIDC), code exchange with PKCE, refresh, user info, revocation (RFC 7009).
// Form-encoded bodies; {error, error_description} answers become OAuthError.
class OAuthClient : public QObject
{
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(const T &value, const OAuthError &error)>;

    OAuthClient(HttpClient &http, QObject *parent = nullptr);

    // {issuer}/.well-known/openid-configuration, then oauth-authorization-server,
    // then the platform defaults. Never fails: the defaults are an answer.
    // Each call names its context: nothing is delivered once it is gone, and its
    // request is aborted then.
    //
    // The openid-configuration document, then oauth-authorization-server. When neither
    // answers with endpoints, the answer says why (not reachable, or no document) and
    // carries the platform's documented defaults, so the caller can decide whether an
    // unreachable platform is worth going on with (it is not: see PkceLogin).
    void discover(const QUrl &issuer, const QUrl &platformUrl, const QObject *context, Callback<OAuthEndpoints> done);
    void exchangeCode(const OAuthEndpoints &e, const PlatformConfig &c, const QString &code, const QString &verifier,
                      const QUrl &redirectUri, const QObject *context, Callback<TokenSet> done);
    void refresh(const OAuthEndpoints &e, const PlatformConfig &c, const TokenSet &current, const QObject *context,
                 Callback<TokenSet> done);
    void userInfo(const OAuthEndpoints &e, const Secret &accessToken, const QObject *context, Callback<UserInfo> done);
    void revoke(const OAuthEndpoints &e, const PlatformConfig &c, const Secret &token, const QString &hint,
                const QObject *context, Callback<bool> done);

private:
    void postForm(const QUrl &url, QList<QPair<QString, QString>> form, const PlatformConfig &c, const QString &what,
                  const QObject *context, std::function<void(const QJsonObject &, const OAuthError &)> done);
    void tryDiscovery(QList<QUrl> candidates, const QUrl &platformUrl, bool reachedOnce, const QObject *context,
                      Callback<OAuthEndpoints> done);

    HttpClient &m_http;
};

} // namespace agentdesk
