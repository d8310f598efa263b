// The attention model, the stuck-task watchdog (with an injected clock) and the
// notification router over a real SQLite task store; notifications go over a real
// session bus to a notification service this test registers on its own connection.
#include "TestMain.h"
#include "attention/AttentionModel.h"
#include "config/Settings.h"
#include "config/Translations.h"
#include "domain/Task.h"
#include "fakes/TestClock.h"
#include "notify/NotificationRouter.h"
#include "notify/Notifier.h"
#include "storage/Database.h"
#include "storage/TaskStore.h"
#include "worker/WorkerMonitor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using Level = AttentionItem::Level;

namespace {

// A freedesktop notification service, enough of the spec to see what was sent.
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown {
        uint id;
        uint replaces;
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Shown> shown;
    QList<uint> closed;

public Q_SLOTS:
    uint Notify(const QString &, uint replacesId, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &, int)
    {
        const uint id = replacesId ? replacesId : ++m_next;
        shown.append({id, replacesId, summary, body, actions});
        return id;
    }
    void CloseNotification(uint id) { closed << id; }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

private:
    uint m_next = 0;
};

class ScriptedWorker : public WorkerMonitor
{
public:
    bool isLocal() const override { return true; }
    void stop(bool) override { }
    void log(const QString &kind, const QString &session)
    {
        logEvent({QDateTime::currentDateTimeUtc(), kind, session, QStringLiteral("lease expired")});
    }
};

// A sink that records, for the router's own decisions (de-duplication, DND).
class RecordingNotifier : public Notifier
{
public:
    bool available = true;
    QList<Notification> shown;
    QStringList withdrawn;
    bool isAvailable() const override { return available; }
    void show(const Notification &n) override { shown << n; }
    void withdraw(const QString &key) override { withdrawn << key; }
};

} // namespace

class TestAttention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TaskStore> m_store;
    fakes::TestClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC)};

    Task task(const QString &id, TaskStatus status)
    {
        Task t;
        t.id = id;
        t.provider = ProviderId::Jules;
        t.account = QStringLiteral("work");
        t.externalId = QStringLiteral("ext-") + id;
        t.prompt = QStringLiteral("Task ") + id;
        t.status = status;
        t.source = {QStringLiteral("acme/widgets"), QStringLiteral("https://github.com/acme/widgets"),
                    QStringLiteral("main")};
        t.createdAt = t.updatedAt = m_clock.now();
        return t;
    }
    void setStatus(const QString &id, const QString &status, const QString &attention = {})
    {
        QVERIFY(!m_store->update(id, {{QStringLiteral("status"), status}, {QStringLiteral("attention"), attention}}));
    }

