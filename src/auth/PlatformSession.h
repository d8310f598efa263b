#pragma once

#include "AccessTokenSource.h"
#include "OAuthTypes.h"
#include "PkceLogin.h"
#include "domain/Error.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace agentdesk {

class OAuthClient;
class SecretStore;

// Who is signed in to the agent platform, and a valid access token for them. Tokens
// live in the OS keychain only (one entry per platform and user); the settings file
// keeps what is not secret (platform, endpoints, user, workspace, expiry).
// Refreshes ahead of expiry and once after a 401, as a single flight; rotated refresh
// tokens replace the old ones at once; invalid_grant ends the session ("sign in
// again"). A keychain that cannot be read is its own state, never "signed out".
class PlatformSession : public QObject, public AccessTokenSource
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn, NeedsSignIn, KeychainUnavailable };
    Q_ENUM(State)

    PlatformSession(OAuthClient &client, SecretStore &secrets, QString settingsFile, QObject *parent = nullptr);

    // Reads the saved session; `done` runs once the state is known.
    void load(std::function<void()> done = {});
    void retry() { load(); }

    // Starts a browser sign-in; the session adopts its result. The job is owned by the session.
    PkceLogin *beginLogin(const PlatformConfig &config, PkceLogin::BrowserOpener opener);
    void logout(std::function<void(const Error &)> done);

    // A valid access token, refreshed first when it expires within a minute.
    void accessToken(TokenCallback done) override;
    // After a 401: refresh once (joined with any refresh already running).
    void refreshAfterUnauthorized(TokenCallback done) override;

    State state() const { return m_state; }
    QString stateMessage() const { return m_message; }
    const UserInfo &user() const { return m_user; }
    const PlatformConfig &config() const { return m_config; }
    const OAuthEndpoints &endpoints() const { return m_endpoints; }
    QDateTime expiresAt() const { return m_tokens.expiresAt; }
    QString scope() const { return m_tokens.scope; }
    QString keychainKey() const;
    static QString stateKey(State state);

    void setRefreshMargin(int seconds) { m_marginSeconds = seconds; }

Q_SIGNALS:
    void stateChanged(agentdesk::PlatformSession::State state);
    void tokensRefreshed();

private:
    void setState(State state, const QString &message = {});
    void adopt(const LoginResult &result, const PlatformConfig &config);
    void saveSettings() const;
    void clearSettings() const;
    void startRefresh();
    void finishRefresh(const Secret &token, const Error &error);
    void scheduleRefresh();
    void persistTokens(std::function<void(const Error &)> done);

    OAuthClient &m_client;
    SecretStore &m_secrets;
    QString m_settingsFile;
    State m_state = State::SignedOut;
    QString m_message;
    PlatformConfig m_config;
    OAuthEndpoints m_endpoints;
    UserInfo m_user;
    TokenSet m_tokens;
    QList<TokenCallback> m_waiting;   // callers of the refresh in flight
    bool m_refreshing = false;
    QTimer m_refreshTimer;
    int m_marginSeconds = 60;
};

} // namespace agentdesk
