#include "TestMain.h"

#include "fakes/FakeHttpServer.h"
#include "net/HttpClient.h"
#include "net/RequestBudget.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>

using namespace agentdesk;
using namespace agentdesk::fakes;

class TestHttpClient : public QObject
{
    Q_OBJECT

    HttpResponse run(HttpClient &client, const HttpRequest &req)
    {
        HttpResponse out;
        bool done = false;
        client.send(req, this, [&](const HttpResponse &r) {
            out = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return out;
    }

    HttpRequest get(const QString &path)
    {
        HttpRequest r;
        r.url = m_server.baseUrl().resolved(QUrl(path));
        r.what = QStringLiteral("Test call");
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        RetryPolicy fast;
        fast.baseDelayMs = 10;
        fast.timeoutMs = 2000;
        m_client.setRetryPolicy(fast);
    }

    void init()
    {
        m_server.clearRequests();
        m_script.clear();
        m_server.setHandler([this](const FakeRequest &) {
            return m_script.isEmpty() ? FakeResponse::json(200, R"({"ok":true})") : m_script.takeFirst();
        });
    }

    void retriesServerErrors()
    {
        m_script = {FakeResponse::json(503, "{}"), FakeResponse::json(502, "{}")};
        const HttpResponse r = run(m_client, get(QStringLiteral("/x")));
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.json().value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(m_server.requests().size(), 3);
    }

    void givesUpAfterMaxAttempts()
    {
        for (int i = 0; i < 10; ++i)
            m_script << FakeResponse::json(500, R"({"error":{"code":500,"message":"boom","status":"INTERNAL"}})");
        const HttpResponse r = run(m_client, get(QStringLiteral("/x")));
        QCOMPARE(r.error.kind, HttpErrorKind::Server);
        QCOMPARE(r.attempts, m_client.retryPolicy().maxAttempts);
        QVERIFY(r.error.message.contains(QStringLiteral("boom")));
        QVERIFY(r.error.message.contains(QStringLiteral("Test call")));
        QVERIFY(r.error.message.contains(QStringLiteral("4 attempt")));
    }

    void honoursRetryAfter()
    {
        FakeResponse limited = FakeResponse::json(429, R"({"error":{"code":429,"message":"slow down"}})");
        limited.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        m_script = {limited};
        QElapsedTimer timer;
        timer.start();
        const HttpResponse r = run(m_client, get(QStringLiteral("/x")));
        QVERIFY(r.ok());
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.attempts, 2);
    }

    void postIsNotRepeatedAfterServerError()
    {
        m_script = {FakeResponse::json(500, "{}")};
        HttpRequest r = get(QStringLiteral("/create"));
        r.method = "POST";
        r.idempotent = false;
        const HttpResponse resp = run(m_client, r);
        QCOMPARE(resp.error.kind, HttpErrorKind::Server);
        QCOMPARE(resp.attempts, 1);
        // 503 and 429 mean "not processed": those are repeated even for a create.
        m_script = {FakeResponse::json(503, "{}"), FakeResponse::json(429, "{}")};
        QVERIFY(run(m_client, r).ok());
    }

    void transientNotFound()
    {
        m_script = {FakeResponse::json(404, "{}"), FakeResponse::json(404, "{}")};
        HttpRequest r = get(QStringLiteral("/fresh"));
        r.notFoundRetries = 2;
        QVERIFY(run(m_client, r).ok());
        m_script = {FakeResponse::json(404, R"({"error":{"code":404,"message":"gone","status":"NOT_FOUND"}})")};
        const HttpResponse plain = run(m_client, get(QStringLiteral("/old")));
        QCOMPARE(plain.error.kind, HttpErrorKind::NotFound);
        QCOMPARE(plain.error.code, QStringLiteral("NOT_FOUND"));
        QCOMPARE(plain.attempts, 1);
    }

    void authFailureIsClear()
    {
        m_script = {FakeResponse::json(
            403, R"({"error":{"code":403,"message":"API key not valid","status":"PERMISSION_DENIED"}})")};
        const HttpResponse r = run(m_client, get(QStringLiteral("/x")));
        QCOMPARE(r.error.kind, HttpErrorKind::Auth);
        QVERIFY(r.error.message.contains(QStringLiteral("API key not valid")));
        QCOMPARE(r.attempts, 1);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        HttpRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port));
        r.what = QStringLiteral("Test call");
        const HttpResponse resp = run(m_client, r);
        QCOMPARE(resp.error.kind, HttpErrorKind::Network);
        QVERIFY(resp.error.message.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(resp.attempts, m_client.retryPolicy().maxAttempts);
    }

