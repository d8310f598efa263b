#include "PlatformSession.h"

#include "OAuthClient.h"
#include "domain/Timestamps.h"
#include "secrets/SecretStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSession, "agentdesk.auth")

namespace agentdesk {

PlatformSession::PlatformSession(OAuthClient &client, SecretStore &secrets, QString settingsFile, QObject *parent)
    : QObject(parent), m_client(client), m_secrets(secrets), m_settingsFile(std::move(settingsFile))
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::SignedIn && !m_refreshing)
            startRefresh();
    });
}

QString PlatformSession::stateKey(State state)
{
    switch (state) {
    case State::SignedOut: return QStringLiteral("signed_out");
    case State::SigningIn: return QStringLiteral("signing_in");
    case State::SignedIn: return QStringLiteral("signed_in");
    case State::NeedsSignIn: return QStringLiteral("needs_sign_in");
    case State::KeychainUnavailable: return QStringLiteral("keychain_unavailable");
    }
    return {};
}

QString PlatformSession::keychainKey() const
{
    const QUrl p = m_config.platformUrl;
    return QStringLiteral("platform/%1/%2").arg(p.host() + (p.port() > 0 ? QStringLiteral(":%1").arg(p.port()) : QString()),
                                                m_user.subject);
}

void PlatformSession::setState(State state, const QString &message)
{
    m_message = message;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PlatformSession::saveSettings() const
{
    QSettings s(m_settingsFile, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("platform"));
    s.setValue(QStringLiteral("url"), m_config.platformUrl.toString());
    s.setValue(QStringLiteral("clientId"), m_config.clientId);
    s.setValue(QStringLiteral("confidential"), !m_config.clientSecret.isEmpty());
    s.setValue(QStringLiteral("issuer"), m_config.issuer.toString());
    s.setValue(QStringLiteral("workspace"), m_config.workspace);
    s.setValue(QStringLiteral("authorizationEndpoint"), m_endpoints.authorization.toString());
    s.setValue(QStringLiteral("tokenEndpoint"), m_endpoints.token.toString());
    s.setValue(QStringLiteral("userinfoEndpoint"), m_endpoints.userinfo.toString());
    s.setValue(QStringLiteral("revocationEndpoint"), m_endpoints.revocation.toString());
    s.setValue(QStringLiteral("userSubject"), m_user.subject);
    s.setValue(QStringLiteral("userName"), m_user.name);
    s.setValue(QStringLiteral("userEmail"), m_user.email);
    s.setValue(QStringLiteral("expiresAt"), toIso(m_tokens.expiresAt));
    s.setValue(QStringLiteral("scope"), m_tokens.scope);
}

void PlatformSession::clearSettings() const
{
    QSettings s(m_settingsFile, QSettings::IniFormat);
    s.remove(QStringLiteral("platform"));
}

void PlatformSession::load(std::function<void()> done)
{
    QSettings s(m_settingsFile, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("platform"));
    if (s.value(QStringLiteral("userSubject")).toString().isEmpty()) {
        setState(State::SignedOut);
        if (done)
            done();
        return;
    }
    m_config.platformUrl = QUrl(s.value(QStringLiteral("url")).toString());
    m_config.clientId = s.value(QStringLiteral("clientId")).toString();
    m_config.issuer = QUrl(s.value(QStringLiteral("issuer")).toString());
    m_config.workspace = s.value(QStringLiteral("workspace")).toString();
    m_endpoints.authorization = QUrl(s.value(QStringLiteral("authorizationEndpoint")).toString());
    m_endpoints.token = QUrl(s.value(QStringLiteral("tokenEndpoint")).toString());
    m_endpoints.userinfo = QUrl(s.value(QStringLiteral("userinfoEndpoint")).toString());
    m_endpoints.revocation = QUrl(s.value(QStringLiteral("revocationEndpoint")).toString());
    m_user = UserInfo{s.value(QStringLiteral("userSubject")).toString(), s.value(QStringLiteral("userName")).toString(),
                      s.value(QStringLiteral("userEmail")).toString()};
    m_secrets.read(keychainKey(), [this, done](const SecretResult &r) {
        if (r.ok()) {
            const QJsonObject blob = QJsonDocument::fromJson(r.secret.reveal().toUtf8()).object();
            m_tokens = TokenSet::fromKeychainBlob(r.secret.reveal().toUtf8());
            m_config.clientSecret = Secret(blob.value(QLatin1String("client_secret")).toString());
            setState(State::SignedIn);
            scheduleRefresh();
        } else if (r.status == SecretResult::NotFound) {
            m_tokens = {};
            setState(State::NeedsSignIn, tr("The sign-in for %1 is gone from the keychain. Sign in again.")
                                             .arg(m_config.platformUrl.toString()));
        } else {
            setState(State::KeychainUnavailable, r.message);
        }
        if (done)
            done();
    });
}

PkceLogin *PlatformSession::beginLogin(const PlatformConfig &config, PkceLogin::BrowserOpener opener)
{
    auto *login = new PkceLogin(m_client, config, std::move(opener), this);
    const State before = m_state;
    setState(State::SigningIn);
    connect(login, &PkceLogin::succeeded, this, [this, login, config](const LoginResult &result) {
        adopt(result, config);
        login->deleteLater();
    });
    connect(login, &PkceLogin::failed, this, [this, login, before](const OAuthError &e) {
        setState(before == State::SigningIn ? State::SignedOut : before, e.message());
        login->deleteLater();
    });
    return login;
}

void PlatformSession::persistTokens(std::function<void(const Error &)> done)
{
    QJsonObject blob = QJsonDocument::fromJson(m_tokens.toKeychainBlob()).object();
    if (!m_config.clientSecret.isEmpty())
        blob.insert(QStringLiteral("client_secret"), m_config.clientSecret.reveal());
    const Secret value(QString::fromUtf8(QJsonDocument(blob).toJson(QJsonDocument::Compact)));
    m_secrets.write(keychainKey(), value, [done](const SecretResult &r) {
        done(r.ok() ? Error{} : Error::keychain(r.message));
    });
}

void PlatformSession::adopt(const LoginResult &result, const PlatformConfig &config)
{
    m_config = config;
    if (m_config.issuer.isEmpty())
        m_config.issuer = m_config.platformUrl;
    m_endpoints = result.endpoints;
    m_tokens = result.tokens;
    m_user = result.user;
    persistTokens([this](const Error &e) {
        if (e) {
            // Never fall back to storing tokens anywhere else.
            m_tokens = {};
            setState(State::KeychainUnavailable, e.message);
            return;
        }
        saveSettings();
        setState(State::SignedIn);
        scheduleRefresh();
    });
}

void PlatformSession::scheduleRefresh()
{
    if (!m_tokens.expiresAt.isValid())
        return;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_tokens.expiresAt) - qint64(m_marginSeconds) * 1000;
    m_refreshTimer.start(int(std::clamp<qint64>(ms, 0, 24LL * 3600 * 1000)));
}

