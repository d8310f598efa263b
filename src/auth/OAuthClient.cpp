#include "OAuthClient.h"

#include "net/HttpClient.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

namespace agentdesk {

namespace {
QUrl wellKnown(const QUrl &issuer, const char *name)
{
    QUrl u = issuer;
    QString path = u.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    u.setPath(path + QStringLiteral("/.well-known/") + QLatin1String(name));
    return u;
}

OAuthError errorFrom(const HttpResponse &resp, const QString &what)
{
    OAuthError e;
    e.httpStatus = resp.status;
    const QJsonObject o = resp.json();
    e.code = o.value(QLatin1String("error")).toString();
    e.description = o.value(QLatin1String("error_description")).toString();
    if (e.code.isEmpty()) {
        e.code = resp.status == 0 ? QStringLiteral("network_error") : QStringLiteral("server_error");
        e.description = resp.error.message.isEmpty() ? what : resp.error.message;
    }
    return e;
}
} // namespace

OAuthClient::OAuthClient(HttpClient &http, QObject *parent) : QObject(parent), m_http(http) { }

void OAuthClient::discover(const QUrl &issuer, const QUrl &platformUrl, const QObject *context,
                           Callback<OAuthEndpoints> done)
{
    tryDiscovery({wellKnown(issuer, "openid-configuration"), wellKnown(issuer, "oauth-authorization-server")},
                 platformUrl, false, context, std::move(done));
}

void OAuthClient::tryDiscovery(QList<QUrl> candidates, const QUrl &platformUrl, bool reachedOnce,
                               const QObject *context, Callback<OAuthEndpoints> done)
{
    if (candidates.isEmpty()) {
        // The platform answered but published no discovery document: its documented
        // defaults are the answer. When it did not answer at all, that is said.
        done(OAuthEndpoints::defaultsFor(platformUrl),
             reachedOnce
                 ? OAuthError{}
                 : OAuthError{
                     QStringLiteral("network_error"),
                     tr("%1 cannot be reached. Check the address and your connection.").arg(platformUrl.toString()),
                     0});
        return;
    }
    HttpRequest r;
    r.url = candidates.takeFirst();
    r.what = tr("Sign-in: discovery");
    r.maxAttempts = 1;
    r.deadlineMs = 15000;
    m_http.send(r, context, [this, candidates, platformUrl, reachedOnce, context, done](const HttpResponse &resp) {
        const QJsonObject doc = resp.json();
        const QUrl authorization(doc.value(QLatin1String("authorization_endpoint")).toString());
        const QUrl token(doc.value(QLatin1String("token_endpoint")).toString());
        const bool reached = reachedOnce || resp.status != 0;
        if (!resp.ok() || !authorization.isValid() || !token.isValid() || authorization.isEmpty() || token.isEmpty()) {
            tryDiscovery(candidates, platformUrl, reached, context, done);
            return;
        }
        OAuthEndpoints e = OAuthEndpoints::defaultsFor(platformUrl);
        e.authorization = authorization;
        e.token = token;
        e.userinfo = QUrl(doc.value(QLatin1String("userinfo_endpoint")).toString());
        if (e.userinfo.isEmpty())
            e.userinfo = OAuthEndpoints::defaultsFor(platformUrl).userinfo;
        e.revocation = QUrl(doc.value(QLatin1String("revocation_endpoint")).toString());
        e.discovered = true;
        done(e, {});
    });
}

void OAuthClient::postForm(const QUrl &url, QList<QPair<QString, QString>> form, const PlatformConfig &c,
                           const QString &what, const QObject *context,
                           std::function<void(const QJsonObject &, const OAuthError &)> done)
{
    form.append({QStringLiteral("client_id"), c.clientId});
    if (!c.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), c.clientSecret.reveal()});
    QUrlQuery body;
    for (const auto &[k, v] : std::as_const(form))
        body.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    r.what = what;
    r.body = body.query(QUrl::FullyEncoded).toUtf8();
    r.setHeader("Content-Type", "application/x-www-form-urlencoded");
    // A token request is never repeated blindly: codes are single use and refresh
    // tokens rotate (a replay would end the session).
    r.idempotent = false;
    r.allowEmptyBody = true; // revocation answers nothing
    m_http.send(r, context, [done, what](const HttpResponse &resp) {
        if (!resp.ok()) {
            done({}, errorFrom(resp, what));
            return;
        }
        done(resp.json(), {});
    });
}

void OAuthClient::exchangeCode(const OAuthEndpoints &e, const PlatformConfig &c, const QString &code,
                               const QString &verifier, const QUrl &redirectUri, const QObject *context,
                               Callback<TokenSet> done)
{
    postForm(e.token,
             {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
              {QStringLiteral("code"), code},
              {QStringLiteral("code_verifier"), verifier},
              {QStringLiteral("redirect_uri"), redirectUri.toString()}},
             c, tr("Sign-in: token exchange"), context, [this, done](const QJsonObject &o, const OAuthError &err) {
                 const TokenSet t = err.isError() ? TokenSet{} : TokenSet::fromTokenResponse(o, m_http.clock().now());
                 if (!err.isError() && t.isEmpty()) {
                     done({}, OAuthError{QStringLiteral("invalid_response"),
                                         tr("the token answer held no access_token"), 200});
                     return;
                 }
                 done(t, err);
             });
}

void OAuthClient::refresh(const OAuthEndpoints &e, const PlatformConfig &c, const TokenSet &current,
                          const QObject *context, Callback<TokenSet> done)
{
    postForm(e.token,
             {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
              {QStringLiteral("refresh_token"), current.refreshToken.reveal()}},
             c, tr("Sign-in: refresh"), context, [this, done, current](const QJsonObject &o, const OAuthError &err) {
                 done(err.isError() ? TokenSet{} : TokenSet::fromTokenResponse(o, m_http.clock().now(), current), err);
             });
}

void OAuthClient::userInfo(const OAuthEndpoints &e, const Secret &accessToken, const QObject *context,
                           Callback<UserInfo> done)
{
    HttpRequest r;
    r.url = e.userinfo;
    r.what = tr("Sign-in: user info");
    r.setHeader("Authorization", "Bearer " + accessToken.reveal().toUtf8());
    m_http.send(r, context, [done](const HttpResponse &resp) {
        if (!resp.ok()) {
            done({}, errorFrom(resp, tr("user info")));
            return;
        }
        const QJsonObject o = resp.json();
        done(UserInfo{o.value(QLatin1String("sub")).toString(), o.value(QLatin1String("name")).toString(),
                      o.value(QLatin1String("email")).toString()},
             {});
    });
}

void OAuthClient::revoke(const OAuthEndpoints &e, const PlatformConfig &c, const Secret &token, const QString &hint,
                         const QObject *context, Callback<bool> done)
{
    if (e.revocation.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done(false, {}); });
        return;
    }
    postForm(e.revocation, {{QStringLiteral("token"), token.reveal()}, {QStringLiteral("token_type_hint"), hint}}, c,
             tr("Sign-out: revocation"), context,
             [done](const QJsonObject &, const OAuthError &err) { done(!err.isError(), err); });
}

} // namespace agentdesk
