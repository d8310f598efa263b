// The embedded webhook listener: real CloudEvents from the npm `cloudevents` SDK in
// both modes (tests/webhook-sender, started here), 1,000 repeats of one delivery, and
// every kind of bad request — answered with the right status, with nothing stored.
#include "TestCore.h"
#include "TestMain.h"

#include "fakes/TestClock.h"
#include "storage/WorkerStore.h"
#include "webhook/WebhookReceiver.h"

#include <QNetworkReply>
#include <QSslKey>
#include <QTcpSocket>

using namespace agentdesk;
using namespace agentdesk::testing;

namespace {
const QString kKey = QStringLiteral("webhook-key-for-tests-0123456789");
}

class TestWebhook : public QObject
{
    Q_OBJECT

    QJsonObject sdkSend(const QString &mode, const QString &type, const QString &sessionId, const QString &eventId,
                        int count = 1, const QString &key = kKey)
    {
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(AGENTDESK_WEBHOOK_SENDER_DIR));
        node.start(QStringLiteral("node"), {QStringLiteral("send.js"), url().toString(), key, mode, type, sessionId,
                                            eventId, QString::number(count)});
        QElapsedTimer t;
        t.start();
        while (node.state() != QProcess::NotRunning && t.elapsed() < 60000)
            QTest::qWait(10);
        if (node.exitCode() != 0)
            qWarning() << node.readAllStandardError();
        return QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(m_receiver->port())); }

    int post(const QByteArray &contentType, const QByteArray &body, const QByteArray &key = kKey.toUtf8(),
             const QList<QPair<QByteArray, QByteArray>> &extra = {}, const QByteArray &method = "POST")
    {
        QNetworkRequest req(url());
        if (!contentType.isEmpty())
            req.setRawHeader("Content-Type", contentType);
        if (!key.isEmpty())
            req.setRawHeader("X-One-Webhook-Key", key);
        for (const auto &h : extra)
            req.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QElapsedTimer t;
        t.start();
        while (!reply->isFinished() && t.elapsed() < 10000)
            QTest::qWait(2);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    static QByteArray eventJson(const QString &id, const QString &type = QStringLiteral("agent.session_queued"))
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("specversion"), QStringLiteral("1.0")},
                                         {QStringLiteral("id"), id},
                                         {QStringLiteral("type"), type},
                                         {QStringLiteral("source"), QStringLiteral("/p")},
                                         {QStringLiteral("data"), QJsonObject{}}})
            .toJson(QJsonDocument::Compact);
    }

    QByteArray host() const { return "Host: 127.0.0.1:" + QByteArray::number(m_receiver->port()) + "\r\n"; }

    int raw(const QByteArray &bytes)
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        if (!s.waitForConnected(3000))
            return -1;
        s.write(bytes);
        QByteArray answer;
        QElapsedTimer t;
        t.start();
        while (!answer.contains("\r\n") && t.elapsed() < 5000) {
            QTest::qWait(5);
            answer += s.readAll();
        }
        return answer.split(' ').value(1).toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        CoreContext::Options o;
        o.paths.dataDir = m_dir->path();
        o.secretStore = std::make_unique<fakes::MemorySecretStore>();
        m_core = std::make_unique<CoreContext>(std::move(o));
        QVERIFY(!m_core->open());
        m_store = std::make_unique<WorkerStore>(m_core->database());
        m_receiver = std::make_unique<WebhookReceiver>(*m_store);
        m_receiver->setKey(Secret(kKey));
        HttpListenerLimits limits;
        limits.idleTimeoutMs = 2000;
        limits.requestDeadlineMs = 2000;
        m_receiver->setLimits(limits);
        QVERIFY(!m_receiver->listen(QHostAddress::LocalHost, 0));
        QCOMPARE(m_receiver->address(), QHostAddress(QHostAddress::LocalHost));
    }

    void cleanup()
    {
        m_receiver.reset();
        m_store.reset();
        m_core.reset();
    }

    void sdkDeliveriesInBothModes()
    {
        QSignalSpy queued(m_receiver.get(), &WebhookReceiver::sessionQueued);
        QSignalSpy changed(m_receiver.get(), &WebhookReceiver::sessionChanged);
        QJsonObject r = sdkSend(QStringLiteral("structured"), QStringLiteral("agent.session_queued"),
                                QStringLiteral("ses_9"), QStringLiteral("ev-s"));
        QCOMPARE(r.value(QLatin1String("statuses")).toObject().value(QLatin1String("202")).toInt(), 1);
        r = sdkSend(QStringLiteral("binary"), QStringLiteral("agent.session_cancelled"), QStringLiteral("ses_9"),
                    QStringLiteral("ev-b"));
        QCOMPARE(r.value(QLatin1String("statuses")).toObject().value(QLatin1String("202")).toInt(), 1);
        QVERIFY(r.value(QLatin1String("headers")).toArray().contains(QStringLiteral("ce-id"))); // really binary mode
        r = sdkSend(QStringLiteral("binary"), QStringLiteral("agent.session_input_received"), QStringLiteral("ses_9"),
                    QStringLiteral("ev-i"));
        QTRY_COMPARE(queued.count(), 1);
        QTRY_COMPARE(changed.count(), 2);
        QCOMPARE(queued.first().first().toString(), QStringLiteral("ses_9"));
        QCOMPARE(m_store->webhookEventCount().value, 3);
    }

    // With a certificate the listener speaks HTTPS only: a client that trusts the
    // certificate is served; plain HTTP on the same port gets no answer.
    void httpsWithAConfiguredCertificate()
    {
        QTemporaryDir tlsDir;
        const QString cert = tlsDir.filePath(QStringLiteral("cert.pem")),
                      key = tlsDir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        QFile certFile(cert), keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));

        WebhookReceiver https(*m_store);
        https.setKey(Secret(kKey));
        QVERIFY(!https.listen(QHostAddress::LocalHost, 0, tls));
        QSignalSpy queued(&https, &WebhookReceiver::sessionQueued);

        QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1/webhook").arg(https.port())));
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        client.setCaCertificates(chain); // trust exactly this certificate
        req.setSslConfiguration(client);
        req.setRawHeader("Content-Type", "application/cloudevents+json");
        req.setRawHeader("X-One-Webhook-Key", kKey.toUtf8());
        const QByteArray event =
            R"({"specversion":"1.0","id":"ev-tls","source":"/platform","type":"agent.session_queued",)"
            R"("data":{"sessionId":"ses_tls"}})";
        QNetworkReply *reply = m_nam.post(req, event);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        reply->deleteLater();
        QTRY_COMPARE(queued.count(), 1);

        // Plain HTTP to the HTTPS port: no HTTP answer, nothing recorded.
        QNetworkRequest plain(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(https.port())));
        plain.setRawHeader("Content-Type", "application/cloudevents+json");
        plain.setRawHeader("X-One-Webhook-Key", kKey.toUtf8());
        reply = m_nam.post(plain, QByteArray(event).replace("ev-tls", "ev-plain"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
        reply->deleteLater();
        QCOMPARE(m_store->webhookEventCount().value, 1);
    }

    void aThousandRepeatsAreOneAction()
    {
        QSignalSpy queued(m_receiver.get(), &WebhookReceiver::sessionQueued);
        const QJsonObject r = sdkSend(QStringLiteral("structured"), QStringLiteral("agent.session_queued"),
                                      QStringLiteral("ses_1"), QStringLiteral("ev-repeat"), 1000);
        const QJsonObject tally = r.value(QLatin1String("statuses")).toObject();
        QCOMPARE(tally.value(QLatin1String("202")).toInt(), 1);
        QCOMPARE(tally.value(QLatin1String("200")).toInt(), 999);
        QTest::qWait(50);
        QCOMPARE(queued.count(), 1);
        QCOMPARE(m_store->webhookEventCount().value, 1);
    }

    void badRequestsGetTheRightStatusAndStoreNothing()
    {
        QSignalSpy queued(m_receiver.get(), &WebhookReceiver::sessionQueued);
        const QByteArray event =
            R"({"specversion":"1.0","id":"ev-x","type":"agent.session_queued","source":"/p","data":{}})";
        QCOMPARE(post("application/cloudevents+json", event, "wrong-key"), 401);
        QCOMPARE(post("application/cloudevents+json", event, QByteArray()), 401);
        // The SDK with a wrong key too.
        QCOMPARE(sdkSend(QStringLiteral("binary"), QStringLiteral("agent.session_queued"), QStringLiteral("s"),
                         QStringLiteral("ev-k"), 1, QStringLiteral("nope"))
                     .value(QLatin1String("statuses"))
                     .toObject()
                     .value(QLatin1String("401"))
                     .toInt(),
                 1);
        QCOMPARE(post("application/cloudevents+json", "{not json"), 400);
        QCOMPARE(post("application/cloudevents+json", R"({"hello":"world"})"), 400); // JSON, not a CloudEvent
        QCOMPARE(post("text/plain", event), 415);
        QCOMPARE(post("text/plain", "x", kKey.toUtf8(),
                      {{"ce-specversion", "1.0"}, {"ce-id", "1"}, {"ce-type", "t"}, {"ce-source", "s"}}),
                 415);
        // Refused from the head alone, before the body is read.
        QCOMPARE(raw("POST /webhook HTTP/1.1\r\n" + host()
                     + "Content-Type: application/cloudevents+json\r\nContent-Length: 307200\r\n\r\n"),
                 413);
        QCOMPARE(post({}, {}, kKey.toUtf8(), {}, "HEAD"), 204);
        QCOMPARE(post({}, {}, kKey.toUtf8(), {}, "GET"), 204);
        QCOMPARE(post({}, {}, "bad", {}, "GET"), 401);
        QCOMPARE(raw("POST /webhook HTTP/1.1\r\nX: " + QByteArray(20000, 'a') + "\r\n\r\n"), 431);
        QCOMPARE(raw(QByteArray("\x16\x03\x01\x00\x05hello\r\n\r\n", 14)), 400);
        QCOMPARE(raw("POST /webhook HTTP/1.1\r\n" + host() + "Content-Length: abc\r\n\r\n"), 400);
        QTest::qWait(50);
        QCOMPARE(queued.count(), 0);
        QCOMPARE(m_store->webhookEventCount().value, 0);
        // The listener is still serving.
        QCOMPARE(post("application/cloudevents+json", event), 202);
        int rejected = 0;
        for (const WebhookDelivery &d : m_receiver->recentDeliveries())
            rejected += d.outcome == QLatin1String("rejected") ? 1 : 0;
        QVERIFY(rejected >= 10);
    }

    // Hundreds of platform connections at once, each delivering several events over one
    // kept-alive connection: every event is answered 2xx, none is refused for being busy.
    void manyConnectionsAreServedNotRefused_data()
    {
        QTest::addColumn<int>("connections");
        QTest::addColumn<int>("maxConnections");
        QTest::newRow("300 connections") << 300 << 1024;
        QTest::newRow("60 connections over 8 slots (back-pressure)") << 60 << 8;
    }

    void manyConnectionsAreServedNotRefused()
    {
        QFETCH(int, connections);
        QFETCH(int, maxConnections);
        HttpListenerLimits limits;
        limits.maxConnections = maxConnections;
        limits.idleTimeoutMs = 300; // kept-alive clients that stay give their slot back soon
        WebhookReceiver receiver(*m_store);
        receiver.setKey(Secret(kKey));
        receiver.setLimits(limits);
        QVERIFY(!receiver.listen(QHostAddress::LocalHost, 0));
        constexpr int kPerConnection = 3;
        QList<QTcpSocket *> sockets;
        QHash<QTcpSocket *, QByteArray> answers;
        for (int c = 0; c < connections; ++c) {
            auto *s = new QTcpSocket(this);
            sockets << s;
            connect(s, &QTcpSocket::readyRead, this, [s, &answers] { answers[s] += s->readAll(); });
            s->connectToHost(QHostAddress::LocalHost, receiver.port());
            QByteArray requests;
            for (int i = 0; i < kPerConnection; ++i) { // pipelined on one connection
                const QByteArray body = eventJson(QStringLiteral("burst-%1-%2").arg(c).arg(i),
                                                  QStringLiteral("com.agentdesk.perf.task.updated"));
                requests +=
                    "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/cloudevents+json\r\n"
                    "X-One-Webhook-Key: "
                    + kKey.toUtf8() + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            }
            s->write(requests);
        }
        auto answered = [&] {
            int n = 0;
            for (QTcpSocket *s : std::as_const(sockets))
                n += int(answers.value(s).count("HTTP/1.1 202"));
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(answered(), connections * kPerConnection, 30000);
        for (QTcpSocket *s : std::as_const(sockets)) {
            QVERIFY(!answers.value(s).contains("HTTP/1.1 503"));
            s->disconnectFromHost();
        }
        QCOMPARE(m_store->webhookEventCount().value, connections * kPerConnection);
        QTRY_COMPARE(receiver.openConnections(), 0); // nothing left behind
        qDeleteAll(sockets);
    }

    // Slow clients cannot lock out the platform: each must send its whole request within
    // the deadline, and meanwhile real deliveries go through.
    void slowClientsDoNotLockOutDeliveries()
    {
        HttpListenerLimits limits;
        limits.maxConnections = 64;
        limits.requestDeadlineMs = 1500;
        WebhookReceiver receiver(*m_store);
        receiver.setKey(Secret(kKey));
        receiver.setLimits(limits);
        QVERIFY(!receiver.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> slow;
        QTimer drip;
        for (int i = 0; i < 64; ++i) {
            auto *s = new QTcpSocket(this);
            s->connectToHost(QHostAddress::LocalHost, receiver.port());
            slow << s;
        }
        int sent = 0;
        const QByteArray head = "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ";
        connect(&drip, &QTimer::timeout, this, [&] {
            for (QTcpSocket *s : std::as_const(slow))
                if (s->state() == QAbstractSocket::ConnectedState)
                    s->write(head.mid(sent % head.size(), 1)); // one byte at a time, forever
            ++sent;
        });
        drip.start(100);
        QTest::qWait(300);
        QElapsedTimer t;
        t.start();
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(receiver.port())));
        req.setRawHeader("Content-Type", "application/cloudevents+json");
        req.setRawHeader("X-One-Webhook-Key", kKey.toUtf8());
        QNetworkReply *reply = m_nam.post(req, eventJson(QStringLiteral("ev-real")));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        reply->deleteLater();
        // The drippers are cut off at the deadline with 408.
        auto open = [&] {
            int n = 0;
            for (QTcpSocket *s : std::as_const(slow))
                n += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(open(), 0, 10000);
        QVERIFY(slow.first()->readAll().startsWith("HTTP/1.1 408"));
        drip.stop();
        qDeleteAll(slow);
    }

    void framingAndConnectionEdgeCases()
    {
        const QByteArray event = eventJson(QStringLiteral("ev-chunk"));
        const QByteArray common = "POST /webhook HTTP/1.1\r\n" + host()
                                  + "Content-Type: application/cloudevents+json\r\n"
                                    "X-One-Webhook-Key: "
                                  + kKey.toUtf8() + "\r\n";
        // A chunked body is read (in pieces) ...
        const QByteArray half = event.left(20), rest = event.mid(20);
        QCOMPARE(raw(common + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(half.size(), 16) + "\r\n" + half
                     + "\r\n" + QByteArray::number(rest.size(), 16) + "\r\n" + rest + "\r\n0\r\n\r\n"),
                 202);
        // ... and one larger than the limit is refused with 413 while it streams in.
        QByteArray big = common + "Transfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 300; ++i)
            big += "400\r\n" + QByteArray(1024, 'x') + "\r\n";
        QCOMPARE(raw(big), 413);
        // Both framings at once (request smuggling) and an unknown coding.
        QCOMPARE(raw(common + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n"), 400);
        QCOMPARE(raw(common + "Transfer-Encoding: gzip\r\n\r\n"), 501);
        // More header fields than allowed.
        QByteArray many = common;
        for (int i = 0; i < 120; ++i)
            many += "X-H" + QByteArray::number(i) + ": v\r\n";
        QCOMPARE(raw(many + "\r\n"), 431);

        // HTTP/1.0 (and Connection: close) is answered and closed at once, not held open.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(s.waitForConnected(3000));
        const QByteArray ev10 = QByteArray(event).replace("ev-chunk", "ev-10");
        s.write("POST /webhook HTTP/1.0\r\nContent-Type: application/cloudevents+json\r\nX-One-Webhook-Key: "
                + kKey.toUtf8() + "\r\nContent-Length: " + QByteArray::number(ev10.size()) + "\r\n\r\n" + ev10);
        QElapsedTimer t;
        t.start();
        QByteArray answer;
        while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
            QTest::qWait(5);
            answer += s.readAll();
        }
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(answer.startsWith("HTTP/1.1 202"));
        QVERIFY(answer.contains("Connection: close"));
        QTRY_COMPARE(m_receiver->openConnections(), 0);
    }

    // Without a key, a browser page pointing another name at the port (DNS rebinding)
    // is refused; the address itself works. With a key, the key decides.
    void withoutAKeyOnlyTheBoundAddressIsServed()
    {
        WebhookReceiver open(*m_store);
        QVERIFY(!open.listen(QHostAddress::LocalHost, 0));
        const QByteArray event = eventJson(QStringLiteral("ev-host"));
        auto send = [&](const QByteArray &hostHeader) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, open.port());
            if (!s.waitForConnected(3000))
                return -1;
            s.write("POST /webhook HTTP/1.1\r\nHost: " + hostHeader
                    + "\r\nOrigin: http://evil.example\r\n"
                      "Content-Type: application/cloudevents+json\r\nContent-Length: "
                    + QByteArray::number(event.size()) + "\r\n\r\n" + event);
            QByteArray answer;
            QElapsedTimer t;
            t.start();
            while (!answer.contains("\r\n") && t.elapsed() < 5000) {
                QTest::qWait(5);
                answer += s.readAll();
            }
            return answer.split(' ').value(1).toInt();
        };
        QCOMPARE(send("evil.example:" + QByteArray::number(open.port())), 421);
        QCOMPARE(m_store->webhookEventCount().value, 0);
        QCOMPARE(send("127.0.0.1:" + QByteArray::number(open.port())), 202);
    }

    // Remembered event ids do not pile up forever: older than the retention, they go.
    void oldEventIdsArePruned()
    {
        fakes::TestClock clock(QDateTime::currentDateTimeUtc());
        WorkerStore store(m_core->database(), clock);
        QVERIFY(store
                    .recordWebhookEvents({{QStringLiteral("old-1"), QStringLiteral("t"), {}},
                                          {QStringLiteral("old-2"), QStringLiteral("t"), {}}})
                    .ok());
        clock.advance(8LL * 24 * 3600 * 1000);
        QVERIFY(store.recordWebhookEvents({{QStringLiteral("new-1"), QStringLiteral("t"), {}}}).ok());
        WebhookReceiver receiver(store, clock);
        receiver.setKey(Secret(kKey));
        QVERIFY(!receiver.listen(QHostAddress::LocalHost, 0)); // prunes at start, then hourly
        QCOMPARE(store.webhookEventCount().value, 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreContext> m_core;
    std::unique_ptr<WorkerStore> m_store;
    std::unique_ptr<WebhookReceiver> m_receiver;
    QNetworkAccessManager m_nam;
};

AGENTDESK_TEST_MAIN(TestWebhook)
#include "tst_webhook.moc"