void PlatformSession::accessToken(TokenCallback done)
{
    if (m_state == State::KeychainUnavailable) {
        done({}, Error::keychain(m_message));
        return;
    }
    if (m_state != State::SignedIn) {
        done({}, Error::auth(m_state == State::NeedsSignIn ? m_message
                                                            : tr("Not signed in to the agent platform. Run "
                                                                 "`agentdeskctl platform login` or use Sign In.")));
        return;
    }
    const bool fresh = m_tokens.expiresAt.isValid()
        && QDateTime::currentDateTimeUtc().secsTo(m_tokens.expiresAt) > m_marginSeconds;
    if (fresh && !m_refreshing) {
        done(m_tokens.accessToken, {});
        return;
    }
    m_waiting.append(std::move(done));
    if (!m_refreshing)
        startRefresh();
}

void PlatformSession::refreshAfterUnauthorized(TokenCallback done)
{
    if (m_state != State::SignedIn) {
        accessToken(std::move(done));
        return;
    }
    m_waiting.append(std::move(done));
    if (!m_refreshing)
        startRefresh();
}

void PlatformSession::startRefresh()
{
    // Single flight: the refresh token rotates, and a second refresh with the old one
    // would end the whole session.
    m_refreshing = true;
    qCInfo(lcSession) << "refreshing the access token";
    m_client.refresh(m_endpoints, m_config, m_tokens, [this](const TokenSet &fresh, const OAuthError &e) {
        if (e.isError()) {
            if (e.code == QLatin1String("invalid_grant")) {
                m_tokens = {};
                m_secrets.remove(keychainKey(), [](const SecretResult &) {});
                setState(State::NeedsSignIn, e.message());
                finishRefresh({}, Error::auth(e.message()));
            } else {
                finishRefresh({}, Error::provider(tr("Could not refresh the platform sign-in: %1").arg(e.message())));
            }
            return;
        }
        m_tokens = fresh;
        persistTokens([this](const Error &saved) {
            if (saved)
                qCWarning(lcSession).noquote() << "refreshed tokens could not be saved:" << saved.message;
            saveSettings();
            scheduleRefresh();
            Q_EMIT tokensRefreshed();
            finishRefresh(m_tokens.accessToken, {});
        });
    });
}

void PlatformSession::finishRefresh(const Secret &token, const Error &error)
{
    m_refreshing = false;
    const auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (const TokenCallback &cb : waiting)
        cb(token, error);
}

void PlatformSession::logout(std::function<void(const Error &)> done)
{
    if (m_state == State::KeychainUnavailable) {
        done(Error::keychain(m_message));
        return;
    }
    const TokenSet tokens = m_tokens;
    const QString key = keychainKey();
    auto forget = [this, key, done] {
        m_secrets.remove(key, [this, done](const SecretResult &r) {
            if (r.status == SecretResult::Unavailable || r.status == SecretResult::Failed) {
                done(Error::keychain(r.message));
                return;
            }
            m_refreshTimer.stop();
            m_tokens = {};
            clearSettings();
            m_user = {};
            setState(State::SignedOut);
            done({});
        });
    };
    if (tokens.isEmpty() || m_endpoints.revocation.isEmpty()) {
        forget();
        return;
    }
    // Revoke the refresh token (which ends the grant) and the access token; a
    // failure there does not keep the tokens around locally.
    m_client.revoke(m_endpoints, m_config, tokens.refreshToken, QStringLiteral("refresh_token"),
                    [this, tokens, forget](bool, const OAuthError &e) {
                        if (e.isError())
                            qCWarning(lcSession).noquote() << "revocation failed:" << e.message();
                        m_client.revoke(m_endpoints, m_config, tokens.accessToken, QStringLiteral("access_token"),
                                        [forget](bool, const OAuthError &) { forget(); });
                    });
}

} // namespace agentdesk
