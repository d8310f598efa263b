#pragma once

#include "secrets/Secret.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace agentdesk {

// What the operator tells AgentDesk about the platform to sign in to.
struct PlatformConfig {
    QUrl platformUrl; // https://platform.example
    QString clientId;
    Secret clientSecret; // empty for the usual public (native) client
    QUrl issuer;         // discovery base; defaults to platformUrl
    QString workspace = QStringLiteral("current");
    QString scope = QStringLiteral("openid profile email offline_access");

    // Empty when the configuration can start a sign-in, else what to fix, for a person.
    QString problem() const;
};

struct OAuthEndpoints {
    QUrl authorization;
    QUrl token;
    QUrl userinfo;
    QUrl revocation;         // empty: the server offers none
    bool discovered = false; // from a discovery document, not the defaults

    // The platform's documented defaults (docs/platform.md, Sign-in).
    static OAuthEndpoints defaultsFor(const QUrl &platformUrl);
};

// The tokens of one signed-in user. Lives in the OS keychain only.
struct TokenSet {
    Secret accessToken;
    Secret refreshToken;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString scope;
    QString tokenType;

    bool isEmpty() const { return accessToken.isEmpty(); }
    QByteArray toKeychainBlob() const;
    static TokenSet fromKeychainBlob(const QByteArray &blob);
    // From a token endpoint answer; keeps `previous.refreshToken` when none is returned.
    static TokenSet fromTokenResponse(const QJsonObject &answer, const QDateTime &now, const TokenSet &previous = {});
    qint64 lifetimeSeconds() const
    {
        return issuedAt.isValid() && expiresAt.isValid() ? issuedAt.secsTo(expiresAt) : 3600;
    }
};

struct UserInfo {
    QString subject;
    QString name;
    QString email;
    QString display() const { return name.isEmpty() ? (email.isEmpty() ? subject : email) : name; }
};

// An OAuth error answer ({error, error_description}) or a transport failure.
struct OAuthError {
    QString code; // "invalid_grant", "invalid_scope", "access_denied", ...
    QString description;
    int httpStatus = 0;
    bool isError() const { return !code.isEmpty(); }
    QString message() const;
};

} // namespace agentdesk
