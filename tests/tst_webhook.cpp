// The embedded webhook listener: real CloudEvents from the npm `cloudevents` SDK in
// both modes (tests/webhook-sender, started here), 1,000 repeats of one delivery, and
// every kind of bad request — answered with the right status, with nothing stored.
#include "TestCore.h"

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
        node.start(QStringLiteral("node"), {QStringLiteral("send.js"), url().toString(), key, mode, type, sessionId, eventId,
                                            QString::number(count)});
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
        ConnectionLimits limits;
        limits.idleTimeoutMs = 2000;
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
        QJsonObject r = sdkSend(QStringLiteral("structured"), QStringLiteral("agent.session_queued"), QStringLiteral("ses_9"), QStringLiteral("ev-s"));
        QCOMPARE(r.value(QLatin1String("statuses")).toObject().value(QLatin1String("202")).toInt(), 1);
        r = sdkSend(QStringLiteral("binary"), QStringLiteral("agent.session_cancelled"), QStringLiteral("ses_9"), QStringLiteral("ev-b"));
        QCOMPARE(r.value(QLatin1String("statuses")).toObject().value(QLatin1String("202")).toInt(), 1);
        QVERIFY(r.value(QLatin1String("headers")).toArray().contains(QStringLiteral("ce-id")));   // really binary mode
        r = sdkSend(QStringLiteral("binary"), QStringLiteral("agent.session_input_received"), QStringLiteral("ses_9"), QStringLiteral("ev-i"));
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
        const QString cert = tlsDir.filePath(QStringLiteral("cert.pem")), key = tlsDir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
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
        client.setCaCertificates(chain);   // trust exactly this certificate
        req.setSslConfiguration(client);
        req.setRawHeader("Content-Type", "application/cloudevents+json");
        req.setRawHeader("X-One-Webhook-Key", kKey.toUtf8());
        const QByteArray event = R"({"specversion":"1.0","id":"ev-tls","source":"/platform","type":"agent.session_queued",)"
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
        const QJsonObject r = sdkSend(QStringLiteral("structured"), QStringLiteral("agent.session_queued"), QStringLiteral("ses_1"),
                                      QStringLiteral("ev-repeat"), 1000);
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
        const QByteArray event = R"({"specversion":"1.0","id":"ev-x","type":"agent.session_queued","source":"/p","data":{}})";
        QCOMPARE(post("application/cloudevents+json", event, "wrong-key"), 401);
        QCOMPARE(post("application/cloudevents+json", event, QByteArray()), 401);
        // The SDK with a wrong key too.
        QCOMPARE(sdkSend(QStringLiteral("binary"), QStringLiteral("agent.session_queued"), QStringLiteral("s"), QStringLiteral("ev-k"), 1,
                         QStringLiteral("nope")).value(QLatin1String("statuses")).toObject().value(QLatin1String("401")).toInt(), 1);
        QCOMPARE(post("application/cloudevents+json", "{not json"), 400);
        QCOMPARE(post("application/cloudevents+json", R"({"hello":"world"})"), 400);   // JSON, not a CloudEvent
        QCOMPARE(post("text/plain", event), 415);
        QCOMPARE(post("text/plain", "x", kKey.toUtf8(), {{"ce-specversion", "1.0"}, {"ce-id", "1"}, {"ce-type", "t"}, {"ce-source", "s"}}), 415);
        // Refused from the head alone, before the body is read.
        QCOMPARE(raw("POST /webhook HTTP/1.1\r\nContent-Type: application/cloudevents+json\r\nContent-Length: 307200\r\n\r\n"), 413);
        QCOMPARE(post({}, {}, kKey.toUtf8(), {}, "HEAD"), 204);
        QCOMPARE(post({}, {}, kKey.toUtf8(), {}, "GET"), 204);
        QCOMPARE(post({}, {}, "bad", {}, "GET"), 401);
        QCOMPARE(raw("POST /webhook HTTP/1.1\r\nX: " + QByteArray(20000, 'a') + "\r\n\r\n"), 431);
        QCOMPARE(raw(QByteArray("\x16\x03\x01\x00\x05hello\r\n\r\n", 14)), 400);
        QCOMPARE(raw("POST /webhook HTTP/1.1\r\nContent-Length: abc\r\n\r\n"), 400);
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

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreContext> m_core;
    std::unique_ptr<WorkerStore> m_store;
    std::unique_ptr<WebhookReceiver> m_receiver;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestWebhook)
#include "tst_webhook.moc"
