#include "OAuthTypes.h"

#include "base/Durations.h"
#include "domain/Timestamps.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace agentdesk {

namespace {
bool isWebAddress(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}
} // namespace

QString PlatformConfig::problem() const
{
    if (!isWebAddress(platformUrl))
        return QCoreApplication::translate(
            "agentdesk::PlatformConfig",
            "The platform URL must be an http(s) address, such as https://platform.example.");
    if (clientId.trimmed().isEmpty())
        return QCoreApplication::translate("agentdesk::PlatformConfig",
                                           "Enter the client ID the platform registered for AgentDesk.");
    if (!issuer.isEmpty() && !isWebAddress(issuer))
        return QCoreApplication::translate("agentdesk::PlatformConfig", "The issuer must be an http(s) address.");
    if (workspace.trimmed().isEmpty())
        return QCoreApplication::translate("agentdesk::PlatformConfig", "Enter a workspace, or \"current\".");
    return {};
}

OAuthEndpoints OAuthEndpoints::defaultsFor(const QUrl &platformUrl)
{
    auto at = [&](const char *path) {
        QUrl u = platformUrl;
        QString base = u.path();
        if (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        u.setPath(base + QLatin1String(path));
        return u;
    };
    OAuthEndpoints e;
    e.authorization = at("/app/auth/authorize");
    e.token = at("/app/auth/token");
    e.userinfo = at("/app/auth/userinfo");
    e.revocation = at("/app/auth/revoke");
    return e;
}

QByteArray TokenSet::toKeychainBlob() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("access_token"), accessToken.reveal()},
                                     {QStringLiteral("refresh_token"), refreshToken.reveal()},
                                     {QStringLiteral("issued_at"), toIso(issuedAt)},
                                     {QStringLiteral("expires_at"), toIso(expiresAt)},
                                     {QStringLiteral("scope"), scope},
                                     {QStringLiteral("token_type"), tokenType}})
        .toJson(QJsonDocument::Compact);
}

TokenSet TokenSet::fromKeychainBlob(const QByteArray &blob)
{
    const QJsonObject o = QJsonDocument::fromJson(blob).object();
    TokenSet t;
    t.accessToken = Secret(o.value(QLatin1String("access_token")).toString());
    t.refreshToken = Secret(o.value(QLatin1String("refresh_token")).toString());
    t.issuedAt = fromIso(o.value(QLatin1String("issued_at")).toString());
    t.expiresAt = fromIso(o.value(QLatin1String("expires_at")).toString());
    t.scope = o.value(QLatin1String("scope")).toString();
    t.tokenType = o.value(QLatin1String("token_type")).toString();
    return t;
}

TokenSet TokenSet::fromTokenResponse(const QJsonObject &answer, const QDateTime &now, const TokenSet &previous)
{
    TokenSet t;
    t.accessToken = Secret(answer.value(QLatin1String("access_token")).toString());
    const QString refresh = answer.value(QLatin1String("refresh_token")).toString();
    // A rotated refresh token replaces the old one; none means the old one stays valid.
    t.refreshToken = refresh.isEmpty() ? previous.refreshToken : Secret(refresh);
    const qint64 expiresIn = kTokenLifetimeSeconds.clamp(answer.value(QLatin1String("expires_in")).toDouble(3600));
    t.issuedAt = now;
    t.expiresAt = now.addSecs(expiresIn);
    t.scope = answer.value(QLatin1String("scope")).toString(previous.scope);
    t.tokenType = answer.value(QLatin1String("token_type")).toString(QStringLiteral("Bearer"));
    return t;
}

QString OAuthError::message() const
{
    if (code == QLatin1String("invalid_grant"))
        return QCoreApplication::translate("OAuth", "The platform no longer accepts this sign-in (%1). Sign in again.")
            .arg(description.isEmpty() ? code : description);
    if (code == QLatin1String("access_denied"))
        return QCoreApplication::translate("OAuth", "Sign-in was refused in the browser (%1).")
            .arg(description.isEmpty() ? code : description);
    return description.isEmpty() ? code : QStringLiteral("%1: %2").arg(code, description);
}

} // namespace agentdesk
