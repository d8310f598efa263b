#include "domain/Timestamps.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/TaskStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace agentdesk;

namespace {
Task sampleTask(const QString &id = generateTaskId())
{
    Task t;
    t.id = id;
    t.provider = ProviderId::Jules;
    t.account = QStringLiteral("work");
    t.externalId = QStringLiteral("ext-") + id.right(6);
    t.prompt = QStringLiteral("Fix the parser");
    t.source = {QStringLiteral("acme/widgets"), QStringLiteral("https://github.com/acme/widgets"), QStringLiteral("main")};
    t.options.autoCreatePr = true;
    t.options.environment.insert(QStringLiteral("A"), QStringLiteral("1"));
    t.createdAt = t.updatedAt = QDateTime::currentDateTimeUtc();
    return t;
}

Activity activity(const char *id, const char *content, int minute)
{
    Activity a;
    a.id = QString::fromUtf8(id);
    a.type = ActivityType::Command;
    a.content = QString::fromUtf8(content);
    a.timestamp = fromIso(QStringLiteral("2026-01-15T10:%1:00Z").arg(minute, 2, 10, QLatin1Char('0')));
    return a;
}
} // namespace

class TestTaskStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
        QVERIFY(!m_db->open());
        m_store = std::make_unique<TaskStore>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void migrationsAndWal()
    {
        QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        // Reopening an up-to-date file changes nothing and keeps the data.
        QVERIFY(!m_store->insert(sampleTask()));
        m_store.reset();
        m_db.reset();
        Database again(m_dir->filePath(QStringLiteral("t.sqlite")));
        QVERIFY(!again.open());
        QCOMPARE(TaskStore(again).count(), 1);
    }

    void newerSchemaRefused()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        m_store.reset();
        m_db.reset();
        Database newer(m_dir->filePath(QStringLiteral("t.sqlite")));
        const Error e = newer.open();
        QCOMPARE(e.kind, ErrorKind::Validation);
        QVERIFY(e.message.contains(QStringLiteral("newer")));
        QCOMPARE(newer.schemaVersion(), 99);
    }

    void roundTrip()
    {
        Task t = sampleTask();
        t.attention = {AttentionKind::PlanApproval, QStringLiteral("plan")};
        t.result.prUrl = QStringLiteral("https://github.com/acme/widgets/pull/3");
        t.result.prNumber = 3;
        QSignalSpy added(m_store.get(), &TaskStore::taskAdded);
        QVERIFY(!m_store->insert(t));
        QCOMPARE(added.count(), 1);
        const auto loaded = m_store->task(t.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->toJson(), t.toJson());
        QCOMPARE(m_store->taskByExternalId(ProviderId::Jules, t.externalId)->id, t.id);
        QCOMPARE(m_store->summary(t.id)->prUrl, t.result.prUrl);
        QVERIFY(m_store->insert(t).isError());   // same id twice
    }

    void updateWhitelist()
    {
        const Task t = sampleTask();
        QVERIFY(!m_store->insert(t));
        QSignalSpy changed(m_store.get(), &TaskStore::taskChanged);
        QVERIFY(!m_store->update(t.id, {{QStringLiteral("status"), QStringLiteral("running")}}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_store->task(t.id)->status, TaskStatus::Running);
        for (const QString &column : {QStringLiteral("id"), QStringLiteral("prompt"), QStringLiteral("provider"),
                                      QStringLiteral("status; DROP TABLE tasks")}) {
            const Error e = m_store->update(t.id, {{column, QStringLiteral("x")}});
            QCOMPARE(e.kind, ErrorKind::Validation);
        }
        QCOMPARE(m_store->task(t.id)->prompt, t.prompt);
        QCOMPARE(m_store->update(QStringLiteral("nope"), {{QStringLiteral("status"), QStringLiteral("failed")}}).kind,
                 ErrorKind::NotFound);
        QCOMPARE(changed.count(), 1);
    }

    void activitiesNeverDuplicateOrReorder()
    {
        const Task t = sampleTask();
        QVERIFY(!m_store->insert(t));
        QSignalSpy spy(m_store.get(), &TaskStore::activitiesChanged);
        QCOMPARE(m_store->upsertActivities(t.id, {activity("a1", "one", 1), activity("a2", "two", 2)}), 2);
        // A resync repeats known rows (one of them edited upstream) and brings a new one.
        QCOMPARE(m_store->upsertActivities(t.id, {activity("a2", "two, edited", 2), activity("a1", "one", 1),
                                                  activity("a3", "three", 3), activity("a3", "three", 3)}),
                 2);
        QCOMPARE(m_store->upsertActivities(t.id, {activity("a1", "one", 1)}), 0);
        QCOMPARE(spy.count(), 2);
        const QList<Activity> list = m_store->activities(t.id);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).id, QStringLiteral("a1"));
        QCOMPARE(list.at(1).content, QStringLiteral("two, edited"));
        QCOMPARE(list.at(2).id, QStringLiteral("a3"));
        QCOMPARE(toIso(m_store->latestActivityTime(t.id)), QStringLiteral("2026-01-15T10:03:00.000Z"));
    }

    void removeCascades()
    {
        const Task t = sampleTask();
        QVERIFY(!m_store->insert(t));
        m_store->upsertActivities(t.id, {activity("a1", "one", 1)});
        QVERIFY(!m_store->remove(t.id));
        QVERIFY(!m_store->task(t.id));
        QCOMPARE(m_store->activities(t.id).size(), 0);
        QCOMPARE(m_store->remove(t.id).kind, ErrorKind::NotFound);
    }

    void queries()
    {
        for (int i = 0; i < 5; ++i) {
            Task t = sampleTask();
            t.status = i < 2 ? TaskStatus::Completed : TaskStatus::Running;
            t.updatedAt = QDateTime::currentDateTimeUtc().addSecs(i);
            QVERIFY(!m_store->insert(t));
        }
        TaskQuery active;
        active.activeOnly = true;
        QCOMPARE(m_store->tasks(active).size(), 3);
        TaskQuery done;
        done.status = TaskStatus::Completed;
        QCOMPARE(m_store->tasks(done).size(), 2);
        TaskQuery limited;
        limited.limit = 2;
        const QList<Task> newest = m_store->tasks(limited);
        QCOMPARE(newest.size(), 2);
        QVERIFY(newest.at(0).updatedAt >= newest.at(1).updatedAt);
        QCOMPARE(m_store->summaries(3, 0).size(), 3);
        QCOMPARE(m_store->summaries(-1, 3).size(), 2);
    }

    void connectionPerThread()
    {
        QVERIFY(!m_store->insert(sampleTask()));
        int seen = -1;
        QString connectionName;
        QThread *thread = QThread::create([&] {
            TaskStore threadStore(*m_db);
            seen = threadStore.count();
            connectionName = m_db->connection().connectionName();
            m_db->closeThreadConnection();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(seen, 1);
        QVERIFY(connectionName != m_db->connection().connectionName());
    }

    void accounts()
    {
        AccountStore accounts(*m_db);
        Account a{QStringLiteral("work"), ProviderId::Jules, QUrl(QStringLiteral("http://127.0.0.1:1/v1alpha")), {}, {}};
        QVERIFY(!accounts.add(a));
        QCOMPARE(accounts.add(a).kind, ErrorKind::Validation);
        QCOMPARE(accounts.accountsFor(ProviderId::Jules).size(), 1);
        QCOMPARE(accounts.accountsFor(ProviderId::Devin).size(), 0);
        QCOMPARE(accounts.account(QStringLiteral("work"))->baseUrl, a.baseUrl);
        QVERIFY(!accounts.remove(QStringLiteral("work")));
        QCOMPARE(accounts.remove(QStringLiteral("work")).kind, ErrorKind::NotFound);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TaskStore> m_store;
};

QTEST_GUILESS_MAIN(TestTaskStore)
#include "tst_taskstore.moc"
