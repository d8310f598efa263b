#include "TestMain.h"

#include "domain/Timestamps.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/TaskStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace agentdesk;

namespace {
Task sampleTask(const QString &id = generateTaskId(QDateTime::currentDateTimeUtc()))
{
    Task t;
    t.id = id;
    t.provider = ProviderId::Jules;
    t.account = QStringLiteral("work");
    t.externalId = QStringLiteral("ext-") + id.right(6);
    t.prompt = QStringLiteral("Fix the parser");
    t.source = {QStringLiteral("acme/widgets"), QStringLiteral("https://github.com/acme/widgets"),
                QStringLiteral("main")};
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
        q.finish(); // no statement may be open when a write transaction begins
        // Reopening an up-to-date file changes nothing and keeps the data.
        QVERIFY(!m_store->insert(sampleTask()));
        m_store.reset();
        m_db.reset();
        Database again(m_dir->filePath(QStringLiteral("t.sqlite")));
        QVERIFY(!again.open());
        QCOMPARE(TaskStore(again).count().value, 1);
        // An up-to-date file is not backed up again.
        QVERIFY(again.existingBackups().isEmpty());
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
        QCOMPARE(m_store->findByExternalId(ProviderId::Jules, t.externalId).value->id, t.id);
        QCOMPARE(m_store->summary(t.id).value->prUrl, t.result.prUrl);
        const auto missing = m_store->find(QStringLiteral("task_none"));
        QVERIFY(missing.ok() && !missing.value); // not found is not an error
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
        for (const QString &column : {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("provider"),
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
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(
            m_store->upsertActivities(t.id, {activity("a1", "one", 1), activity("a2", "two", 2)}, now).value.inserted,
            2);
        // A resync repeats known rows (one of them edited upstream) and brings a new one.
        const ActivityWrite w = m_store
                                    ->upsertActivities(t.id,
                                                       {activity("a2", "two, edited", 2), activity("a1", "one", 1),
                                                        activity("a3", "three", 3), activity("a3", "three", 3)},
                                                       now)
                                    .value;
        QCOMPARE(w.inserted, 1);
        QCOMPARE(w.changed, 1);
        const ActivityWrite nothing = m_store->upsertActivities(t.id, {activity("a1", "one", 1)}, now).value;
        QCOMPARE(nothing.inserted + nothing.changed, 0);
        QCOMPARE(spy.count(), 2);
        const QList<Activity> list = m_store->activities(t.id).value;
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).id, QStringLiteral("a1"));
        QCOMPARE(list.at(1).content, QStringLiteral("two, edited"));
        QCOMPARE(list.at(2).id, QStringLiteral("a3"));
        // The task keeps its newest activity time: the watchdog and the next sync read it there.
        QCOMPARE(toIso(m_store->task(t.id)->lastActivityAt), QStringLiteral("2026-01-15T10:03:00.000Z"));
    }

