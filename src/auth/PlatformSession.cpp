#include "PlatformSession.h"

#include "OAuthClient.h"
#include "base/Async.h"
#include "domain/Timestamps.h"
#include "secrets/SecretStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSettings>
#include <memory>

Q_LOGGING_CATEGORY(lcSession, "agentdesk.auth")

namespace agentdesk {

namespace {
constexpr int kLockPollMs = 200;
constexpr int kLockAttempts = 150; // 30 s: a refresh that takes longer is abandoned by its holder anyway
} // namespace

PlatformSession::PlatformSession(OAuthClient &client, SecretStore &secrets, QString settingsFile, const Clock &clock,
                                 QObject *parent)
    : QObject(parent), m_client(client), m_secrets(secrets), m_settingsFile(std::move(settingsFile)), m_clock(clock)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::SignedIn && !m_refreshing && m_autoRefresh)
            startRefresh();
    });
}

PlatformSession::~PlatformSession() = default;

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
    return QStringLiteral("platform/%1/%2")
        .arg(p.host() + (p.port() > 0 ? QStringLiteral(":%1").arg(p.port()) : QString()), m_user.subject);
}

void PlatformSession::setState(State state, const QString &message)
{
    m_message = message;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PlatformSession::setAutoRefresh(bool on)
{
    m_autoRefresh = on;
    if (!on)
        m_refreshTimer.stop();
    else
        scheduleRefresh();
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

void PlatformSession::readStored(std::function<void(const SecretResult &, const TokenSet &)> done)
{
    m_secrets.read(keychainKey(), this, [this, done](const SecretResult &r) {
        if (!r.ok())
            return done(r, {});
        const QJsonObject blob = QJsonDocument::fromJson(r.secret.reveal().toUtf8()).object();
        m_config.clientSecret = Secret(blob.value(QLatin1String("client_secret")).toString());
        done(r, TokenSet::fromKeychainBlob(r.secret.reveal().toUtf8()));
    });
}

void PlatformSession::load(const QObject *context, std::function<void()> done)
{
    auto answer = bindTo(context, std::function<void()>([done] {
                             if (done)
                                 done();
                         }));
    QSettings s(m_settingsFile, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("platform"));
    if (s.value(QStringLiteral("userSubject")).toString().isEmpty()) {
        setState(State::SignedOut);
        QTimer::singleShot(0, this, answer);
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
    readStored([this, answer](const SecretResult &r, const TokenSet &tokens) {
        if (r.ok()) {
            m_tokens = tokens;
            setState(State::SignedIn);
            scheduleRefresh();
        } else if (r.status == SecretResult::NotFound) {
            m_tokens = {};
            setState(State::NeedsSignIn, tr("The sign-in for %1 is gone from the keychain. Sign in again.")
                                             .arg(m_config.platformUrl.toString()));
        } else {
            setState(State::KeychainUnavailable, r.message);
        }
        answer();
    });
}

void PlatformSession::retry()
{
    load(this, {});
}

PkceLogin *PlatformSession::beginLogin(const PlatformConfig &config, PkceLogin::BrowserOpener opener)
{
    auto *login = new PkceLogin(m_client, config, std::move(opener), this);
    const State before = m_state;
    setState(State::SigningIn);
    // Set once the login has ended either way; what follows is its handlers' business.
    auto ended = std::make_shared<bool>(false);
    connect(login, &PkceLogin::succeeded, this, [this, login, config, ended](const LoginResult &result) {
        *ended = true;
        adopt(result, config); // SignedIn once the tokens are in the keychain
        login->deleteLater();
    });
    connect(login, &PkceLogin::failed, this, [this, login, before, ended](const OAuthError &e) {
        *ended = true;
        setState(before == State::SigningIn ? State::SignedOut : before, e.message());
        login->deleteLater();
    });
    // Destroyed by its owner before it ended (a window closing): the session does not
    // stay "signing in" forever.
    connect(login, &QObject::destroyed, this, [this, before, ended] {
        if (!*ended && m_state == State::SigningIn)
            setState(before == State::SigningIn ? State::SignedOut : before);
    });
    return login;
}

void PlatformSession::persistTokens(std::function<void(const Error &)> done)
{
    QJsonObject blob = QJsonDocument::fromJson(m_tokens.toKeychainBlob()).object();
    if (!m_config.clientSecret.isEmpty())
        blob.insert(QStringLiteral("client_secret"), m_config.clientSecret.reveal());
    const Secret value(QString::fromUtf8(QJsonDocument(blob).toJson(QJsonDocument::Compact)));
    m_secrets.write(keychainKey(), value, this,
                    [done](const SecretResult &r) { done(r.ok() ? Error{} : Error::keychain(r.message)); });
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

qint64 PlatformSession::marginSeconds() const
{
    // A token that lives 20 s cannot be refreshed 60 s before it expires: that would be
    // at once, over and over. A quarter of its life at most.
    return std::min<qint64>(m_marginSeconds, std::max<qint64>(1, m_tokens.lifetimeSeconds() / 4));
}

bool PlatformSession::isFresh() const
{
    return m_tokens.expiresAt.isValid() && m_clock.now().secsTo(m_tokens.expiresAt) > marginSeconds();
}

void PlatformSession::scheduleRefresh()
{
    if (!m_tokens.expiresAt.isValid() || !m_autoRefresh)
        return;
    const qint64 nowMs = m_clock.msecsSinceEpoch();
    qint64 ms = m_tokens.expiresAt.toMSecsSinceEpoch() - marginSeconds() * 1000 - nowMs;
    ms = std::max(ms, m_lastRefreshMs + m_floorMs - nowMs); // never a tight loop
    m_refreshTimer.start(int(std::clamp<qint64>(ms, 0, 24LL * 3600 * 1000)));
}

void PlatformSession::accessToken(const QObject *context, TokenCallback done)
{
    auto answer = bindTo(context, std::move(done));
    if (m_state == State::KeychainUnavailable)
        return QTimer::singleShot(0, this, [answer, m = m_message] { answer({}, Error::keychain(m)); });
    if (m_state != State::SignedIn) {
        const QString why = m_state == State::NeedsSignIn ? m_message
                                                          : tr("Not signed in to the agent platform. Run "
                                                               "`agentdeskctl platform login` or use Sign In.");
        return QTimer::singleShot(0, this, [answer, why] { answer({}, Error::auth(why)); });
    }
    if (isFresh() && !m_refreshing)
        return QTimer::singleShot(0, this, [answer, token = m_tokens.accessToken] { answer(token, {}); });
    m_waiting.append(answer);
    if (!m_refreshing)
        startRefresh();
}

void PlatformSession::refreshAfterUnauthorized(const QObject *context, TokenCallback done)
{
    if (m_state != State::SignedIn)
        return accessToken(context, std::move(done));
    m_waiting.append(bindTo(context, std::move(done)));
    if (!m_refreshing)
        startRefresh();
}

void PlatformSession::startRefresh()
{
    // Single flight in this process; the lock file makes it one across processes.
    m_refreshing = true;
    if (!m_lock) {
        const QString dir = QFileInfo(m_settingsFile).absolutePath();
        m_lock = std::make_unique<QLockFile>(dir + QStringLiteral("/platform-refresh.lock"));
        m_lock->setStaleLockTime(60000);
    }
    waitForLock(kLockAttempts);
}

void PlatformSession::waitForLock(int attemptsLeft)
{
    if (m_lock->tryLock(0))
        return refreshHoldingLock();
    if (attemptsLeft <= 0)
        return finishRefresh({},
                             Error::provider(tr("Another AgentDesk process has been refreshing the platform sign-in "
                                                "for too long; try again.")));
    QTimer::singleShot(kLockPollMs, this, [this, attemptsLeft] { waitForLock(attemptsLeft - 1); });
}

void PlatformSession::refreshHoldingLock()
{
    // Another process may have refreshed while we waited: its tokens are in the keychain.
    const Secret ours = m_tokens.refreshToken;
    readStored([this, ours](const SecretResult &r, const TokenSet &stored) {
        if (r.keychainProblem()) {
            m_lock->unlock();
            setState(State::KeychainUnavailable, r.message);
            return finishRefresh({}, Error::keychain(r.message));
        }
        if (r.ok() && !stored.refreshToken.isEmpty() && !(stored.refreshToken == ours)) {
            m_tokens = stored;
            m_lock->unlock();
            qCInfo(lcSession) << "took the tokens another process refreshed";
            if (isFresh()) {
                scheduleRefresh();
                Q_EMIT tokensRefreshed();
                return finishRefresh(m_tokens.accessToken, {});
            }
            // Stale as well: refresh them ourselves.
            return startRefresh();
        }
        qCInfo(lcSession) << "refreshing the access token";
        ++m_refreshCount;
        m_lastRefreshMs = m_clock.msecsSinceEpoch();
        m_client.refresh(m_endpoints, m_config, m_tokens, this,
                         [this](const TokenSet &fresh, const OAuthError &e) { onRefreshed(fresh, e); });
    });
}

void PlatformSession::onRefreshed(const TokenSet &fresh, const OAuthError &e)
{
    if (e.isError()) {
        if (e.code != QLatin1String("invalid_grant")) {
            m_lock->unlock();
            scheduleRefresh();
            return finishRefresh({},
                                 Error::provider(tr("Could not refresh the platform sign-in: %1").arg(e.message())));
        }
        // Final only if nobody stored newer tokens meanwhile.
        const Secret ours = m_tokens.refreshToken;
        readStored([this, ours, e](const SecretResult &r, const TokenSet &stored) {
            m_lock->unlock();
            if (r.ok() && !stored.refreshToken.isEmpty() && !(stored.refreshToken == ours)) {
                m_tokens = stored;
                scheduleRefresh();
                Q_EMIT tokensRefreshed();
                return finishRefresh(m_tokens.accessToken, {});
            }
            m_tokens = {};
            m_secrets.remove(keychainKey(), this, [](const SecretResult &) {});
            setState(State::NeedsSignIn, e.message());
            finishRefresh({}, Error::auth(e.message()));
        });
        return;
    }
    m_tokens = fresh;
    persistTokens([this](const Error &saved) {
        m_lock->unlock();
        if (saved) {
            // The rotated refresh token is in memory only: this process keeps working,
            // another one would have to sign in again. Said loudly.
            qCWarning(lcSession).noquote() << "refreshed tokens could not be saved:" << saved.message;
        }
        saveSettings();
        scheduleRefresh();
        Q_EMIT tokensRefreshed();
        finishRefresh(m_tokens.accessToken, {});
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

void PlatformSession::logout(const QObject *context, std::function<void(const Error &)> done)
{
    auto answer = bindTo(context, std::move(done));
    if (m_state == State::KeychainUnavailable)
        return QTimer::singleShot(0, this, [answer, m = m_message] { answer(Error::keychain(m)); });
    const TokenSet tokens = m_tokens;
    const QString key = keychainKey();
    auto forget = [this, key, answer] {
        m_secrets.remove(key, this, [this, answer](const SecretResult &r) {
            if (r.keychainProblem())
                return answer(Error::keychain(r.message));
            m_refreshTimer.stop();
            m_tokens = {};
            clearSettings();
            m_user = {};
            setState(State::SignedOut);
            answer({});
        });
    };
    if (tokens.isEmpty() || m_endpoints.revocation.isEmpty())
        return forget();
    // Revoke the refresh token (which ends the grant) and the access token; a
    // failure there does not keep the tokens around locally.
    m_client.revoke(m_endpoints, m_config, tokens.refreshToken, QStringLiteral("refresh_token"), this,
                    [this, tokens, forget](bool, const OAuthError &e) {
                        if (e.isError())
                            qCWarning(lcSession).noquote() << "revocation failed:" << e.message();
                        m_client.revoke(m_endpoints, m_config, tokens.accessToken, QStringLiteral("access_token"), this,
                                        [forget](bool, const OAuthError &) { forget(); });
                    });
}

} // namespace agentdesk
