// The worker's live feed over real loopback WebSockets: the token file, the hello,
// live status and events, the stop request, and the clients it must refuse.
#include "TestMain.h"
#include "worker/WorkerFeed.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace agentdesk;

namespace {

// A worker as the feed sees it: only the WorkerMonitor interface, driven by the test.
class ScriptedMonitor : public WorkerMonitor
{
public:
    bool isLocal() const override { return true; }
    void stop(bool handBack) override { stops << handBack; }
    void set(Worker::State state, const QString &workerId)
    {
        WorkerStatus s = status();
        s.state = state;
        s.workerId = workerId;
        s.pid = QCoreApplication::applicationPid();
        setStatus(s);
    }
    void log(const QString &kind, const QString &text)
    {
        logEvent({QDateTime::currentDateTimeUtc(), kind, QStringLiteral("ses_1"), text});
    }
    void deliver(const QString &outcome, int more = 0)
    {
        logDeliveries({{QDateTime::currentDateTimeUtc(), QStringLiteral("evt"), {}, {}, outcome, 202, {}}}, more);
    }
    QList<bool> stops;
};

} // namespace

class TestWorkerFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followerSeesStatusEventsAndCanStop()
    {
        QTemporaryDir dir;
        const AppPaths paths{dir.path()};
        ScriptedMonitor monitor;
        monitor.set(Worker::State::Running, QStringLiteral("wrk_1"));
        monitor.log(QStringLiteral("claimed"), QStringLiteral("before anyone watched"));
        WorkerFeedServer server(monitor, paths);
        QVERIFY(!server.start());

        const QFileInfo file(WorkerFeedInfo::fileFor(paths));
        QCOMPARE(int(file.permissions() & 0x0077), 0); // nothing for group or others
        QVERIFY(file.permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const auto info = WorkerFeedInfo::find(paths);
        QVERIFY(info);
        QCOMPARE(info->port, server.port());

        WorkerFeedClient client(paths);
        QSignalSpy attached(&client, &WorkerFeedClient::attached);
        client.attach();
        QVERIFY(attached.wait(5000));
        QCOMPARE(client.status().workerId, QStringLiteral("wrk_1"));
        QCOMPARE(client.status().state, Worker::State::Running);
        QCOMPARE(client.recentEvents().size(), 1); // the backlog comes with the hello

        QSignalSpy events(&client, &WorkerMonitor::eventLogged);
        QSignalSpy deliveries(&client, &WorkerMonitor::deliveriesLogged);
        QSignalSpy touched(&client, &WorkerMonitor::taskTouched);
        monitor.log(QStringLiteral("dispatched"), QStringLiteral("Running as Jules task 7"));
        monitor.deliver(QStringLiteral("accepted"), 41);
        Q_EMIT monitor.taskTouched(QStringLiteral("task-7"));
        monitor.set(Worker::State::Draining, QStringLiteral("wrk_1"));
        QTRY_COMPARE(client.status().state, Worker::State::Draining);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().first().value<WorkerEvent>().text, QStringLiteral("Running as Jules task 7"));
        QCOMPARE(deliveries.size(), 1);
        QCOMPARE(deliveries.first().at(0).value<QList<WebhookDelivery>>().size(), 1);
        QCOMPARE(deliveries.first().at(1).toInt(), 41); // a burst: one message, the rest counted
        QCOMPARE(touched.first().first().toString(), QStringLiteral("task-7"));
        QCOMPARE(client.status().deliveries.size(), 1);

        client.stop(true);
        QTRY_COMPARE(monitor.stops, QList<bool>{true});
        QCOMPARE(server.clientCount(), 1);
    }

    void refusesWrongTokenAndBrowsers()
    {
        QTemporaryDir dir;
        const AppPaths paths{dir.path()};
        ScriptedMonitor monitor;
        WorkerFeedServer server(monitor, paths);
        QVERIFY(!server.start());
        const QString url = QStringLiteral("ws://127.0.0.1:%1/").arg(server.port());

        auto refused = [&](QNetworkRequest request) {
            QWebSocket socket;
            QList<QString> messages;
            connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &m) { messages << m; });
            QSignalSpy closed(&socket, &QWebSocket::disconnected);
            socket.open(request);
            if (!closed.wait(5000))
                return false;
            return messages.isEmpty() && socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated;
        };
        QNetworkRequest none{QUrl(url)};
        QVERIFY(refused(none));
        QNetworkRequest wrong{QUrl(url)};
        wrong.setRawHeader("Authorization", "Bearer 00000000");
        QVERIFY(refused(wrong));
        // Even with the token, a page in a browser (it sends an Origin) is not let in.
        QNetworkRequest browser{QUrl(url)};
        browser.setRawHeader("Authorization", "Bearer " + WorkerFeedInfo::find(paths)->token.toLatin1());
        browser.setRawHeader("Origin", "http://evil.example");
        QVERIFY(refused(browser));
        QCOMPARE(server.clientCount(), 0);
        QVERIFY(monitor.stops.isEmpty());
    }

    void staleFileFromADeadWorkerIsIgnored()
    {
        QTemporaryDir dir;
        const AppPaths paths{dir.path()};
        QFile f(WorkerFeedInfo::fileFor(paths));
        QVERIFY(f.open(QIODevice::WriteOnly));
        // pid 0 is never a live worker; a crashed worker leaves such a file behind.
        f.write(R"({"port":1,"token":"abc","pid":0})");
        f.close();
        QVERIFY(!WorkerFeedInfo::find(paths));
        WorkerFeedClient client(paths);
        QSignalSpy detached(&client, &WorkerFeedClient::detached);
        client.attach();
        QVERIFY(detached.wait(2000));
        QVERIFY(detached.first().first().toString().contains(QLatin1String("No worker is running")));
    }

    void serverRemovesOnlyItsOwnFile()
    {
        QTemporaryDir dir;
        const AppPaths paths{dir.path()};
        ScriptedMonitor monitor;
        {
            WorkerFeedServer server(monitor, paths);
            QVERIFY(!server.start());
            QVERIFY(QFileInfo::exists(WorkerFeedInfo::fileFor(paths)));
        }
        QVERIFY(!QFileInfo::exists(WorkerFeedInfo::fileFor(paths)));
    }
};

AGENTDESK_TEST_MAIN(TestWorkerFeed)
#include "tst_workerfeed.moc"