    void removeCascades()
    {
        const Task t = sampleTask();
        QVERIFY(!m_store->insert(t));
        QVERIFY(m_store->upsertActivities(t.id, {activity("a1", "one", 1)}, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(!m_store->remove(t.id));
        QVERIFY(!m_store->task(t.id));
        QCOMPARE(m_store->activities(t.id).value.size(), 0);
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
        QCOMPARE(m_store->list(active).value.size(), 3);
        TaskQuery done;
        done.status = TaskStatus::Completed;
        QCOMPARE(m_store->list(done).value.size(), 2);
        TaskQuery limited;
        limited.limit = 2;
        const QList<Task> newest = m_store->list(limited).value;
        QCOMPARE(newest.size(), 2);
        QVERIFY(newest.at(0).updatedAt >= newest.at(1).updatedAt);
        // Keyset pages: each starts after the last row of the one before; together they are the list.
        const QList<TaskSummary> first = m_store->summaries({}, 3).value;
        QCOMPARE(first.size(), 3);
        const QList<TaskSummary> rest = m_store->summaries({first.last().updatedAt, first.last().id}, 10).value;
        QCOMPARE(rest.size(), 2);
        QStringList ids;
        for (const TaskSummary &s : first + rest)
            ids << s.id;
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 5);
    }

    void connectionPerThread()
    {
        QVERIFY(!m_store->insert(sampleTask()));
        int seen = -1;
        QString connectionName;
        QThread *thread = QThread::create([&] {
            TaskStore threadStore(*m_db);
            seen = threadStore.count().value;
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
        Account a{QStringLiteral("work"),
                  ProviderId::Jules,
                  QUrl(QStringLiteral("http://127.0.0.1:1/v1alpha")),
                  {},
                  {}};
        QVERIFY(!accounts.add(a));
        QCOMPARE(accounts.add(a).kind, ErrorKind::Validation);
        QCOMPARE(accounts.list().value.size(), 1);
        QCOMPARE(accounts.find(QStringLiteral("work")).value->baseUrl, a.baseUrl);
        QVERIFY(accounts.find(QStringLiteral("none")).ok() && !accounts.find(QStringLiteral("none")).value);
        QVERIFY(!accounts.remove(QStringLiteral("work")));
        QCOMPARE(accounts.remove(QStringLiteral("work")).kind, ErrorKind::NotFound);
    }

    void twoWritersNeverCollide()
    {
        // The worker's thread and the window (or two processes) store the same task's
        // activities at once: each gets its own positions, nothing fails, nothing doubles.
        const Task t = sampleTask();
        QVERIFY(!m_store->insert(t));
        std::atomic<int> failures{0};
        auto writer = [&](const char *prefix) {
            return QThread::create([&, prefix] {
                TaskStore store(*m_db);
                for (int round = 0; round < 40; ++round) {
                    QList<Activity> batch;
                    for (int i = 0; i < 5; ++i)
                        batch << activity(QByteArray(prefix + QByteArray::number(round * 5 + i)).constData(), "x", i);
                    // Half of each batch repeats the other writer's ids.
                    batch << activity(QByteArray("shared" + QByteArray::number(round)).constData(), "s", 1);
                    if (!store.upsertActivities(t.id, batch, QDateTime::currentDateTimeUtc()).ok())
                        ++failures;
                }
                m_db->closeThreadConnection();
            });
        };
        QThread *a = writer("a"), *b = writer("b");
        a->start();
        b->start();
        QVERIFY(a->wait(30000) && b->wait(30000));
        delete a;
        delete b;
        QCOMPARE(failures.load(), 0);
        const QList<Activity> list = m_store->activities(t.id).value;
        QCOMPARE(list.size(), 40 * 5 * 2 + 40);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT COUNT(DISTINCT seq), MAX(seq) + 1, (SELECT activity_count FROM tasks) FROM activities"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), list.size());
        QCOMPARE(q.value(1).toInt(), list.size());
        QCOMPARE(q.value(2).toInt(), list.size());
    }

    // A provider that sends an endless history does not grow the database without
    // bound: past the cap, new activities are counted as dropped; known ones still update.
    void activitiesPerTaskAreCapped()
    {
        const Task t = sampleTask();
        QVERIFY(!m_store->insert(t));
        QList<Activity> many;
        many.reserve(TaskStore::kMaxActivitiesPerTask + 5);
        for (int i = 0; i < TaskStore::kMaxActivitiesPerTask + 5; ++i)
            many << activity(QByteArray("a" + QByteArray::number(i)).constData(), "x", i % 50);
        const auto w = m_store->upsertActivities(t.id, many, QDateTime::currentDateTimeUtc());
        QVERIFY(w.ok());
        QCOMPARE(w.value.inserted, TaskStore::kMaxActivitiesPerTask);
        QCOMPARE(w.value.dropped, 5);
        const auto again = m_store->upsertActivities(t.id, {activity("a0", "edited", 1), activity("new", "y", 2)},
                                                     QDateTime::currentDateTimeUtc());
        QCOMPARE(again.value.changed, 1);
        QCOMPARE(again.value.dropped, 1);
        QCOMPARE(m_store->activities(t.id).value.size(), TaskStore::kMaxActivitiesPerTask);
    }

    void unknownKeysAreRefusedNotGuessed()
    {
        const Task t = sampleTask();
        QVERIFY(!m_store->insert(t));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE tasks SET provider = 'gitlab-duo'")));
        const auto found = m_store->find(t.id);
        QVERIFY(!found.ok());
        QCOMPARE(found.error.kind, ErrorKind::Storage);
        QVERIFY(found.error.message.contains(QStringLiteral("gitlab-duo")));
        QVERIFY(m_store->list().ok());
        QCOMPARE(m_store->list().value.size(), 0); // left out, with a warning
        QVERIFY(q.exec(QStringLiteral("UPDATE tasks SET provider = 'jules', status = 'paused'")));
        QVERIFY(!m_store->find(t.id).ok());
    }

    void theJournalNamesWhatOthersWrote()
    {
        const qint64 before = m_store->latestChange().value;
        const Task t = sampleTask();
        QThread *other = QThread::create([&] {
            TaskStore store(*m_db);
            QVERIFY(!store.insert(t));
            m_db->closeThreadConnection();
        });
        const qint64 version = m_store->dataVersion().value;
        other->start();
        QVERIFY(other->wait(10000));
        delete other;
        QVERIFY(m_store->dataVersion().value != version); // another connection committed
        const auto changes = m_store->changesSince(before).value;
        QCOMPARE(changes.taskIds, QStringList{t.id});
        QVERIFY(!changes.truncated);
        QVERIFY(!m_store->pruneChanges(0));
        QVERIFY(m_store->changesSince(before).value.truncated || m_store->changesSince(before).value.taskIds.isEmpty());
    }

    void damagedFilesAreNeverMigratedOrRewritten_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("garbled header") << QStringLiteral("header");
        QTest::newRow("garbled page") << QStringLiteral("page");
    }

    void damagedFilesAreNeverMigratedOrRewritten()
    {
        QFETCH(QString, damage);
        for (int i = 0; i < 14; ++i)
            QVERIFY(!m_store->insert(sampleTask()));
        m_store.reset();
        m_db.reset();
        const QString file = m_dir->filePath(QStringLiteral("t.sqlite"));
        {
            // Checkpoint the WAL into the file, as a closed application leaves it.
            Database settle(file);
            QVERIFY(!settle.open());
            QSqlQuery(settle.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        if (damage == QLatin1String("truncate"))
            bytes.truncate(bytes.size() / 2 + 100);
        else if (damage == QLatin1String("header"))
            bytes.replace(0, 16, QByteArray(16, 'X'));
        else
            for (int i = 4096 + 100; i < bytes.size() && i < 4096 * 3; ++i)
                bytes[i] = char(0xA5);
        f.resize(0);
        f.write(bytes);
        f.close();
        const QByteArray damaged = bytes;
        Database broken(file);
        const Error e = broken.open();
        QCOMPARE(e.kind, ErrorKind::Storage);
        QVERIFY2(e.message.contains(file) && e.message.contains(QStringLiteral("damaged")), qPrintable(e.message));
        QVERIFY(e.message.contains(QStringLiteral("backup")));
        QFile again(file);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), damaged); // not a byte changed

        // The window opens after a quick look (header and schema) and reads every page in
        // the background: whatever the quick look let through, the full check names.
        Database quick(file);
        const Error quickly = quick.open(Database::Check::Quick);
        if (damage == QLatin1String("page"))
            QVERIFY2(!quickly, "a garbled data page passes the quick look (it is what the background check is for)");
        if (!quickly) {
            IntegrityCheck check(quick);
            QSignalSpy found(&check, &IntegrityCheck::damaged);
            QSignalSpy finished(&check, &IntegrityCheck::finished);
            check.start();
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.first().first().toBool(), false);
            QCOMPARE(found.count(), 1);
            QVERIFY(found.first().first().value<Error>().message.contains(file));
        } else {
            QCOMPARE(quickly.kind, ErrorKind::Storage);
        }
    }

    // Closing the window interrupts its background check rather than waiting for it; an
    // interrupted check says nothing about the file (no "damaged").
    void anInterruptedCheckSaysNothingAboutTheFile()
    {
        const QString file = m_db->filePath();
        Database::Interrupt before;
        before.interrupt();
        const Database::Health h = Database::inspect(file, Database::Check::Full, &before);
        QVERIFY(h.interrupted);
        QVERIFY(!h.ok);
        QVERIFY(h.problem.isEmpty());
        Database::Interrupt unused;
        QVERIFY(Database::inspect(file, Database::Check::Full, &unused).ok);

        bool damaged = false;
        {
            IntegrityCheck check(*m_db);
            connect(&check, &IntegrityCheck::damaged, this, [&damaged] { damaged = true; });
            check.start();
        } // destroyed while it may still run: interrupted, and it returns
        QCoreApplication::processEvents();
        QVERIFY(!damaged);
    }

    void oldSchemaIsBackedUpBeforeItIsMigrated()
    {
        m_store.reset();
        m_db.reset();
        const QString file = m_dir->filePath(QStringLiteral("old.sqlite"));
        {
            // A database as version 4 left it.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE tasks (id TEXT PRIMARY KEY)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        Database db(file);
        const Error e = db.open(); // the migration fails on this made-up schema …
        QVERIFY(e.isError());
        QCOMPARE(db.existingBackups().size(), 1);           // … but the backup was taken first
        QCOMPARE(Database::inspect(file).schemaVersion, 4); // and the file was left at 4
    }

    void dataDirectoryProblemsAreNamed()
    {
        const QString file = m_dir->filePath(QStringLiteral("not-a-dir"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Database inFile(file + QStringLiteral("/agentdesk.sqlite"));
        const Error e = inFile.open();
        QCOMPARE(e.kind, ErrorKind::Storage);
        QVERIFY2(e.message.contains(file) && e.message.contains(QStringLiteral("is a file")), qPrintable(e.message));

        const QString readOnly = m_dir->filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(readOnly));
        QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(readOnly).isWritable())
            return; // running as root: permissions do not bind
        Database ro(readOnly + QStringLiteral("/agentdesk.sqlite"));
        const Error r = ro.open();
        QCOMPARE(r.kind, ErrorKind::Storage);
        QVERIFY2(r.message.contains(readOnly) && r.message.contains(QStringLiteral("read-only")),
                 qPrintable(r.message));
        QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void filesAreTheOwnersAlone()
    {
        const QString dir = m_dir->filePath(QStringLiteral("fresh"));
        Database db(dir + QStringLiteral("/agentdesk.sqlite"));
        QVERIFY(!db.open());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile(dir).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFile(dir + QStringLiteral("/agentdesk.sqlite")).permissions() & others, QFileDevice::Permissions());
        // An existing loose directory is tightened on open.
        db.closeThreadConnection();
        QFile::setPermissions(dir, QFileDevice::Permissions(0x7755));
        QFile::setPermissions(dir + QStringLiteral("/agentdesk.sqlite"), QFileDevice::Permissions(0x6644));
        Database again(dir + QStringLiteral("/agentdesk.sqlite"));
        QVERIFY(!again.open());
        QCOMPARE(QFile(dir).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFile(dir + QStringLiteral("/agentdesk.sqlite")).permissions() & others, QFileDevice::Permissions());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TaskStore> m_store;
};

AGENTDESK_TEST_MAIN(TestTaskStore)
#include "tst_taskstore.moc"
