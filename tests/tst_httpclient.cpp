#include "fakes/FakeHttpServer.h"
#include "net/HttpClient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::fakes;

class TestHttpClient : public QObject
{
    Q_OBJECT

    HttpResponse run(HttpClient &client, const HttpRequest &req)
    {
        HttpResponse out;
        bool done = false;
        client.send(req, [&](const HttpResponse &r) {
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
        m_script = {FakeResponse::json(403, R"({"error":{"code":403,"message":"API key not valid","status":"PERMISSION_DENIED"}})")};
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
        QTcpServer silent;   // accepts and never answers
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
            shortLived.send(get(QStringLiteral("/x")), [&](const HttpResponse &) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
    }

private:
    FakeHttpServer m_server;
    QNetworkAccessManager m_nam;
    HttpClient m_client{&m_nam};
    QList<FakeResponse> m_script;
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