    void timeout()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        RetryPolicy p = m_client.retryPolicy();
        p.timeoutMs = 300;
        p.maxAttempts = 2;
        HttpClient client(&m_nam);
        client.setRetryPolicy(p);
        HttpRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(silent.serverPort()));
        r.what = QStringLiteral("Slow call");
        const HttpResponse resp = run(client, r);
        QCOMPARE(resp.error.kind, HttpErrorKind::Timeout);
        QCOMPARE(resp.attempts, 2);
        QVERIFY(resp.error.message.contains(QStringLiteral("did not answer")));
    }

    void noCallbackAfterClientIsGone()
    {
        bool called = false;
        {
            HttpClient shortLived(&m_nam);
            shortLived.send(get(QStringLiteral("/x")), this, [&](const HttpResponse &) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
    }

    void noCallbackAfterContextIsGoneAndTheRequestIsAborted()
    {
        // A server that never answers: the call stays in flight until its context goes.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        bool called = false;
        auto *context = new QObject;
        HttpRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(silent.serverPort()));
        r.what = QStringLiteral("Test call");
        m_client.send(r, context, [&](const HttpResponse &) { called = true; });
        QTRY_COMPARE(m_client.callsInFlight(), 1);
        QTRY_VERIFY(silent.hasPendingConnections());
        delete context;
        QTRY_COMPARE(m_client.callsInFlight(), 0);
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void sameOriginRedirectIsFollowed()
    {
        FakeResponse moved = FakeResponse::json(302, "{}");
        moved.addHeader("Location", "/moved-here");
        m_script = {moved};
        HttpRequest r = get(QStringLiteral("/x"));
        r.setHeader("Authorization", "Bearer secret-token");
        const HttpResponse resp = run(m_client, r);
        QVERIFY2(resp.ok(), qPrintable(resp.error.message));
        QCOMPARE(m_server.requests().size(), 2);
        QCOMPARE(m_server.requests().last().path, QStringLiteral("/moved-here"));
    }

    void crossOriginRedirectIsRefusedAndCarriesNoCredentials()
    {
        FakeHttpServer elsewhere; // another port is another origin
        QVERIFY(elsewhere.start());
        elsewhere.setHandler([](const FakeRequest &) { return FakeResponse::json(200, "{}"); });
        FakeResponse moved = FakeResponse::json(307, "{}");
        moved.addHeader("Location", elsewhere.baseUrl().resolved(QUrl(QStringLiteral("/steal"))).toEncoded());
        m_script = {moved};
        HttpRequest r = get(QStringLiteral("/x"));
        r.setHeader("Authorization", "Bearer secret-token");
        const HttpResponse resp = run(m_client, r);
        QCOMPARE(resp.error.kind, HttpErrorKind::Refused);
        QVERIFY2(resp.error.message.contains(QLatin1String("another host")), qPrintable(resp.error.message));
        QTest::qWait(100);
        QVERIFY(elsewhere.requests().isEmpty());
        QCOMPARE(resp.attempts, 1);
    }

    void drippingServerHitsTheDeadline()
    {
        // One byte every 100 ms never trips the inactivity timeout; the deadline ends it.
        m_server.setHandler([](const FakeRequest &) {
            FakeResponse r;
            r.addHeader("Content-Type", "application/json");
            r.stream = [](QTcpSocket *socket) {
                auto *drip = new QTimer(socket);
                QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
                drip->start(100);
            };
            return r;
        });
        HttpRequest r = get(QStringLiteral("/slow"));
        r.deadlineMs = 800;
        r.timeoutMs = 400;
        QElapsedTimer timer;
        timer.start();
        const HttpResponse resp = run(m_client, r);
        QCOMPARE(resp.error.kind, HttpErrorKind::Timeout);
        QVERIFY2(resp.error.message.contains(QLatin1String("did not finish answering")),
                 qPrintable(resp.error.message));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void oversizedAnswerIsCutOff()
    {
        RetryPolicy small = m_client.retryPolicy();
        small.maxResponseBytes = 64 * 1024;
        HttpClient client(&m_nam);
        client.setRetryPolicy(small);
        // Announced too large: refused from the headers.
        m_script = {FakeResponse::json(200, "[" + QByteArray(100 * 1024, '1') + "]")};
        HttpResponse resp = run(client, get(QStringLiteral("/big")));
        QCOMPARE(resp.error.kind, HttpErrorKind::BadResponse);
        QVERIFY2(resp.error.message.contains(QLatin1String("larger than")), qPrintable(resp.error.message));
        // Not announced (a stream without a length): cut off while reading.
        m_server.setHandler([](const FakeRequest &) {
            FakeResponse r;
            r.addHeader("Content-Type", "application/json");
            r.stream = [](QTcpSocket *socket) {
                auto *flood = new QTimer(socket);
                QObject::connect(flood, &QTimer::timeout, socket,
                                 [socket] { socket->write(QByteArray(16 * 1024, ' ')); });
                flood->start(1);
            };
            return r;
        });
        resp = run(client, get(QStringLiteral("/flood")));
        QCOMPARE(resp.error.kind, HttpErrorKind::BadResponse);
        QVERIFY(resp.body.size() <= 64 * 1024 + 256 * 1024);
    }

    void successWithoutJsonIsAnError()
    {
        FakeResponse html;
        html.status = 200;
        html.addHeader("Content-Type", "text/html");
        html.body = "<html><body>Sign in to continue</body></html>";
        m_script = {html};
        HttpResponse resp = run(m_client, get(QStringLiteral("/portal")));
        QCOMPARE(resp.error.kind, HttpErrorKind::BadResponse);
        QVERIFY2(resp.error.message.contains(QLatin1String("HTML")), qPrintable(resp.error.message));

        m_script = {FakeResponse::json(200, "")};
        resp = run(m_client, get(QStringLiteral("/empty")));
        QCOMPARE(resp.error.kind, HttpErrorKind::BadResponse);
        QVERIFY(resp.error.message.contains(QLatin1String("empty body")));

        // An action that answers nothing says so and is fine.
        m_script = {FakeResponse::json(204, "")};
        HttpRequest action = get(QStringLiteral("/action"));
        action.allowEmptyBody = true;
        QVERIFY(run(m_client, action).ok());
    }

    void truncatedAnswerIsANetworkError()
    {
        m_server.setHandler([](const FakeRequest &) {
            FakeResponse r;
            r.addHeader("Content-Type", "application/json");
            r.addHeader("Content-Length", "100");
            r.stream = [](QTcpSocket *socket) {
                socket->write(R"({"tasks":[)");
                socket->flush();
                QTimer::singleShot(50, socket, [socket] { socket->disconnectFromHost(); });
            };
            return r;
        });
        HttpRequest r = get(QStringLiteral("/cut"));
        r.maxAttempts = 1;
        const HttpResponse resp = run(m_client, r);
        QVERIFY(resp.error.isError());
        QVERIFY2(resp.error.kind == HttpErrorKind::Network || resp.error.kind == HttpErrorKind::BadResponse,
                 qPrintable(resp.error.message));
    }

    void hugeRetryAfterDoesNotOverflow()
    {
        FakeResponse limited = FakeResponse::json(429, "{}");
        limited.addHeader("Retry-After", "99999999999999");
        m_script = {limited};
        const HttpResponse resp = run(m_client, get(QStringLiteral("/x")));
        QCOMPARE(resp.error.kind, HttpErrorKind::RateLimited);
        QCOMPARE(resp.attempts, 1);
        QVERIFY2(resp.error.message.contains(QLatin1String("gives up")), qPrintable(resp.error.message));
    }

    // Background work (nobody waits for it) keeps the account's steady pace.
    void backgroundRequestsArePacedPerAccount()
    {
        RequestBudget budget;
        budget.setDefaultLimit({600, 2}); // 10 a second, bursts of 2
        HttpClient client(&m_nam);
        client.setBudget(&budget);
        QElapsedTimer timer;
        timer.start();
        int answered = 0;
        for (int i = 0; i < 6; ++i) {
            HttpRequest r = get(QStringLiteral("/paced"));
            r.budgetKey = QStringLiteral("jules/work");
            r.priority = RequestPriority::Background;
            client.send(r, this, [&](const HttpResponse &resp) { answered += resp.ok() ? 1 : 0; });
        }
        QCOMPARE(budget.sentCount(QStringLiteral("jules/work")), 2);
        QCOMPARE(budget.waitingCount(QStringLiteral("jules/work")), 4);
        // Another account is not held up by this one's queue.
        HttpRequest other = get(QStringLiteral("/other"));
        other.budgetKey = QStringLiteral("devin/ops");
        other.priority = RequestPriority::Background;
        QVERIFY(run(client, other).ok());
        QTRY_COMPARE_WITH_TIMEOUT(answered, 6, 5000);
        QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed()))); // 4 more at 10/s
        QCOMPARE(budget.sentCount(QStringLiteral("jules/work")), 6);
    }

    // Work the operator waits for is held only by the window of requests in flight, never
    // by the background pace, and goes before queued background work.
    void foregroundRequestsGoFirstAndOnlyWaitForTheWindow()
    {
        RequestBudget budget;
        budget.setDefaultLimit({1, 1, 2, 2}); // one background request a minute; two in flight
        HttpClient client(&m_nam);
        client.setBudget(&budget);
        const QString key = QStringLiteral("jules/work");
        int answered = 0;
        int mostInFlight = 0;
        auto send = [&](const QString &path, RequestPriority priority) {
            HttpRequest r = get(path);
            r.budgetKey = key;
            r.priority = priority;
            client.send(r, this, [&](const HttpResponse &resp) {
                mostInFlight = std::max(mostInFlight, budget.inFlight(key));
                answered += resp.ok() ? 1 : 0;
            });
        };
        m_server.clearRequests();
        send(QStringLiteral("/background-1"), RequestPriority::Background); // the one token
        send(QStringLiteral("/background-2"), RequestPriority::Background); // waits a minute
        for (int i = 0; i < 8; ++i)
            send(QStringLiteral("/foreground"), RequestPriority::Foreground);
        QCOMPARE(budget.inFlight(key), 2);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 9, 10000); // every foreground one, with no pace
        QVERIFY2(mostInFlight <= 2, qPrintable(QString::number(mostInFlight)));
        QCOMPARE(budget.waitingCount(key), 1); // the second background one still waits
        QCOMPARE(m_server.countRequests("GET", QStringLiteral("/background-2")), 0);
    }

    // The window is learnt from the provider: halved by a 429, by repeated 5xx; grown
    // by one for about every window of good answers, up to the limit.
    void theWindowShrinksOnTroubleAndGrowsBack()
    {
        RequestBudget budget;
        budget.setDefaultLimit({600, 20, 8, 16});
        HttpClient client(&m_nam);
        client.setBudget(&budget);
        const QString key = QStringLiteral("cursor/main");
        HttpRequest r = get(QStringLiteral("/x"));
        r.budgetKey = key;
        r.maxAttempts = 1;
        QCOMPARE(budget.window(key), 8.0);
        FakeResponse limited = FakeResponse::json(429, "{}");
        limited.addHeader("Retry-After", "0");
        m_script = {limited};
        QCOMPARE(run(client, r).error.kind, HttpErrorKind::RateLimited);
        QCOMPARE(budget.window(key), 4.0);
        m_script = {FakeResponse::json(500, "{}")};
        run(client, r);
        QCOMPARE(budget.window(key), 4.0); // one server error may be chance
        m_script = {FakeResponse::json(502, "{}")};
        run(client, r);
        QCOMPARE(budget.window(key), 2.0); // two in a row are not
        // Good answers, many at once (as a sync sends them): the window grows to its limit.
        int answered = 0;
        for (int i = 0; i < 200; ++i)
            client.send(r, this, [&](const HttpResponse &resp) { answered += resp.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 200, 15000);
        QCOMPARE(budget.window(key), 16.0);
    }

    // The window and its worker thread share one budget: an account's window holds the
    // requests of both threads together.
    void oneBudgetServesTwoThreads()
    {
        RequestBudget budget;
        budget.setDefaultLimit({600, 20, 2, 2}); // two in flight, whatever comes back
        const QString key = QStringLiteral("jules/shared");
        HttpClient here(&m_nam);
        here.setBudget(&budget);
        QThread thread;
        auto *nam = new QNetworkAccessManager;
        auto *there = new HttpClient(nam);
        there->setBudget(&budget);
        nam->moveToThread(&thread);
        there->moveToThread(&thread);
        thread.start();
        std::atomic<int> answered{0};
        HttpRequest r = get(QStringLiteral("/shared"));
        r.budgetKey = key;
        m_server.delayNext(8, 200, "GET", QStringLiteral("/shared"));
        QElapsedTimer timer;
        timer.start();
        QMetaObject::invokeMethod(there, [there, r, &answered] {
            for (int i = 0; i < 4; ++i)
                there->send(r, there, [&answered](const HttpResponse &resp) { answered += resp.ok() ? 1 : 0; });
        });
        for (int i = 0; i < 4; ++i)
            here.send(r, this, [&answered](const HttpResponse &resp) { answered += resp.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(answered.load(), 8, 15000);
        // Eight answers that each take 200 ms, two at a time: at least four rounds. Two
        // budgets (one per thread) would have let four go at once.
        QVERIFY2(timer.elapsed() >= 750, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(budget.sentCount(key), 8);
        QCOMPARE(budget.inFlight(key), 0);
        QMetaObject::invokeMethod(
            there,
            [there, nam] {
                delete there;
                delete nam;
            },
            Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }

    void budgetClosesOnRateLimitAnswers()
    {
        RequestBudget budget;
        HttpClient client(&m_nam);
        client.setBudget(&budget);
        // 429 with Retry-After: every request of that account waits, not just the one.
        FakeResponse limited = FakeResponse::json(429, "{}");
        limited.addHeader("Retry-After", "1");
        m_script = {limited};
        HttpRequest r = get(QStringLiteral("/x"));
        r.budgetKey = QStringLiteral("cursor/main");
        r.maxAttempts = 1;
        QCOMPARE(run(client, r).error.kind, HttpErrorKind::RateLimited);
        QVERIFY(budget.blockedUntil(QStringLiteral("cursor/main")).isValid());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(run(client, r).ok());
        QVERIFY2(timer.elapsed() >= 800, qPrintable(QString::number(timer.elapsed())));

        // Rate-limit headers that say nothing is left close it until the reset.
        FakeResponse spent = FakeResponse::json(200, "{}");
        spent.addHeader("x-ratelimit-remaining", "0");
        spent.addHeader("x-ratelimit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 2));
        m_script = {spent};
        r.budgetKey = QStringLiteral("copilot/gh");
        QVERIFY(run(client, r).ok());
        const QDateTime until = budget.blockedUntil(QStringLiteral("copilot/gh"));
        QVERIFY(until.isValid());
        QVERIFY(until > QDateTime::currentDateTimeUtc().addMSecs(500));
        QVERIFY(!budget.blockedUntil(QStringLiteral("cursor/other")).isValid());
    }

    void budgetForgetsRequestsWhoseCallerIsGone()
    {
        RequestBudget budget;
        budget.setDefaultLimit({60, 1});
        HttpClient client(&m_nam);
        client.setBudget(&budget);
        HttpRequest r = get(QStringLiteral("/x"));
        r.budgetKey = QStringLiteral("jules/work");
        r.priority = RequestPriority::Background;
        QVERIFY(run(client, r).ok()); // the only token
        bool called = false;
        {
            QObject context;
            client.send(r, &context, [&](const HttpResponse &) { called = true; });
            QCOMPARE(budget.waitingCount(QStringLiteral("jules/work")), 1);
        }
        QTRY_COMPARE(client.callsInFlight(), 0);
        // The token comes back and the budget lets the waiter go; nothing is sent for a
        // caller that left.
        QTRY_COMPARE_WITH_TIMEOUT(budget.waitingCount(QStringLiteral("jules/work")), 0, 5000);
        QVERIFY(!called);
        QCOMPARE(budget.sentCount(QStringLiteral("jules/work")), 1);
    }

private:
    FakeHttpServer m_server;
    QNetworkAccessManager m_nam;
    HttpClient m_client{&m_nam};
    QList<FakeResponse> m_script;
};

AGENTDESK_TEST_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
