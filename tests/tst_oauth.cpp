// Sign-in against a real OAuth 2 / OpenID Connect server (oidc-provider from npm,
// started here on loopback) and a real Secret Service (scripts/run-tests.sh). Without
// either, the test fails; it never skips.
#include "OidcServerProcess.h"
#include "TestCore.h"
#include "TestMain.h"

#include "auth/LoopbackRedirectListener.h"
#include "auth/OAuthClient.h"
#include "auth/PlatformSession.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace agentdesk;
using namespace agentdesk::testing;

class TestOAuth : public QObject
{
    Q_OBJECT

    // The browser: follows the redirects through login and consent to the callback.
    int browse(const QUrl &url, QByteArray *body = nullptr)
    {
        QNetworkRequest req(url);
        // Without it QNAM may resend redirect GETs, which the server rejects.
        req.setRawHeader("Connection", "close");
        QNetworkReply *reply = m_browser.get(req);
        QElapsedTimer t;
        t.start();
        while (!reply->isFinished() && t.elapsed() < 20000)
            QTest::qWait(5);
        if (body)
            *body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    QJsonObject stats(const OidcServerProcess &server)
    {
        QByteArray body;
        browse(server.issuer().resolved(QUrl(QStringLiteral("/test/stats"))), &body);
        return QJsonDocument::fromJson(body).object();
    }

    PlatformConfig config(const OidcServerProcess &server) const
    {
        PlatformConfig c;
        c.platformUrl = server.issuer();
        c.clientId = QStringLiteral("agentdesk-test");
        return c;
    }

    std::unique_ptr<CoreContext> makeCore(const QString &dir)
    {
        CoreContext::Options o;
        o.paths.dataDir = dir;
        o.keychainService = QStringLiteral("agentdesk-oauth-test");
        auto core = std::make_unique<CoreContext>(std::move(o));
        if (core->open())
            return nullptr;
        return core;
    }

    bool signIn(PlatformSession &session, const PlatformConfig &c, QUrl *authUrl = nullptr)
    {
        PkceLogin *login = session.beginLogin(c, [this, authUrl](const QUrl &url) {
            if (authUrl)
                *authUrl = url;
            QTimer::singleShot(0, this, [this, url] { browse(url); });
        });
        login->start();
        QElapsedTimer t;
        t.start();
        while (session.state() == PlatformSession::State::SigningIn && t.elapsed() < 20000)
            QTest::qWait(10);
        if (session.state() != PlatformSession::State::SignedIn)
            qWarning() << "sign-in ended in state" << int(session.state()) << session.stateMessage();
        return session.state() == PlatformSession::State::SignedIn;
    }

    Secret token(PlatformSession &session, bool afterUnauthorized = false, Error *error = nullptr)
    {
        std::optional<Secret> out;
        auto cb = [&](const Secret &s, const Error &e) {
            out = s;
            if (error)
                *error = e;
        };
        if (afterUnauthorized)
            session.refreshAfterUnauthorized(this, cb);
        else
            session.accessToken(this, cb);
        QElapsedTimer t;
        t.start();
        while (!out && t.elapsed() < 20000)
            QTest::qWait(5);
        return out.value_or(Secret());
    }

    // `agentdeskctl platform login --no-browser`, with this test as the browser.
    void cliLogin(const QString &dataDir, const OidcServerProcess &server)
    {
        QProcess ctl;
        ctl.setProgram(QStringLiteral(AGENTDESK_CTL_PATH));
        ctl.setArguments({QStringLiteral("--data-dir"), dataDir, QStringLiteral("platform"), QStringLiteral("login"),
                          QStringLiteral("--url"), server.issuer().toString(), QStringLiteral("--client-id"),
                          QStringLiteral("agentdesk-test"), QStringLiteral("--workspace"), QStringLiteral("w_1"),
                          QStringLiteral("--no-browser")});
        ctl.start();
        QTRY_VERIFY_WITH_TIMEOUT(ctl.canReadLine(), 20000);
        const QUrl url(QString::fromUtf8(ctl.readLine()).trimmed()); // the address alone on its line
        QVERIFY(url.isValid());
        QCOMPARE(url.host(), server.issuer().host());
        browse(url);
        QTRY_COMPARE_WITH_TIMEOUT(ctl.state(), QProcess::NotRunning, 20000);
        QCOMPARE(ctl.exitCode(), 0);
        QVERIFY(ctl.readAllStandardOutput().contains("Signed in as Ada Operator"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        KeychainSecretStore probe(QStringLiteral("agentdesk-oauth-test"));
        std::optional<SecretResult> r;
        probe.write(QStringLiteral("probe"), Secret(QStringLiteral("x")), this,
                    [&](const SecretResult &res) { r = res; });
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 20000);
        QVERIFY2(r->ok(), qPrintable(QStringLiteral("No usable Secret Service: ") + r->message));
    }

    void loginWithPkce()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir.path());
        auto &session = core->platform();
        QUrl authUrl;
        QVERIFY2(signIn(session, config(m_server), &authUrl), qPrintable(session.stateMessage()));
        const QUrlQuery q(authUrl);
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(q.queryItemValue(QStringLiteral("state")).size() >= 22);
        QCOMPARE(QUrl(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)).host(),
                 QStringLiteral("127.0.0.1"));
        QVERIFY(session.endpoints().discovered);
        QCOMPARE(session.user().name, QStringLiteral("Ada Operator"));
        QCOMPARE(session.user().subject, QStringLiteral("user-ada"));
        QVERIFY(session.expiresAt() > QDateTime::currentDateTimeUtc());
        const Secret access = token(session);
        QVERIFY(!access.isEmpty());