private Q_SLOTS:
    // Plural forms come from the English catalogue, as in the application.
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("a.db")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("a.db")));
        QVERIFY(!m_db->open());
        m_store = std::make_unique<TaskStore>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void startingStateIsCountedNotAnnounced()
    {
        QVERIFY(!m_store->insert(task(QStringLiteral("t1"), TaskStatus::AwaitingApproval)));
        QVERIFY(!m_store->insert(task(QStringLiteral("t2"), TaskStatus::Completed)));
        QVERIFY(!m_store->insert(task(QStringLiteral("t3"), TaskStatus::Running)));
        AttentionModel model(*m_store, m_clock);
        QSignalSpy raised(&model, &AttentionModel::raised);
        model.load();
        QCOMPARE(model.needsYouCount(), 1);
        QCOMPARE(raised.count(), 0);

        // t3 waits for input: announced once; the same state found again by a poll is not news.
        QSignalSpy count(&model, &AttentionModel::needsYouCountChanged);
        setStatus(QStringLiteral("t3"), QStringLiteral("running"), QStringLiteral("needs_input"));
        QCOMPARE(raised.count(), 1);
        QCOMPARE(raised.last().first().value<AttentionItem>().level, Level::NeedsYou);
        QCOMPARE(count.last().first().toInt(), 2);
        QVERIFY(!m_store->update(QStringLiteral("t3"),
                                 {{QStringLiteral("upstream_status"), QStringLiteral("AWAITING_USER_FEEDBACK")}}));
        QCOMPARE(raised.count(), 1);

        // Approved and running again: no longer counted. Then done: told once, not counted.
        setStatus(QStringLiteral("t1"), QStringLiteral("running"));
        QCOMPARE(model.needsYouCount(), 1);
        setStatus(QStringLiteral("t1"), QStringLiteral("completed"));
        QCOMPARE(raised.last().first().value<AttentionItem>().level, Level::Done);
        const int afterDone = int(raised.count());
        const QString withPr = QStringLiteral("{\"prUrl\":\"https://github.com/acme/widgets/pull/7\"}");
        QVERIFY(!m_store->update(QStringLiteral("t1"), {{QStringLiteral("result"), withPr}}));
        QCOMPARE(raised.count(), afterDone + 1); // the PR arriving is news (the reason changed)
        QVERIFY(
            !m_store->update(QStringLiteral("t1"), {{QStringLiteral("upstream_status"), QStringLiteral("COMPLETED")}}));
        QCOMPARE(raised.count(), afterDone + 1);                      // a poll that finds the same is not
        setStatus(QStringLiteral("t2"), QStringLiteral("completed")); // t2 was done before we started
        QCOMPARE(raised.count(), afterDone + 1);
        QVERIFY(!m_store->remove(QStringLiteral("t3")));
        QCOMPARE(model.needsYouCount(), 0);
    }

    void watchdogFlagsQuietRunningTasks()
    {
        QVERIFY(!m_store->insert(task(QStringLiteral("slow"), TaskStatus::Running)));
        QVERIFY(!m_store->insert(task(QStringLiteral("busy"), TaskStatus::Running)));
        AttentionModel model(*m_store, m_clock);
        model.setStuckAfterMinutes(30);
        model.load();
        QCOMPARE(model.needsYouCount(), 0);

        m_clock.advance(20 * 60 * 1000);
        Activity a;
        a.id = QStringLiteral("a1");
        a.type = ActivityType::Command;
        a.content = QStringLiteral("npm test");
        a.timestamp = m_clock.now();
        QVERIFY(m_store->upsertActivities(QStringLiteral("busy"), {a}, m_clock.now()).ok());
        m_clock.advance(15 * 60 * 1000); // slow: 35 min quiet; busy: 15 min
        QSignalSpy raised(&model, &AttentionModel::raised);
        model.checkStuck();
        QCOMPARE(model.needsYouCount(), 1);
        const AttentionItem stuck = model.stuck(QStringLiteral("slow"));
        QCOMPARE(stuck.source, AttentionItem::Source::Stuck);
        QVERIFY2(stuck.reason.contains(QLatin1String("35 minute")), qPrintable(stuck.reason));
        QVERIFY(model.stuck(QStringLiteral("busy")).key.isEmpty());
        model.checkStuck();
        QCOMPARE(raised.count(), 1); // flagged once

        // New activity clears the flag; so does leaving "running".
        a.id = QStringLiteral("a2");
        QVERIFY(m_store->upsertActivities(QStringLiteral("slow"), {a}, m_clock.now()).ok());
        QVERIFY(model.stuck(QStringLiteral("slow")).key.isEmpty());
        m_clock.advance(60 * 60 * 1000);
        model.checkStuck();
        QCOMPARE(model.needsYouCount(), 2);
        setStatus(QStringLiteral("busy"), QStringLiteral("cancelled"));
        QCOMPARE(model.needsYouCount(), 1);
        model.setStuckAfterMinutes(0); // off
        QCOMPARE(model.needsYouCount(), 0);
    }

    // A task silent for more than a week is an old task that never ended, not news.
    void longSilentTasksAreNotFlagged()
    {
        Task old = task(QStringLiteral("ancient"), TaskStatus::Running);
        old.createdAt = old.updatedAt = m_clock.now().addDays(-(AttentionModel::kStuckHorizonDays + 3));
        QVERIFY(!m_store->insert(old));
        QVERIFY(!m_store->insert(task(QStringLiteral("recent"), TaskStatus::Running)));
        m_clock.advance(2 * 3600 * 1000);
        AttentionModel model(*m_store, m_clock);
        model.setStuckAfterMinutes(30);
        model.load();
        QCOMPARE(model.needsYouCount(), 1);
        QVERIFY(model.stuck(QStringLiteral("ancient")).key.isEmpty());
        QVERIFY(!model.stuck(QStringLiteral("recent")).key.isEmpty());
    }

    void workerAndPlatformItems()
    {
        AttentionModel model(*m_store);
        model.load();
        ScriptedWorker worker;
        model.watchWorker(&worker);
        worker.log(QStringLiteral("claim_lost"), QStringLiteral("ses_4"));
        QCOMPARE(model.needsYouCount(), 1);
        QCOMPARE(model.needsYou().first().source, AttentionItem::Source::Worker);
        model.acknowledge(QStringLiteral("worker:ses_4"));
        QCOMPARE(model.needsYouCount(), 0);
    }

    void routerDeduplicatesAndRespectsDoNotDisturb()
    {
        QVERIFY(!m_store->insert(task(QStringLiteral("t1"), TaskStatus::Running)));
        QVERIFY(!m_store->insert(task(QStringLiteral("t2"), TaskStatus::Running)));
        Settings settings(m_dir.filePath(QStringLiteral("router.ini")));
        AttentionModel model(*m_store);
        model.load();
        NotificationRouter router(model, settings);
        router.setCoalesceWindow(0); // each at once (coalescing: coalescedNotifications)
        RecordingNotifier primary, tray;
        primary.available = false; // no notification service: the tray shows it
        router.setNotifiers(&primary, &tray);
        router.setApprovable([this](const QString &id) {
            const auto t = m_store->task(id);
            return t && t->status == TaskStatus::AwaitingApproval;
        });

        setStatus(QStringLiteral("t1"), QStringLiteral("awaiting_approval"), QStringLiteral("plan_approval"));
        QCOMPARE(tray.shown.size(), 1);
        QCOMPARE(tray.shown.first().actions, (QStringList{QStringLiteral("open"), QStringLiteral("approve")}));
        QVERIFY(tray.shown.first().title.contains(QLatin1String("Needs you")));
        // The same state again, in any number of polls: nothing more.
        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_store->update(QStringLiteral("t1"),
                                     {{QStringLiteral("upstream_status"), QStringLiteral("AWAITING_PLAN_APPROVAL")}}));
        QCOMPARE(tray.shown.size(), 1);

        // The task on screen is not notified.
        router.setOnScreenTask(QStringLiteral("t2"));
        setStatus(QStringLiteral("t2"), QStringLiteral("failed"));
        QCOMPARE(tray.shown.size(), 1);
        router.setOnScreenTask({});

        // Do not disturb: nothing; off again: the next change is shown, on the primary now.
        QVERIFY(settings.setValue(Settings::DoNotDisturb, true));
        setStatus(QStringLiteral("t1"), QStringLiteral("running"));
        setStatus(QStringLiteral("t1"), QStringLiteral("failed"));
        QCOMPARE(tray.shown.size(), 1);
        QVERIFY(settings.setValue(Settings::DoNotDisturb, false));
        primary.available = true;
        setStatus(QStringLiteral("t1"), QStringLiteral("running"), QStringLiteral("needs_input"));
        QCOMPARE(primary.shown.size(), 1);
        QCOMPARE(primary.shown.first().actions, QStringList{QStringLiteral("open")}); // input is not a plan

        // Clicking "approve" asks for the approval of that task.
        QSignalSpy approve(&router, &NotificationRouter::approveRequested);
        Q_EMIT primary.actionInvoked(AttentionModel::taskKey(QStringLiteral("t1")), QStringLiteral("approve"));
        QCOMPARE(approve.count(), 1);
        QCOMPARE(approve.first().first().toString(), QStringLiteral("t1"));
    }

    // A burst (an adoption, the network back) is one summary at normal urgency; a single
    // change keeps its own notification; history adopted from elsewhere is not news.
    void coalescedNotifications()
    {
        for (int i = 0; i < 12; ++i)
            QVERIFY(!m_store->insert(task(QStringLiteral("b%1").arg(i), TaskStatus::Running)));
        Settings settings(m_dir.filePath(QStringLiteral("burst.ini")));
        AttentionModel model(*m_store, m_clock);
        model.load();
        NotificationRouter router(model, settings);
        router.setCoalesceWindow(100);
        RecordingNotifier notifier;
        router.setNotifiers(&notifier, nullptr);
        for (int i = 0; i < 12; ++i)
            setStatus(QStringLiteral("b%1").arg(i), QStringLiteral("running"), QStringLiteral("needs_input"));
        QTRY_COMPARE(notifier.shown.size(), 1);
        const Notification &summary = notifier.shown.first();
        QCOMPARE(summary.key, NotificationRouter::summaryKey());
        QCOMPARE(summary.title, QStringLiteral("12 tasks need you"));
        QVERIFY(!summary.urgent);
        QCOMPARE(summary.actions, QStringList{QStringLiteral("open")});
        QVERIFY(summary.body.contains(QLatin1String("and 9 more")));
        QTest::qWait(200);
        QCOMPARE(notifier.shown.size(), 1);

        // A second wave replaces the summary (same key) and counts everything waiting.
        for (int i = 0; i < 8; ++i)
            QVERIFY(!m_store->insert(task(QStringLiteral("w%1").arg(i), TaskStatus::Running)));
        for (int i = 0; i < 8; ++i)
            setStatus(QStringLiteral("w%1").arg(i), QStringLiteral("running"), QStringLiteral("needs_input"));
        QTRY_COMPARE(notifier.shown.size(), 2);
        QCOMPARE(notifier.shown.last().key, NotificationRouter::summaryKey());
        QCOMPARE(notifier.shown.last().title, QStringLiteral("20 tasks need you"));
        notifier.shown.removeLast();

        // One change on its own: its own notification; a failure is the urgent kind.
        setStatus(QStringLiteral("b3"), QStringLiteral("failed"));
        QTRY_COMPARE(notifier.shown.size(), 2);
        QVERIFY(notifier.shown.last().title.startsWith(QLatin1String("Failed")));
        QVERIFY(notifier.shown.last().urgent);

        // Adopted history (ended before it was found) raises nothing; adopted work that
        // waits for the operator does.
        Task old = task(QStringLiteral("adopted-done"), TaskStatus::Completed);
        old.origin = TaskOrigin::Elsewhere;
        QVERIFY(!m_store->insert(old));
        Task waiting = task(QStringLiteral("adopted-waiting"), TaskStatus::AwaitingApproval);
        waiting.origin = TaskOrigin::Elsewhere;
        waiting.attention.kind = AttentionKind::PlanApproval;
        QVERIFY(!m_store->insert(waiting));
        QTRY_COMPARE(notifier.shown.size(), 3);
        QVERIFY(notifier.shown.last().title.contains(QLatin1String("Needs you")));
        QVERIFY(!notifier.shown.last().urgent); // a plan waiting is news, not an alarm
        QTest::qWait(200);
        QCOMPARE(notifier.shown.size(), 3);
    }

    void settingsRefuseBadValues()
    {
        Settings settings(m_dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(settings.intValue(Settings::WatchdogMinutes), 30);
        QVERIFY(!settings.setValue(Settings::WatchdogMinutes, -5));
        QVERIFY(!settings.setValue(Settings::WorkerListenPort, 80));
        QVERIFY(settings.setValue(Settings::WatchdogMinutes, 45));
        QCOMPARE(Settings(settings.file()).intValue(Settings::WatchdogMinutes), 45);
        QSettings(settings.file(), QSettings::IniFormat)
            .setValue(QStringLiteral("watchdog/minutes"), QStringLiteral("lots"));
        QCOMPARE(settings.intValue(Settings::WatchdogMinutes), 30); // garbage in the file reads as the default
    }

    void freedesktopNotificationsOverTheSessionBus()
    {
        QDBusConnection server =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("notification-daemon"));
        if (!server.isConnected())
            QFAIL("No session bus: run the tests through scripts/run-tests.sh (it starts one).");
        NotificationService service;
        QVERIFY(server.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
                                      QDBusConnection::ExportAllSlots));
        QVERIFY(server.registerService(QStringLiteral("org.freedesktop.Notifications")));

        FreedesktopNotifier notifier;
        QTRY_VERIFY(notifier.isAvailable());
        notifier.show({QStringLiteral("task:t1"),
                       QStringLiteral("Needs you: Fix it"),
                       QStringLiteral("The plan waits."),
                       {QStringLiteral("open"), QStringLiteral("approve")},
                       true});
        QTRY_COMPARE(service.shown.size(), 1);
        QCOMPARE(service.shown.first().summary, QStringLiteral("Needs you: Fix it"));
        QCOMPARE(service.shown.first().actions,
                 (QStringList{QStringLiteral("default"), QStringLiteral("Open"), QStringLiteral("approve"),
                              QStringLiteral("Approve plan")}));
        // The same item again replaces the notification rather than adding one.
        QTest::qWait(50);
        notifier.show({QStringLiteral("task:t1"),
                       QStringLiteral("Failed: Fix it"),
                       QStringLiteral("Boom"),
                       {QStringLiteral("open")},
                       false});
        QTRY_COMPARE(service.shown.size(), 2);
        QCOMPARE(service.shown.last().replaces, service.shown.first().id);

        // A click in the notification comes back as an action on that item.
        QSignalSpy actions(&notifier, &Notifier::actionInvoked);
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("ActionInvoked"));
        signal << service.shown.first().id << QStringLiteral("approve");
        QVERIFY(server.send(signal));
        QTRY_COMPARE(actions.count(), 1);
        QCOMPARE(actions.first().at(0).toString(), QStringLiteral("task:t1"));
        QCOMPARE(actions.first().at(1).toString(), QStringLiteral("approve"));

        notifier.withdraw(QStringLiteral("task:t1"));
        QTRY_COMPARE(service.closed, QList<uint>{service.shown.first().id});

        // The service goes away: the notifier knows, and the router would use the tray.
        server.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        QTRY_VERIFY(!notifier.isAvailable());
        QDBusConnection::disconnectFromBus(QStringLiteral("notification-daemon"));
    }
};

AGENTDESK_TEST_MAIN(TestAttention)
#include "tst_attention.moc"
