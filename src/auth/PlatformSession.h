#pragma once

#include "AccessTokenSource.h"
#include "OAuthTypes.h"
#include "PkceLogin.h"
#include "base/Clock.h"
#include "domain/Error.h"

#include "secrets/SecretStore.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

class QLockFile;

namespace agentdesk {

class OAuthClient;
class SecretStore;

// Who is signed in to the agent platform, and a valid access token for them. Tokens
// live in the OS keychain only (one entry per data directory, platform and user); the
// settings file keeps what is not secret (platform, endpoints, user, workspace, expiry).
//
// Refresh tokens rotate, and presenting an old one ends the whole sign-in. So a refresh
// is one flight per process (callers join it) and one across processes: a lock file
// next to the settings makes a second process (the GUI beside a headless worker) wait,
// and it then takes the tokens the first one stored in the keychain instead of
// refreshing again. An invalid_grant is final only when the keychain holds nothing
// newer. The refresh runs ahead of expiry by a margin that is at most a quarter of the
// token's lifetime, never sooner than a floor after the last one. A keychain that
// cannot be read is its own state, never "signed out".
class PlatformSession : public QObject, public AccessTokenSource
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn, NeedsSignIn, KeychainUnavailable };
    Q_ENUM(State)

    PlatformSession(OAuthClient &client, SecretStore &secrets, QString settingsFile,
                    const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~PlatformSession() override;

    // Reads the saved session; `done` runs once the state is known (unless `context` is gone).
    void load(const QObject *context, std::function<void()> done);
    void retry();

    // Starts a browser sign-in; the session adopts its result. The login is owned by the session.
    PkceLogin *beginLogin(const PlatformConfig &config, PkceLogin::BrowserOpener opener);
    void logout(const QObject *context, std::function<void(const Error &)> done);

    // A valid access token, refreshed first when it is within the margin of expiry.
    void accessToken(const QObject *context, TokenCallback done) override;
    // After a 401: refresh once (joined with any refresh already running).
    void refreshAfterUnauthorized(const QObject *context, TokenCallback done) override;

    // Off for commands that only read (`platform status`): nothing refreshes by itself.
    void setAutoRefresh(bool on);
    void setRefreshMargin(int seconds) { m_marginSeconds = seconds; }
    void setMinimumRefreshInterval(int milliseconds) { m_floorMs = milliseconds; }

    State state() const { return m_state; }
    QString stateMessage() const { return m_message; }
    const UserInfo &user() const { return m_user; }
    const PlatformConfig &config() const { return m_config; }
    const OAuthEndpoints &endpoints() const { return m_endpoints; }
    QDateTime expiresAt() const { return m_tokens.expiresAt; }
    QString scope() const { return m_tokens.scope; }
    QString keychainKey() const;
    int refreshCount() const { return m_refreshCount; }
    static QString stateKey(State state);

Q_SIGNALS:
    void stateChanged(agentdesk::PlatformSession::State state);
    void tokensRefreshed();

private:
    void setState(State state, const QString &message = {});
    void adopt(const LoginResult &result, const PlatformConfig &config);
    void saveSettings() const;
    void clearSettings() const;
    // The seconds before expiry at which a token is refreshed.
    qint64 marginSeconds() const;
    bool isFresh() const;
    void startRefresh();
    void waitForLock(int attemptsLeft);
    void refreshHoldingLock();
    void onRefreshed(const TokenSet &fresh, const OAuthError &e);
    void finishRefresh(const Secret &token, const Error &error);
    void scheduleRefresh();
    void persistTokens(std::function<void(const Error &)> done);
    // Reads the keychain; `done` gets the tokens there (empty when none).
    void readStored(std::function<void(const SecretResult &, const TokenSet &)> done);

    OAuthClient &m_client;
    SecretStore &m_secrets;
    QString m_settingsFile;
    const Clock &m_clock;
    State m_state = State::SignedOut;
    QString m_message;
    PlatformConfig m_config;
    OAuthEndpoints m_endpoints;
    UserInfo m_user;
    TokenSet m_tokens;
    QList<TokenCallback> m_waiting; // callers of the refresh in flight (already bound to their contexts)
    bool m_refreshing = false;
    bool m_autoRefresh = true;
    QTimer m_refreshTimer;
    int m_marginSeconds = 60;
    int m_floorMs = 5000;
    qint64 m_lastRefreshMs = 0;
    int m_refreshCount = 0;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace agentdesk
