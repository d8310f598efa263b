// The headless worker as its users run it: `agentdeskctl worker run` in its own
// process (worker thread, real keychain, real loopback HTTP), killed with SIGKILL in
// the middle of a session and started again: it resumes the claim and never creates a
// second provider task. Needs the Secret Service that scripts/run-tests.sh starts.
#include "TestCore.h"
#include "TestMain.h"
#include "fakes/FakeGitHubServer.h"

#include "app/WorkerController.h"
#include "fakes/FakePlatformServer.h"
#include "worker/WorkerFeed.h"
#include "worker/WorkerMonitor.h"

#include <QNetworkReply>
#include <csignal>

using namespace agentdesk;
using namespace agentdesk::testing;

class TestWorkerCli : public QObject
{
    Q_OBJECT

    void startWorker(QProcess &p, const QString &dataDir)
    {
        p.setProgram(QStringLiteral(AGENTDESK_CTL_PATH));
        p.setArguments({QStringLiteral("--data-dir"), dataDir, QStringLiteral("worker"), QStringLiteral("run"),
                        QStringLiteral("--no-listen"), QStringLiteral("--poll-interval"), QStringLiteral("1"),
                        QStringLiteral("--name"), QStringLiteral("ci")});
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start();
    }

    // A data directory as an operator sets it up: a Jules account, a refused worker run
    // (not signed in yet), a sign-in through the browser, a route for agt_1.
    void prepare(fakes::FakePlatformServer &platform, fakes::FakeJulesServer &jules, const QString &dataDir)
    {
        QCOMPARE(
            runCtl(dataDir,
                   {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("jules"), QStringLiteral("--name"),
                    QStringLiteral("work"), QStringLiteral("--base-url"), jules.baseUrl().toString()},
                   kJulesKey.toUtf8())
                .exitCode,
            0);
        // Not signed in yet: the worker refuses with the auth exit code.
        const auto refused =
            runCtl(dataDir, {QStringLiteral("worker"), QStringLiteral("run"), QStringLiteral("--agent"),
                             QStringLiteral("agt_1"), QStringLiteral("--no-listen")});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY(refused.err.contains("platform login"));

        QProcess login;
        login.setProgram(QStringLiteral(AGENTDESK_CTL_PATH));
        login.setArguments({QStringLiteral("--data-dir"), dataDir, QStringLiteral("platform"), QStringLiteral("login"),
                            QStringLiteral("--url"), platform.baseUrl().toString(), QStringLiteral("--client-id"),
                            QStringLiteral("agentdesk"), QStringLiteral("--no-browser")});
        login.start();
        QTRY_VERIFY_WITH_TIMEOUT(login.canReadLine(), 20000);
        QNetworkAccessManager browser;
        QNetworkRequest req(QUrl(QString::fromUtf8(login.readLine()).trimmed()));
        req.setRawHeader("Connection", "close");
        browser.get(req);
        QTRY_COMPARE_WITH_TIMEOUT(login.state(), QProcess::NotRunning, 20000);
        QCOMPARE(login.exitCode(), 0);

        QCOMPARE(runCtl(dataDir, {QStringLiteral("worker"), QStringLiteral("route"), QStringLiteral("add"),
                                  QStringLiteral("--agent"), QStringLiteral("agt_1"), QStringLiteral("--provider"),
                                  QStringLiteral("jules"), QStringLiteral("--account"), QStringLiteral("work"),
                                  QStringLiteral("--repo"), QStringLiteral("https://github.com/acme/widgets"),
                                  QStringLiteral("--auto-pr")})
                     .exitCode,
                 0);
    }

private Q_SLOTS:
    void killedMidSessionResumesWithoutASecondTask()
    {
        fakes::FakePlatformServer platform;
        fakes::FakeJulesServer jules(kJulesKey);
        jules.addSource(QStringLiteral("acme"), QStringLiteral("widgets"));
        QVERIFY(platform.start() && jules.start());
        QTemporaryDir dir;

        prepare(platform, jules, dir.path());
        // The pull request the Jules task ends with, on a GitHub the worker can read.
        fakes::FakeGitHubServer github(QStringLiteral("ghp_workerToken000000000001"));
        QVERIFY(github.start());
        github.addPull(QStringLiteral("acme/widgets"), 7, QStringLiteral("abcdefabcdefabcdefabcdefabcdefabcdefabcd"));
        github.addCheckRun(QStringLiteral("abcdefabcdefabcdefabcdefabcdefabcdefabcd"), QStringLiteral("build"),
                           QStringLiteral("failure"), 991, "error\n");
        QCOMPARE(runCtl(dir.path(),
                        {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("github"),
                         QStringLiteral("--name"), QStringLiteral("gh"), QStringLiteral("--base-url"),
                         github.baseUrl().toString()},
                        "ghp_workerToken000000000001\n")
                     .exitCode,
                 0);
        const QString id = platform.addSession(QStringLiteral("agt_1"), QStringLiteral("Survive a crash"));

        QProcess first;
        startWorker(first, dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(jules.sessionIds().size(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(platform.activities(id).size() >= 1, 10000);
        ::kill(pid_t(first.processId()), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(first.state(), QProcess::NotRunning, 10000);
        QCOMPARE(platform.state(id), QStringLiteral("active"));

        jules.setAutoAdvance(50);
        QProcess second;
        startWorker(second, dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(platform.state(id), QStringLiteral("complete"), 60000);
        QCOMPARE(jules.sessionIds().size(), 1); // never a second provider task
        QCOMPARE(platform.claimCount(id), 1);   // the same claim, resumed
        // The running worker also reads the finished task's pull request.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray tasks =
                    QJsonDocument::fromJson(
                        runCtl(dir.path(), {QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--json")})
                            .out)
                        .array();
                return !tasks.isEmpty()
                       && tasks.first()[QLatin1String("pr")][QLatin1String("checks")].toString()
                              == QLatin1String("failure");
            }(),
            30000);

        auto status =
            runCtl(dir.path(), {QStringLiteral("worker"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QLatin1String("state")).toString(),
                 QStringLiteral("running"));

        // One worker per data directory: a second is refused and pointed at --follow.
        const auto twice =
            runCtl(dir.path(), {QStringLiteral("worker"), QStringLiteral("run"), QStringLiteral("--no-listen")});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("already running") && twice.err.contains("--follow"), twice.err.constData());

        // The live feed: its token file is the owner's alone, and a follower sees the
        // worker as it is, then its stop, then exits on its own.
        const QFileInfo feedFile(dir.filePath(QStringLiteral("worker-feed.json")));
        QVERIFY(feedFile.exists());
        QCOMPARE(int(feedFile.permissions() & 0x0077), 0); // nothing for group or others
        QVERIFY(feedFile.permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QProcess follower;
        follower.setProgram(QStringLiteral(AGENTDESK_CTL_PATH));
        follower.setArguments({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("worker"),
                               QStringLiteral("status"), QStringLiteral("--follow"), QStringLiteral("--json")});
        follower.start();
        QTRY_VERIFY_WITH_TIMEOUT(follower.canReadLine(), 10000);
        const QJsonObject hello = QJsonDocument::fromJson(follower.readLine()).object();
        QCOMPARE(hello.value(QLatin1String("type")).toString(), QStringLiteral("hello"));
        const QJsonObject status0 = hello.value(QLatin1String("status")).toObject();
        QCOMPARE(status0.value(QLatin1String("state")).toString(), QStringLiteral("running"));
        QCOMPARE(status0.value(QLatin1String("pid")).toInteger(), second.processId());
        QVERIFY(!status0.value(QLatin1String("workerId")).toString().isEmpty());

        ::kill(pid_t(second.processId()), SIGTERM); // drains and exits cleanly
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 30000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(follower.state(), QProcess::NotRunning, 10000);
        QCOMPARE(follower.exitCode(), 0);
        QString lastState;
        for (const QByteArray &line : follower.readAllStandardOutput().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("status"))
                lastState = o.value(QLatin1String("status")).toObject().value(QLatin1String("state")).toString();
        }
        QCOMPARE(lastState, QStringLiteral("stopped"));
        QVERIFY(!QFileInfo::exists(feedFile.filePath()));

        // The desktop attaches to a headless worker and stops it through the feed.
        QProcess third;
        startWorker(third, dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(WorkerFeedInfo::find(AppPaths{dir.path()}).has_value(), 20000);
        CoreContext::Options options;
        options.paths.dataDir = dir.path();
        options.secretStore = std::make_unique<fakes::MemorySecretStore>(); // attaching needs no secrets
        CoreContext desktop(std::move(options));
        QVERIFY(!desktop.open());
        WorkerController controller(desktop);
        QVERIFY(controller.attachIfRunning());
        QCOMPARE(controller.mode(), WorkerController::Mode::Attached);
        QTRY_COMPARE_WITH_TIMEOUT(controller.monitor()->status().state, Worker::State::Running, 20000);
        QCOMPARE(controller.monitor()->status().pid, third.processId());
        QVERIFY(!controller.monitor()->isLocal());
        controller.stop(false);
        QTRY_COMPARE_WITH_TIMEOUT(third.state(), QProcess::NotRunning, 30000);
        QCOMPARE(third.exitCode(), 0);
        QTRY_COMPARE(controller.mode(), WorkerController::Mode::Idle);
        QCOMPARE(controller.monitor()->status().state, Worker::State::Stopped); // the last word is kept

        // Nothing to follow now: a clear error and the not-found exit code.
        const auto nobody =
            runCtl(dir.path(), {QStringLiteral("worker"), QStringLiteral("status"), QStringLiteral("--follow")});
        QCOMPARE(nobody.exitCode, 3);
        QVERIFY(nobody.err.contains("No worker is running"));
    }

    // Two `worker run` started together on one data directory: one runs, the other is
    // refused at once naming the one that runs (3 of 3 trials ran both before, and both
    // resumed the same claim).
    void twoWorkersStartedTogetherOneRuns()
    {
        fakes::FakePlatformServer platform;
        fakes::FakeJulesServer jules(kJulesKey);
        jules.addSource(QStringLiteral("acme"), QStringLiteral("widgets"));
        QVERIFY(platform.start() && jules.start());
        QTemporaryDir dir;
        prepare(platform, jules, dir.path());
        for (int trial = 0; trial < 3; ++trial) {
            QProcess a, b;
            startWorker(a, dir.path());
            startWorker(b, dir.path());
            // One of them gives up with the usage exit code, naming the other's pid.
            QTRY_VERIFY_WITH_TIMEOUT(a.state() == QProcess::NotRunning || b.state() == QProcess::NotRunning, 20000);
            QProcess &refused = a.state() == QProcess::NotRunning ? a : b;
            QProcess &running = &refused == &a ? b : a;
            QCOMPARE(refused.exitCode(), 2);
            QVERIFY(running.state() != QProcess::NotRunning);
            QTRY_VERIFY_WITH_TIMEOUT(WorkerFeedInfo::find(AppPaths{dir.path()}).has_value(), 20000);
            QCOMPARE(WorkerFeedInfo::find(AppPaths{dir.path()})->pid, running.processId());
            ::kill(pid_t(running.processId()), SIGTERM);
            QTRY_COMPARE_WITH_TIMEOUT(running.state(), QProcess::NotRunning, 30000);
            QCOMPARE(running.exitCode(), 0);
        }
    }
};

AGENTDESK_TEST_MAIN(TestWorkerCli)
#include "tst_workercli.moc"
