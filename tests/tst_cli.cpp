// agentdeskctl driven as a user drives it: real process, real keychain (started by
// scripts/run-tests.sh), the fake Jules on loopback.
#include "TestMain.h"

#include "TestCore.h"
#include "fakes/FakeGitHubServer.h"
#include <QElapsedTimer>

#include "cli/TerminalText.h"
#include "config/AppPaths.h"
#include "ui/models/TaskListModel.h"

#include <QAbstractItemModelTester>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <csignal>
#include <unistd.h>

using namespace agentdesk;
using namespace agentdesk::testing;

class TestCli : public QObject
{
    Q_OBJECT

    CtlResult ctl(const QStringList &args, const QByteArray &input = {}) { return runCtl(m_dir.path(), args, input); }
    static QStringList words(const char *text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); }

private Q_SLOTS:
    void initTestCase()
    {
        m_jules.addSource(QStringLiteral("acme"), QStringLiteral("widgets"));
        QVERIFY(m_jules.start());
    }

    void helpAndVersion()
    {
        auto r = ctl({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("agentdeskctl 0."));
        r = ctl({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("task create"));
        QVERIFY(r.out.contains("Exit codes"));
        for (const char *cmd : {"task create", "task list", "task show", "task sync", "task approve", "task message",
                                "task cancel", "task delete", "account add", "account list", "account remove"}) {
            r = ctl(words(cmd) << QStringLiteral("--help"));
            QVERIFY2(r.exitCode == 0, cmd);
            QVERIFY2(r.out.contains(QByteArray("Usage: agentdeskctl " + QByteArray(cmd))), r.out.constData());
        }
        r = ctl({QStringLiteral("task"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("task sync"));
    }

    void usageErrors()
    {
        QCOMPARE(ctl({}).exitCode, 2);
        auto r = ctl({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Unknown command"));
        r = ctl(words("task create --repo https://github.com/acme/widgets --prompt hi"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--provider"));
        r = ctl(
            words("task create --provider jules --repo https://github.com/acme/widgets --prompt a --prompt-file b"));
        QCOMPARE(r.exitCode, 2);
        r = ctl(words("task list --status sleeping"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("queued, running"));
        r = ctl(words("task list --limit -3"));
        QCOMPARE(r.exitCode, 2);
        r = ctl(words("task list --bogus"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("bogus"));
    }

    void invalidTaskWritesNothing()
    {
        QTemporaryDir fresh;
        auto r = runCtl(fresh.path(), words("task create --provider jules --repo not-a-url --prompt x"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not a valid URL"));
        r = runCtl(fresh.path(),
                   {QStringLiteral("task"), QStringLiteral("create"), QStringLiteral("--provider"),
                    QStringLiteral("jules"), QStringLiteral("--repo"), QStringLiteral("https://github.com/a/b"),
                    QStringLiteral("--prompt"), QString(10001, QLatin1Char('x'))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("10000"));
        QVERIFY(!QFile::exists(fresh.filePath(QStringLiteral("agentdesk.sqlite"))));
        r = runCtl(fresh.path(),
                   words("task create --provider jules --repo https://github.com/a/b --prompt x --env =1"));
        QCOMPARE(r.exitCode, 2);
    }

    void accountsAndKeys()
    {
        auto r = ctl(words("account add jules --name bad/name"), "key\n");
        QCOMPARE(r.exitCode, 2);
        r = ctl(words("account add jules --name empty"), "");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("standard input"));
        r = ctl(words("account add nosuch --name x"), "key\n");
        QCOMPARE(r.exitCode, 2);
        r = ctl({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("jules"), QStringLiteral("--name"),
                 QStringLiteral("work"), QStringLiteral("--base-url"), m_jules.baseUrl().toString()},
                kJulesKey.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The key is checked against the provider before it is kept: a wrong one is
        // refused and nothing is stored ...
        r = ctl({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("jules"), QStringLiteral("--name"),
                 QStringLiteral("wrong"), QStringLiteral("--base-url"), m_jules.baseUrl().toString()},
                "AIzaNotTheRightKey-0000\n");
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("The key was not added") && r.err.contains("rejected"), r.err.constData());
        QVERIFY(!ctl(words("account list")).out.contains("wrong"));
        // ... unless the operator says not to (offline, or a provider that is down).
        r = ctl(words("account add jules --name short --no-check"), "abcd1234\n");
        QCOMPARE(r.exitCode, 0);
        r = ctl(words("account add jules --name work"), "again\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("already exists"));
        r = ctl(words("account list"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QByteArray("AIza\xe2\x80\xa6" + kJulesKey.right(4).toUtf8())));
        QVERIFY(!r.out.contains(kJulesKey.toUtf8()));
        QVERIFY(r.out.contains("short key, not shown"));
        r = ctl(words("account list --json"));
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &v : list)
            if (v.toObject().value(QLatin1String("name")).toString() == QLatin1String("short"))
                QCOMPARE(v.toObject().value(QLatin1String("key")).toString(), QString());
        QCOMPARE(ctl(words("account remove short")).exitCode, 0);
        QCOMPARE(ctl(words("account remove short")).exitCode, 3);
    }

    void taskLifecycle()
    {
        auto r = ctl(words("task create --provider jules --repo https://github.com/acme/widgets --branch main "
                           "--prompt Fix_the_parser --plan-approval --auto-pr --json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        const QString id = created.value(QLatin1String("id")).toString();
        const QString ext = created.value(QLatin1String("externalId")).toString();
        QCOMPARE(created.value(QLatin1String("account")).toString(), QStringLiteral("work"));
        QCOMPARE(created.value(QLatin1String("source")).toObject().value(QLatin1String("repoName")).toString(),
                 QStringLiteral("acme/widgets"));

        m_jules.advance(ext);
        m_jules.advance(ext);
        r = ctl({QStringLiteral("task"), QStringLiteral("sync"), id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("NEEDS YOU"));
        r = ctl(words("task list --status awaiting_approval"));
        QVERIFY(r.out.contains(id.toUtf8()));
        QVERIFY(r.out.contains("needs you"));
        QVERIFY(ctl(words("task list --status completed")).out.contains("No tasks"));

        r = ctl({QStringLiteral("task"), QStringLiteral("cancel"), id});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no upstream cancel"));

        r = ctl({QStringLiteral("task"), QStringLiteral("approve"), id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl({QStringLiteral("task"), QStringLiteral("message"), id, QStringLiteral("Also add a test")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (int i = 0; i < 5; ++i)
            m_jules.advance(ext);
        r = ctl(words("task sync --all --json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = ctl({QStringLiteral("task"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(shown.value(QLatin1String("result")).toObject().value(QLatin1String("prUrl")).toString(),
                 QStringLiteral("https://github.com/acme/widgets/pull/7"));
        const QJsonArray acts = shown.value(QLatin1String("activities")).toArray();
        QVERIFY(acts.size() >= 6);
        for (const QJsonValue &a : acts)
            for (const char *key : {"id", "type", "content", "timestamp", "metadata"})
                QVERIFY(a.toObject().contains(QLatin1String(key)));
        QVERIFY(acts.first().toObject().value(QLatin1String("timestamp")).toString().endsWith(QLatin1Char('Z')));

        r = ctl({QStringLiteral("task"), QStringLiteral("show"), id});
        QVERIFY(r.out.contains("PR:"));
        QVERIFY(r.out.contains("Activities"));

        // Jules documents no state limit on messages: a finished session takes one too.
        r = ctl({QStringLiteral("task"), QStringLiteral("message"), id, QStringLiteral("more?")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(ctl(words("task show task_0_0000000000000000")).exitCode, 3);

        // Provider trouble is exit code 4 and says what failed.
        r = ctl(words("task create --provider jules --repo https://github.com/acme/widgets --prompt again"));
        const QString second = QString::fromUtf8(r.out).section(QLatin1Char(' '), 1, 1);
        QVERIFY(second.startsWith(QStringLiteral("task_")));
        m_jules.failNext(100, 500, QStringLiteral("/sessions/"));
        r = ctl({QStringLiteral("task"), QStringLiteral("sync"), second});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("Jules: get session"));
        m_jules.clearFaults();

        r = ctl({QStringLiteral("task"), QStringLiteral("delete"), id, QStringLiteral("--upstream")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!m_jules.sessionIds().contains(ext));
        QCOMPARE(ctl({QStringLiteral("task"), QStringLiteral("show"), id}).exitCode, 3);

        // The deletion is in the audit trail, as is a refused one.
        QCOMPARE(ctl({QStringLiteral("task"), QStringLiteral("delete"), QStringLiteral("task_nope")}).exitCode, 3);
        r = ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray trail = QJsonDocument::fromJson(r.out).array();
        QVERIFY(trail.size() >= 2);
        QCOMPARE(trail.at(0).toObject().value(QLatin1String("target")).toString(), QStringLiteral("task_nope"));
        QVERIFY(trail.at(0).toObject().value(QLatin1String("outcome")).toString().startsWith(QLatin1String("failed")));
        QCOMPARE(trail.at(1).toObject().value(QLatin1String("action")).toString(), QStringLiteral("delete"));
        QCOMPARE(trail.at(1).toObject().value(QLatin1String("target")).toString(), id);
        QCOMPARE(trail.at(1).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")})
                     .exitCode,
                 2);
    }

    // A cancel of a running Cursor v1 run used to print "Cancelled upstream." and then
    // crash as the run's stream ended under it.
    // One inbox, live: an open window's model (a core of its own on the same data
    // directory) shows what agentdeskctl writes within a second or two, without a
    // restart; `account sync` adopts tasks started elsewhere and says which.
    void anOpenWindowSeesWhatAnotherProcessWrites()
    {
        CoreContext::Options options;
        options.paths.dataDir = m_dir.path();
        options.secretStore = std::make_unique<fakes::MemorySecretStore>();
        CoreContext window(std::move(options));
        QVERIFY(!window.open());
        TaskListModel model(window.tasks());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_VERIFY(model.isFullyLoaded());
        window.changes().start(100);
        auto rowOf = [&model](const QString &id) {
            for (int row = 0; row < model.rowCount(); ++row)
                if (model.index(row, 0).data(TaskListModel::TaskIdRole).toString() == id)
                    return row;
            return -1;
        };

        auto r =
            ctl(words("task create --provider jules --repo https://github.com/acme/widgets --prompt Seen_live --json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = QJsonDocument::fromJson(r.out).object().value(QLatin1String("id")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(id) >= 0, 2000);

        // Started in the Jules web app, adopted by `account sync`, seen by the window.
        const QString ext = m_jules.addSessionElsewhere(QStringLiteral("Started in the Jules web app"), 2);
        r = ctl(words("account sync work --json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(report.value(QLatin1String("adopted")).toInt(), 1);
        const QString adopted = report.value(QLatin1String("adoptedIds")).toArray().at(0).toString();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(adopted) >= 0, 2000);
        r = ctl(words("task list --origin elsewhere"));
        QVERIFY(r.out.contains(adopted.toUtf8()));
        QVERIFY(!r.out.contains(id.toUtf8()));
        QCOMPARE(ctl(words("account sync work")).exitCode, 0); // again: nothing doubled
        QCOMPARE(ctl(words("task list --origin elsewhere --json")).out.count("\"id\""), 1);
        QVERIFY(!ext.isEmpty());

        QCOMPARE(ctl({QStringLiteral("task"), QStringLiteral("delete"), id}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(id) < 0, 2000);
        QCOMPARE(ctl({QStringLiteral("task"), QStringLiteral("delete"), adopted}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(adopted) < 0, 2000);
    }

    void cursorCancelOfARunningRunExitsCleanly()
    {
        fakes::FakeCursorServer cursor(kCursorKey);
        QVERIFY(cursor.start());
        QTemporaryDir dir;
        auto r = runCtl(dir.path(),
                        {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("cursor-cloud"),
                         QStringLiteral("--name"), QStringLiteral("c1"), QStringLiteral("--base-url"),
                         cursor.baseUrl().toString()},
                        kCursorKey.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCtl(dir.path(), words("task create --provider cursor-cloud --repo https://github.com/acme/widgets "
                                     "--prompt Fix_the_parser --json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        const QString id = created.value(QLatin1String("id")).toString();
        const QString ext = created.value(QLatin1String("externalId")).toString();
        cursor.advance(ext); // running, with events on the run's stream
        r = runCtl(dir.path(), {QStringLiteral("task"), QStringLiteral("sync"), id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCtl(dir.path(), {QStringLiteral("task"), QStringLiteral("cancel"), id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(cursor.runStatus(ext), QStringLiteral("CANCELLED"));
        r = runCtl(dir.path(), {QStringLiteral("task"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("status")).toString(),
                 QStringLiteral("cancelled"));
        // And a sync of the ended run, twice, finds nothing new and exits cleanly.
        for (int i = 0; i < 2; ++i) {
            r = runCtl(dir.path(), {QStringLiteral("task"), QStringLiteral("sync"), id});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void terminalTextIsEscaped()
    {
        const QString hostile = QStringLiteral("ok\x1b[2J\r\nFAKE\u202eevil\u2066\x07") + QChar(0);
        const QString one = terminal::line(hostile);
        for (const QChar c : one)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e && c.unicode() != 0x2066,
                     qPrintable(QString::number(c.unicode(), 16)));
        QCOMPARE(one, QStringLiteral("ok\\e[2J\\r\\nFAKE\\u202eevil\\u2066\\x07\\x00"));
        // Several lines keep their breaks (CR LF becomes LF), nothing else.
        QCOMPARE(terminal::lines(QStringLiteral("a\r\nb\n\x1b")), QStringLiteral("a\nb\n\\e"));
        // Columns never run together, even when the text is too long.
        QCOMPARE(terminal::column(QStringLiteral("abcdefgh"), 5).size(), 5);
        QVERIFY(terminal::column(QStringLiteral("abcdefgh"), 5).endsWith(QLatin1Char(' ')));
        QCOMPARE(terminal::column(QStringLiteral("ab"), 5), QStringLiteral("ab   "));
    }

    // Text from the provider (a title, an activity) reaches the terminal escaped; --json
    // stays exact.
    void providerTextCannotDriveTheTerminal()
    {
        const QString hostileTitle =
            QStringLiteral("Fix\x1b[2J\x1b]0;pwned\x07\r\nDONE\u202egnp.exe") + QChar(0) + QStringLiteral("end");
        m_jules.http().setResponseFilter([&](const fakes::FakeRequest &req, fakes::FakeResponse &resp) {
            if (req.method != "GET" || !req.path.contains(QLatin1String("/sessions/"))
                || req.path.contains(QLatin1String("/activities")))
                return;
            QJsonObject o = QJsonDocument::fromJson(resp.body).object();
            if (o.contains(QLatin1String("title"))) {
                o.insert(QStringLiteral("title"), hostileTitle);
                resp.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
        });
        auto r = ctl(words(
            "task create --provider jules --account work --repo https://github.com/acme/widgets --prompt Hostile_title --json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = QJsonDocument::fromJson(r.out).object().value(QLatin1String("id")).toString();
        r = ctl({QStringLiteral("task"), QStringLiteral("sync"), id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QStringList &args : {QStringList{QStringLiteral("task"), QStringLiteral("show"), id},
                                        QStringList{QStringLiteral("task"), QStringLiteral("list")}}) {
            r = ctl(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\r') && !r.out.contains('\x07'), r.out.constData());
            QVERIFY(!r.out.contains("\xe2\x80\xae")); // U+202E, the right-to-left override
        }
        QVERIFY(ctl({QStringLiteral("task"), QStringLiteral("show"), id}).out.contains("\\e[2J"));
        r = ctl({QStringLiteral("task"), QStringLiteral("show"), id, QStringLiteral("--json")});
        // In JSON the title is whole, exactly what the provider sent (it was cut at the
        // first line break); the list and the detail show it on one line, escaped.
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("title")).toString(), hostileTitle);
        r = ctl({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--json")});
        bool whole = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            whole = whole || v.toObject().value(QLatin1String("title")).toString() == hostileTitle;
        QVERIFY2(whole, r.out.constData());
        QVERIFY(ctl({QStringLiteral("task"), QStringLiteral("show"), id}).out.contains("DONE\\u202egnp.exe\\x00end"));
        m_jules.http().setResponseFilter({});
        QCOMPARE(ctl({QStringLiteral("task"), QStringLiteral("delete"), id}).exitCode, 0);
    }

    // An operator's command gives up on a provider that holds its answer (or drips it)
    // after --timeout (60 s by default), naming the host; before, a drip kept `task sync`
    // waiting past 150 s.
    void aSlowProviderIsGivenUpOnWithinTheTimeout()
    {
        auto r = ctl(words(
            "task create --provider jules --account work --repo https://github.com/acme/widgets --prompt Slow --json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = QJsonDocument::fromJson(r.out).object().value(QLatin1String("id")).toString();
        m_jules.http().delayNext(10, 20000, "GET", QStringLiteral("/sessions/"));
        QElapsedTimer waited;
        waited.start();
        r = ctl({QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("task"), QStringLiteral("sync"), id});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("127.0.0.1") && r.err.contains("2 s"), r.err.constData());
        QVERIFY2(waited.elapsed() < 15000, qPrintable(QString::number(waited.elapsed())));
        m_jules.http().clearFaults();
        QCOMPARE(ctl({QStringLiteral("--timeout"), QStringLiteral("0"), QStringLiteral("task"), QStringLiteral("list")})
                     .exitCode,
                 2);
        QCOMPARE(ctl({QStringLiteral("task"), QStringLiteral("delete"), id}).exitCode, 0);
    }

    // Ctrl+C during `task sync --all` stops it at once: what was answered is kept, the
    // rest is abandoned, the exit code says so (130), and the store is whole.
    void syncAllStopsCleanlyOnCtrlC()
    {
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            auto r = ctl(words("task create --provider jules --account work --repo https://github.com/acme/widgets "
                               "--prompt Interrupted --json"));
            QVERIFY2(r.exitCode == 0, r.err.constData());
            ids << QJsonDocument::fromJson(r.out).object().value(QLatin1String("id")).toString();
        }
        m_jules.http().delayNext(100, 20000, "GET", QStringLiteral("/sessions/"));
        const qsizetype before = m_jules.http().requests().size();
        QProcess sync;
        sync.setProgram(QStringLiteral(AGENTDESK_CTL_PATH));
        sync.setArguments({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("task"), QStringLiteral("sync"),
                           QStringLiteral("--all")});
        sync.start();
        QVERIFY(sync.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_jules.http().requests().size() > before, 10000); // it is waiting for answers
        ::kill(pid_t(sync.processId()), SIGINT);
        QTRY_COMPARE_WITH_TIMEOUT(sync.state(), QProcess::NotRunning, 10000); // not after the 20 s answers
        QCOMPARE(sync.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sync.exitCode(), 130);
        const QByteArray err = sync.readAllStandardError();
        QVERIFY2(err.contains("Stopped: 0 of"), err.constData());
        m_jules.http().clearFaults();
        const auto again = ctl(words("task sync --all"));
        QVERIFY2(again.exitCode == 0, again.err.constData());
        for (const QString &id : std::as_const(ids))
            QCOMPARE(ctl({QStringLiteral("task"), QStringLiteral("delete"), id}).exitCode, 0);
    }

    // The ledger from the command line: prices, a budget that refuses (exit 7, nothing
    // sent, in the audit trail), its standing, and cost totals that add up.
    // The pull request loop as an operator drives it: a GitHub account, a failing check
    // seen by `task sync`, the failure sent once with `task fix-ci`.
    void pullRequestLoop()
    {
        fakes::FakeGitHubServer github(QStringLiteral("ghp_cliGitHubToken0000000001"));
        QVERIFY(github.start());
        const QString sha = QStringLiteral("feedfacefeedfacefeedfacefeedfacefeedface");
        github.addPull(QStringLiteral("acme/widgets"), 7, sha);
        github.addCheckRun(sha, QStringLiteral("unit-tests"), QStringLiteral("failure"), 4242424242LL,
                           "collecting\nE   assert parse([]) == []\n");

        auto r = ctl(words("task create --provider jules --repo https://github.com/acme/widgets --prompt Fix_it "
                           "--plan-approval --auto-pr --json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        const QString id = created.value(QLatin1String("id")).toString();
        const QString ext = created.value(QLatin1String("externalId")).toString();
        m_jules.advance(ext);
        m_jules.advance(ext);
        QCOMPARE(ctl({QStringLiteral("task"), QStringLiteral("sync"), id}).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("task"), QStringLiteral("approve"), id}).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("task"), QStringLiteral("message"), id, QStringLiteral("go on")}).exitCode, 0);
        for (int i = 0; i < 5; ++i)
            m_jules.advance(ext);

        // Without a GitHub account: the task syncs, and the PR says what to add.
        r = ctl({QStringLiteral("task"), QStringLiteral("sync"), id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("account add github"), r.err.constData());
        QCOMPARE(ctl({QStringLiteral("task"), QStringLiteral("fix-ci"), id}).exitCode, 2);

        QCOMPARE(
            ctl({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("github"), QStringLiteral("--name"),
                 QStringLiteral("gh"), QStringLiteral("--base-url"), github.baseUrl().toString()},
                "ghp_wrongToken000000000000\n")
                .exitCode,
            5);
        r = ctl({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("github"), QStringLiteral("--name"),
                 QStringLiteral("gh"), QStringLiteral("--base-url"), github.baseUrl().toString()},
                "ghp_cliGitHubToken0000000001\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(ctl(words("account edit work --ci-fix sometimes")).exitCode, 2);
        QCOMPARE(ctl(words("account edit work --ci-fix-rounds 0")).exitCode, 2);
        QCOMPARE(ctl(words("account edit work --ci-fix ask --ci-fix-rounds 2")).exitCode, 0);

        // One sync (a finished task: `--all` still reads its open PR).
        r = ctl(words("task sync --all --json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl({QStringLiteral("task"), QStringLiteral("show"), id, QStringLiteral("--json")});
        const QJsonObject pr = QJsonDocument::fromJson(r.out).object().value(QLatin1String("pr")).toObject();
        QCOMPARE(pr.value(QLatin1String("state")).toString(), QStringLiteral("open"));
        QCOMPARE(pr.value(QLatin1String("checks")).toString(), QStringLiteral("failure"));
        QCOMPARE(pr.value(QLatin1String("headSha")).toString(), sha);
        QCOMPARE(pr.value(QLatin1String("failing")).toArray().first()[QLatin1String("name")].toString(),
                 QStringLiteral("unit-tests"));

        const int before = m_jules.http().countRequests("POST", QStringLiteral(":sendMessage"));
        r = ctl({QStringLiteral("task"), QStringLiteral("fix-ci"), id, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("assert parse([]) == []"));
        QCOMPARE(m_jules.http().countRequests("POST", QStringLiteral(":sendMessage")), before);
        r = ctl({QStringLiteral("task"), QStringLiteral("fix-ci"), id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_jules.http().countRequests("POST", QStringLiteral(":sendMessage")), before + 1);
        r = ctl({QStringLiteral("task"), QStringLiteral("fix-ci"), id});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Already sent"), r.err.constData());
        QCOMPARE(m_jules.http().countRequests("POST", QStringLiteral(":sendMessage")), before + 1);
        // The token never reached the log's host, a provider or the terminal.
        QCOMPARE(github.blobRequestsWithAuthorization(), 0);
        QVERIFY(!r.out.contains("ghp_cli") && !r.err.contains("ghp_cli"));
        for (const auto &req : m_jules.http().requests())
            QVERIFY(!req.body.contains("ghp_cli") && !req.header("authorization").contains("ghp_cli"));
        QVERIFY(ctl(words("audit list --json")).out.contains("send_ci_failure"));
    }

    void budgetsPricesAndCost()
    {
        QCOMPARE(ctl(words("price set devin --unit acu --usd 3")).exitCode, 0);
        QCOMPARE(ctl(words("price set nowhere --unit acu --usd 1")).exitCode, 2);
        QCOMPARE(ctl(words("price set devin --unit acu --usd -1")).exitCode, 2);
        QCOMPARE(ctl(words("price set devin --unit bananas --usd 1")).exitCode, 2);
        auto prices = ctl(words("price list --json"));
        QVERIFY(prices.out.contains("\"usd\": 3"));

        QCOMPARE(ctl(words("budget set work --limit 0 --unit tasks --period day")).exitCode, 0);
        QCOMPARE(ctl(words("budget set nobody --limit 1 --unit usd --period day")).exitCode, 3);
        QCOMPARE(ctl(words("budget set work --limit 1 --unit usd --period fortnight")).exitCode, 2);
        const int posts = m_jules.http().countRequests("POST", QStringLiteral("/sessions"));
        auto r = ctl(words("task create --provider jules --account work --repo https://github.com/acme/widgets "
                           "--prompt Refused"));
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains("budget of account \"work\"") && r.err.contains("Nothing was sent"), r.err.constData());
        QCOMPARE(m_jules.http().countRequests("POST", QStringLiteral("/sessions")), posts);
        const QJsonArray trail = QJsonDocument::fromJson(ctl(words("audit list --json")).out).array();
        QVERIFY(!trail.isEmpty());
        QCOMPARE(trail.first()[QLatin1String("action")].toString(), QStringLiteral("create_task"));
        QVERIFY(trail.first()[QLatin1String("outcome")].toString().contains(QStringLiteral("Refused by")));
        const QJsonArray standing = QJsonDocument::fromJson(ctl(words("budget list --json")).out).array();
        QCOMPARE(standing.size(), 1);
        QVERIFY(standing.first()[QLatin1String("reached")].toBool());
        QCOMPARE(ctl(words("budget remove work")).exitCode, 0);
        QCOMPARE(ctl(words("budget remove work")).exitCode, 3);

        r = ctl(words("cost --by account --json"));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        int tasks = 0;
        double taskUnits = 0;
        for (const QJsonValue &row : report[QLatin1String("rows")].toArray()) {
            tasks += row[QLatin1String("tasks")].toInt();
            taskUnits += row[QLatin1String("amounts")][QLatin1String("tasks")].toDouble();
        }
        const QJsonObject total = report[QLatin1String("total")].toObject();
        QCOMPARE(total[QLatin1String("tasks")].toInt(), tasks);
        QCOMPARE(total[QLatin1String("amounts")][QLatin1String("tasks")].toDouble(), taskUnits);
        QCOMPARE(ctl(words("cost --by sideways")).exitCode, 2);
        QCOMPARE(ctl(words("cost --since yesterday")).exitCode, 2);
        QVERIFY(ctl(words("cost --csv")).out.startsWith("task,tasks,"));
    }

    void promptFilesMustBeText()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("prompt.txt"));
        auto create = [&](const QByteArray &content) {
            QFile f(file);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(content);
            f.close();
            return runCtl(dir.path(),
                          {QStringLiteral("task"), QStringLiteral("create"), QStringLiteral("--provider"),
                           QStringLiteral("jules"), QStringLiteral("--repo"),
                           QStringLiteral("https://github.com/acme/widgets"), QStringLiteral("--prompt-file"), file});
        };
        auto r = create(QByteArray("Fix the parser\0and more", 23));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("NUL byte at offset 14") && r.err.contains("prompt.txt"), r.err.constData());
        r = create("Fix the caf\xe9 parser"); // Latin-1, not UTF-8
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not UTF-8") && r.err.contains("offset 11"), r.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("agentdesk.sqlite"))));
        // A control character typed on the command line is refused the same way.
        r = runCtl(dir.path(), {QStringLiteral("task"), QStringLiteral("create"), QStringLiteral("--provider"),
                                QStringLiteral("jules"), QStringLiteral("--repo"),
                                QStringLiteral("https://github.com/acme/widgets"), QStringLiteral("--prompt"),
                                QStringLiteral("Fix \x1b[2J it")});
        QCOMPARE(r.exitCode, 2);
        // Bytes that are not UTF-8, given as an argument, are refused like the same bytes
        // in a file (before, they reached the provider as replacement characters).
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("exec \"$0\" --data-dir \"$1\" task create --provider jules --repo "
                                    "https://github.com/acme/widgets --prompt \"$(printf 'Fix the caf\\351 parser')\""),
                     QStringLiteral(AGENTDESK_CTL_PATH), dir.path()});
        QVERIFY(shell.waitForFinished(30000));
        QCOMPARE(shell.exitCode(), 2);
        const QByteArray err = shell.readAllStandardError();
        QVERIFY2(err.contains("not UTF-8") && err.contains("offset 11") && err.contains("--prompt"), err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("agentdesk.sqlite"))));
    }

    void damagedDatabaseIsNamedAndLeftAlone()
    {
        QTemporaryDir dir;
        QCOMPARE(runCtl(dir.path(), words("task list")).exitCode, 0); // creates the database
        const QString dbFile = AppPaths::resolve(dir.path()).databaseFile();
        QFile f(dbFile);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(f.seek(0));
        f.write("this is not a database header at all");
        f.close();
        QFile copy(dbFile);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QByteArray damaged = copy.readAll();
        copy.close();

        auto r = runCtl(dir.path(), words("task list"));
        QCOMPARE(r.exitCode, kExitStorage);
        QVERIFY2(r.err.contains(dbFile.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("backup") || r.err.contains("restore"), r.err.constData());
        r = runCtl(dir.path(), words("db check"));
        QCOMPARE(r.exitCode, kExitStorage);
        // Never rewritten or replaced.
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), damaged);
        QCOMPARE(copy.size(), size);
    }

    void unusableDataDirectoryIsNamed()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("not-a-dir"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto r = runCtl(file, words("task list"));
        QCOMPARE(r.exitCode, kExitStorage);
        QVERIFY2(r.err.contains(file.toUtf8()), r.err.constData());

        // A directory that cannot be written: read-only for a normal user; root writes
        // anywhere, so there it is one that cannot be created at all.
        const bool root = ::geteuid() == 0;
        const QString locked =
            root ? QStringLiteral("/proc/agentdesk-cannot-exist") : dir.filePath(QStringLiteral("read-only"));
        if (!root) {
            QVERIFY(QDir().mkpath(locked));
            QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        }
        r = runCtl(locked, words("task list"));
        if (!root)
            QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(r.exitCode, kExitStorage);
        QVERIFY2(r.err.contains(locked.toUtf8()), r.err.constData());
    }

private:
    QTemporaryDir m_dir;
    fakes::FakeJulesServer m_jules{kJulesKey};
};

AGENTDESK_TEST_MAIN(TestCli)
#include "tst_cli.moc"