        // A fresh process finds the same sign-in in the keychain.
        auto again = makeCore(dir.path());
        std::optional<bool> loaded;
        again->platform().load(this, [&] { loaded = true; });
        QTRY_VERIFY(loaded.has_value());
        QCOMPARE(again->platform().state(), PlatformSession::State::SignedIn);
        QCOMPARE(token(again->platform()).reveal(), access.reveal());
        // ... and the settings hold no token.
        QFile settings(core->paths().settingsFile());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray text = settings.readAll();
        QVERIFY(text.contains("user-ada"));
        QVERIFY(!text.contains(access.reveal().toUtf8()));
        std::optional<Error> out;
        session.logout(this, [&](const Error &e) { out = e; });
        QTRY_VERIFY(out.has_value());
    }

    void wrongVerifierIsRefused()
    {
        // Get a code for one verifier, present another: the server must refuse.
        OAuthClient client(m_http);
        std::optional<OAuthEndpoints> endpoints;
        client.discover(m_server.issuer(), m_server.issuer(), this,
                        [&](const OAuthEndpoints &e, const OAuthError &) { endpoints = e; });
        QTRY_VERIFY(endpoints.has_value());
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen());
        listener.expectState(QStringLiteral("state-123456789012345678"));
        QSignalSpy codes(&listener, &LoopbackRedirectListener::codeReceived);
        const QString verifier = PkceLogin::newVerifier();
        QUrl url = endpoints->authorization;
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("agentdesk-test"));
        q.addQueryItem(QStringLiteral("redirect_uri"), listener.redirectUri().toString());
        q.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("state-123456789012345678"));
        q.addQueryItem(QStringLiteral("code_challenge"), PkceLogin::challengeFor(verifier));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(q);
        browse(url);
        QTRY_COMPARE(codes.count(), 1);
        std::optional<OAuthError> error;
        client.exchangeCode(*endpoints, config(m_server), codes.first().first().toString(), PkceLogin::newVerifier(),
                            listener.redirectUri(), this, [&](const TokenSet &, const OAuthError &e) { error = e; });
        QTRY_VERIFY(error.has_value());
        QCOMPARE(error->code, QStringLiteral("invalid_grant"));
    }

    void wrongStateIsRefusedAndTheFlowGoesOn()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir.path());
        auto &session = core->platform();
        PkceLogin *login = session.beginLogin(config(m_server), [this](const QUrl &url) {
            QTimer::singleShot(0, this, [this, url] {
                const QUrl redirect(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
                QUrl forged = redirect;
                forged.setQuery(QStringLiteral("code=stolen&state=forged"));
                QCOMPARE(browse(forged), 400); // an attacker's callback
                browse(url);
            });
        });
        QSignalSpy rejected(login, &PkceLogin::failed);
        login->start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), PlatformSession::State::SignedIn, 20000);
        QCOMPARE(rejected.count(), 0);
        std::optional<Error> out;
        session.logout(this, [&](const Error &e) { out = e; });
        QTRY_VERIFY(out.has_value());
    }

    void refreshRotatesAndIsSingleFlight()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir.path());
        auto &session = core->platform();
        QVERIFY2(signIn(session, config(m_server)), qPrintable(session.stateMessage()));
        const Secret first = token(session);
        SecretStore &keychain = core->secrets(); // the real keychain, scoped to this data directory
        std::optional<SecretResult> before;
        keychain.read(session.keychainKey(), this, [&](const SecretResult &r) { before = r; });
        QTRY_VERIFY(before.has_value());
        const TokenSet oldTokens = TokenSet::fromKeychainBlob(before->secret.reveal().toUtf8());

        const int refreshesBefore = stats(m_server).value(QLatin1String("refresh")).toInt();
        // Five callers hit a 401 at once: one refresh serves them all.
        QList<Secret> got;
        for (int i = 0; i < 5; ++i)
            session.refreshAfterUnauthorized(this, [&](const Secret &s, const Error &e) {
                QVERIFY2(!e, qPrintable(e.message));
                got << s;
            });
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 5, 20000);
        QCOMPARE(stats(m_server).value(QLatin1String("refresh")).toInt(), refreshesBefore + 1);
        QVERIFY(got.first().reveal() != first.reveal());
        for (const Secret &s : std::as_const(got))
            QCOMPARE(s.reveal(), got.first().reveal());
        QCOMPARE(session.state(), PlatformSession::State::SignedIn);

        // The rotated refresh token replaced the old one in the keychain...
        std::optional<SecretResult> after;
        keychain.read(session.keychainKey(), this, [&](const SecretResult &r) { after = r; });
        QTRY_VERIFY(after.has_value());
        const TokenSet newTokens = TokenSet::fromKeychainBlob(after->secret.reveal().toUtf8());
        QVERIFY(newTokens.refreshToken.reveal() != oldTokens.refreshToken.reveal());
        QCOMPARE(newTokens.accessToken.reveal(), got.first().reveal());
        // ... and the old one is dead.
        OAuthClient client(m_http);
        std::optional<OAuthError> replay;
        client.refresh(session.endpoints(), session.config(), oldTokens, this,
                       [&](const TokenSet &, const OAuthError &e) { replay = e; });
        QTRY_VERIFY(replay.has_value());
        QCOMPARE(replay->code, QStringLiteral("invalid_grant"));
    }

    void invalidGrantEndsTheSession()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir.path());
        auto &session = core->platform();
        QVERIFY2(signIn(session, config(m_server)), qPrintable(session.stateMessage()));
        SecretStore &keychain = core->secrets();
        std::optional<SecretResult> stored;
        keychain.read(session.keychainKey(), this, [&](const SecretResult &r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        const TokenSet tokens = TokenSet::fromKeychainBlob(stored->secret.reveal().toUtf8());
        // The grant is revoked elsewhere (another device signs out, an admin acts).
        OAuthClient client(m_http);
        std::optional<bool> revoked;
        client.revoke(session.endpoints(), session.config(), tokens.refreshToken, QStringLiteral("refresh_token"), this,
                      [&](bool ok, const OAuthError &) { revoked = ok; });
        QTRY_VERIFY(revoked.has_value());
        Error error;
        token(session, true, &error);
        QCOMPARE(error.kind, ErrorKind::Auth);
        QVERIFY2(error.message.contains(QStringLiteral("Sign in again")), qPrintable(error.message));
        QCOMPARE(session.state(), PlatformSession::State::NeedsSignIn);
        std::optional<SecretResult> gone;
        keychain.read(session.keychainKey(), this, [&](const SecretResult &r) { gone = r; });
        QTRY_VERIFY(gone.has_value());
        QCOMPARE(gone->status, SecretResult::NotFound);
    }

    void expiryIsRefreshedAhead()
    {
        OidcServerProcess shortLived;
        const QString why = shortLived.start({QStringLiteral("--access-ttl"), QStringLiteral("3")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTemporaryDir dir;
        auto core = makeCore(dir.path());
        auto &session = core->platform();
        session.setRefreshMargin(1);
        QVERIFY2(signIn(session, config(shortLived)), qPrintable(session.stateMessage()));
        const Secret first = token(session);
        QSignalSpy refreshed(&session, &PlatformSession::tokensRefreshed);
        // The session renews by itself one second before expiry.
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 8000);
        QVERIFY(token(session).reveal() != first.reveal());
        QVERIFY(session.expiresAt() > QDateTime::currentDateTimeUtc());
    }

    // Two processes on one data directory (the window and a headless worker) hit a 401
    // at the same moment: one refresh reaches the platform, the other takes its result
    // from the keychain, and the rotating refresh token is never replayed (which would
    // make the platform revoke the whole sign-in).
    void twoSessionsOnOneSignInRefreshOnce()
    {
        QTemporaryDir dir;
        auto gui = makeCore(dir.path());
        QVERIFY2(signIn(gui->platform(), config(m_server)), qPrintable(gui->platform().stateMessage()));
        auto worker = makeCore(dir.path());
        bool loaded = false;
        worker->platform().load(this, [&] { loaded = true; });
        QTRY_VERIFY(loaded);
        QCOMPARE(worker->platform().state(), PlatformSession::State::SignedIn);

        const int before = stats(m_server).value(QLatin1String("refresh")).toInt();
        std::optional<Secret> a, b;
        std::optional<Error> ea, eb;
        gui->platform().refreshAfterUnauthorized(this, [&](const Secret &s, const Error &e) {
            a = s;
            ea = e;
        });
        worker->platform().refreshAfterUnauthorized(this, [&](const Secret &s, const Error &e) {
            b = s;
            eb = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(a && b, 20000);
        QVERIFY2(!*ea, qPrintable(ea->message));
        QVERIFY2(!*eb, qPrintable(eb->message));
        QCOMPARE(stats(m_server).value(QLatin1String("refresh")).toInt(), before + 1);
        QCOMPARE(a->reveal(), b->reveal());
        // Both still signed in, and the next refresh (by either) works.
        QCOMPARE(gui->platform().state(), PlatformSession::State::SignedIn);
        QCOMPARE(worker->platform().state(), PlatformSession::State::SignedIn);
        Error error;
        QVERIFY(!token(worker->platform(), true, &error).isEmpty());
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(!token(gui->platform(), true, &error).isEmpty());
        QVERIFY2(!error, qPrintable(error.message));
    }

    // Tokens that live for two seconds (well under the 60 s refresh margin) are renewed
    // a quarter of their life ahead and never faster than the floor: not in a loop.
    void shortLivedTokensDoNotStorm()
    {
        OidcServerProcess shortLived;
        const QString why = shortLived.start({QStringLiteral("--access-ttl"), QStringLiteral("2")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTemporaryDir dir;
        auto core = makeCore(dir.path());
        QVERIFY2(signIn(core->platform(), config(shortLived)), qPrintable(core->platform().stateMessage()));
        // A quarter of a two-second life is half a second; the floor keeps refreshes at
        // least 1.5 s apart however short the tokens are.
        core->platform().setMinimumRefreshInterval(1500);
        const int before = stats(shortLived).value(QLatin1String("refresh")).toInt();
        QSignalSpy refreshed(&core->platform(), &PlatformSession::tokensRefreshed);
        QVERIFY(refreshed.wait(10000));
        QElapsedTimer apart;
        apart.start();
        QVERIFY(refreshed.wait(10000));
        QVERIFY2(apart.elapsed() >= 1400, qPrintable(QString::number(apart.elapsed())));
        QCOMPARE(stats(shortLived).value(QLatin1String("refresh")).toInt() - before, 2); // one request each
        QCOMPARE(core->platform().state(), PlatformSession::State::SignedIn);
    }

    void logoutRevokesAndForgets()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir.path());
        auto &session = core->platform();
        QVERIFY2(signIn(session, config(m_server)), qPrintable(session.stateMessage()));
        SecretStore &keychain = core->secrets();
        std::optional<SecretResult> stored;
        const QString key = session.keychainKey();
        keychain.read(key, this, [&](const SecretResult &r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        const TokenSet tokens = TokenSet::fromKeychainBlob(stored->secret.reveal().toUtf8());
        const OAuthEndpoints endpoints = session.endpoints();
        const int revocations = stats(m_server).value(QLatin1String("revocation")).toInt();
        std::optional<Error> out;
        session.logout(this, [&](const Error &e) { out = e; });
        QTRY_VERIFY(out.has_value());
        QVERIFY(!*out);
        QCOMPARE(session.state(), PlatformSession::State::SignedOut);
        QCOMPARE(stats(m_server).value(QLatin1String("revocation")).toInt(), revocations + 2);
        OAuthClient client(m_http);
        std::optional<OAuthError> after;
        client.refresh(endpoints, config(m_server), tokens, this,
                       [&](const TokenSet &, const OAuthError &e) { after = e; });
        QTRY_VERIFY(after.has_value());
        QCOMPARE(after->code, QStringLiteral("invalid_grant"));
        std::optional<SecretResult> gone;
        keychain.read(key, this, [&](const SecretResult &r) { gone = r; });
        QTRY_VERIFY(gone.has_value());
        QCOMPARE(gone->status, SecretResult::NotFound);
        QSettings settings(core->paths().settingsFile(), QSettings::IniFormat);
        QVERIFY(settings.value(QStringLiteral("platform/userSubject")).toString().isEmpty());
    }

    void lockedKeychainIsItsOwnState()
    {
        QTemporaryDir dir;
        CoreContext::Options o;
        o.paths.dataDir = dir.path();
        o.secretStore = std::make_unique<fakes::MemorySecretStore>();
        CoreContext core(std::move(o));
        QVERIFY(!core.open());
        auto &keychain = static_cast<fakes::MemorySecretStore &>(core.keychain());
        QVERIFY2(signIn(core.platform(), config(m_server)), qPrintable(core.platform().stateMessage()));
        // Locked (as after a screen lock): not "signed out", not "sign in again", and no token.
        keychain.setLocked(true);
        core.platform().retry();
        QTRY_COMPARE(core.platform().state(), PlatformSession::State::KeychainUnavailable);
        QVERIFY(!core.platform().stateMessage().isEmpty());
        Error error;
        QVERIFY(token(core.platform(), false, &error).isEmpty());
        QCOMPARE(error.kind, ErrorKind::Keychain);
        // Unlocked: retry picks the session up again.
        keychain.setLocked(false);
        core.platform().retry();
        QTRY_COMPARE(core.platform().state(), PlatformSession::State::SignedIn);
        QVERIFY(!token(core.platform()).isEmpty());
    }

    void abandonedBrowserTimesOut()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir.path());
        PkceLogin *login = core->platform().beginLogin(config(m_server), [](const QUrl &) {});
        login->setTimeout(300);
        QSignalSpy failed(login, &PkceLogin::failed);
        login->start();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<OAuthError>().code, QStringLiteral("timeout"));
        QCOMPARE(core->platform().state(), PlatformSession::State::SignedOut);
    }

    // Cancelling while discovery is in flight, then while the code exchange is: the login
    // ends at once, nothing answers into it later, and the browser never opens again.
    void cancelMidFlightEndsTheLoginForGood()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir.path());
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QUrl silentUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));

        // 1. Discovery hangs.
        PlatformConfig hanging;
        hanging.platformUrl = silentUrl;
        hanging.clientId = QStringLiteral("agentdesk-test");
        int opened = 0;
        QPointer<PkceLogin> login = core->platform().beginLogin(hanging, [&](const QUrl &) { ++opened; });
        login->start();
        QTRY_VERIFY(silent.hasPendingConnections());
        QCOMPARE(login->step(), PkceLogin::Step::Discovering);
        login->cancel();
        QCOMPARE(core->platform().state(), PlatformSession::State::SignedOut);
        QTRY_VERIFY(login.isNull()); // the session lets it go
        QTest::qWait(200);
        QCOMPARE(opened, 0);

        // 2. The browser comes back with a code; the exchange hangs.
        fakes::FakeHttpServer platform;
        QVERIFY(platform.start());
        platform.setHandler([&](const fakes::FakeRequest &req) {
            if (req.path.endsWith(QLatin1String("/openid-configuration"))) {
                QJsonObject doc;
                doc.insert(QStringLiteral("issuer"), platform.baseUrl().toString());
                doc.insert(QStringLiteral("authorization_endpoint"),
                           QString(platform.baseUrl().toString() + QStringLiteral("/authorize")));
                doc.insert(QStringLiteral("token_endpoint"), QString(silentUrl.toString() + QStringLiteral("/token")));
                return fakes::FakeResponse::json(200, QJsonDocument(doc).toJson());
            }
            if (req.path == QLatin1String("/authorize")) {
                QUrl back(req.query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
                back.setQuery(QStringLiteral("code=the-code&state=")
                              + req.query.queryItemValue(QStringLiteral("state")));
                fakes::FakeResponse r = fakes::FakeResponse::json(302, "{}");
                r.addHeader("Location", back.toEncoded());
                return r;
            }
            return fakes::FakeResponse::json(404, "{}");
        });
        PlatformConfig exchanging = hanging;
        exchanging.platformUrl = platform.baseUrl();
        login = core->platform().beginLogin(exchanging, [&](const QUrl &url) {
            ++opened;
            QTimer::singleShot(0, this, [this, url] { browse(url); });
        });
        login->start();
        QTRY_COMPARE_WITH_TIMEOUT(login->step(), PkceLogin::Step::ExchangingCode, 10000);
        login->cancel();
        QCOMPARE(core->platform().state(), PlatformSession::State::SignedOut);
        QTRY_VERIFY(login.isNull());
        QTest::qWait(300);
        QCOMPARE(opened, 1);
        QCOMPARE(core->platform().state(), PlatformSession::State::SignedOut);

        // 3. Destroying a login mid-flight (the window closes) is just as safe.
        login = core->platform().beginLogin(hanging, [&](const QUrl &) { ++opened; });
        login->start();
        QCOMPARE(login->step(), PkceLogin::Step::Discovering);
        delete login.data();
        QCOMPARE(core->platform().state(), PlatformSession::State::SignedOut);
        QTest::qWait(200);
        QCOMPARE(opened, 1);
    }

    void discoveryFallsBackToThePlatformDefaults()
    {
        fakes::FakeHttpServer nothing; // answers 404 to everything
        QVERIFY(nothing.start());
        OAuthClient client(m_http);
        std::optional<OAuthEndpoints> e;
        client.discover(nothing.baseUrl(), QUrl(QStringLiteral("https://platform.example")), this,
                        [&](const OAuthEndpoints &found, const OAuthError &) { e = found; });
        QTRY_VERIFY(e.has_value());
        QVERIFY(!e->discovered);
        QCOMPARE(e->authorization, QUrl(QStringLiteral("https://platform.example/app/auth/authorize")));
        QCOMPARE(e->token, QUrl(QStringLiteral("https://platform.example/app/auth/token")));
        QCOMPARE(nothing.countRequests("GET", QStringLiteral("/.well-known/")), 2);
    }

    // A read-only command never refreshes, even with the access token expired: it would
    // exit before the rotated refresh token is stored, and the sign-in would be lost.
    void readOnlyCommandsNeverRefresh()
    {
        OidcServerProcess shortLived;
        const QString why = shortLived.start({QStringLiteral("--access-ttl"), QStringLiteral("2")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTemporaryDir dir;
        cliLogin(dir.path(), shortLived);
        QTest::qWait(2500); // the access token has expired
        const int before = stats(shortLived).value(QLatin1String("refresh")).toInt();
        for (int i = 0; i < 2; ++i) {
            const auto status =
                runCtl(dir.path(), {QStringLiteral("platform"), QStringLiteral("status"), QStringLiteral("--json")});
            QCOMPARE(status.exitCode, 0);
            QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QLatin1String("state")).toString(),
                     QStringLiteral("signed_in"));
        }
        QCOMPARE(stats(shortLived).value(QLatin1String("refresh")).toInt(), before);
    }

    void cliLoginStatusLogoutAndNoTokenOnDisk()
    {
        QTemporaryDir dir;
        cliLogin(dir.path(), m_server);

        auto status =
            runCtl(dir.path(), {QStringLiteral("platform"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("signed_in"));
        QCOMPARE(o.value(QLatin1String("workspace")).toString(), QStringLiteral("w_1"));
        QCOMPARE(o.value(QLatin1String("user")).toObject().value(QLatin1String("email")).toString(),
                 QStringLiteral("ada@example.com"));

        // The tokens are in the keychain (the test suite's service, scoped to the data
        // directory's profile) and nowhere on disk.
        KeychainSecretStore keychain(defaultKeychainService());
        std::optional<SecretResult> stored;
        const QUrl issuer = m_server.issuer();
        Database db(AppPaths::resolve(dir.path()).databaseFile());
        QVERIFY(!db.open());
        keychain.read(db.profileId() + QStringLiteral("/platform/%1:%2/user-ada").arg(issuer.host()).arg(issuer.port()),
                      this, [&](const SecretResult &r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY2(stored->ok(), qPrintable(stored->message));
        const TokenSet tokens = TokenSet::fromKeychainBlob(stored->secret.reveal().toUtf8());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QVERIFY(!status.out.contains(tokens.accessToken.reveal().toUtf8()));
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(tokens.accessToken.reveal().toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!content.contains(tokens.refreshToken.reveal().toUtf8()), qPrintable(f.fileName()));
            ++scanned;
        }
        QVERIFY(scanned >= 3); // database, settings, log

        auto out = runCtl(dir.path(), {QStringLiteral("platform"), QStringLiteral("logout")});
        QCOMPARE(out.exitCode, 0);
        status = runCtl(dir.path(), {QStringLiteral("platform"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QLatin1String("state")).toString(),
                 QStringLiteral("signed_out"));
        auto usage = runCtl(dir.path(), {QStringLiteral("platform"), QStringLiteral("login"), QStringLiteral("--url"),
                                         QStringLiteral("nope")});
        QCOMPARE(usage.exitCode, 2);
    }

private:
    OidcServerProcess m_server;
    QNetworkAccessManager m_browser;
    QNetworkAccessManager m_nam;
    HttpClient m_http{&m_nam};
};

AGENTDESK_TEST_MAIN(TestOAuth)
#include "tst_oauth.moc"
