// One source of truth across processes: several connections (the window, its worker
// thread, agentdeskctl, headless workers) on one SQLite file. Each test puts a second
// writer next to the first — another connection, another process — and checks that
// what one does never undoes or hides what the other did.
#include "TestMain.h"
#include "TestCore.h"

#include "config/AppPaths.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/TaskStore.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace agentdesk;
using namespace agentdesk::testing;

namespace {

Task sampleTask(const QString &id)
{
    Task t;
    t.id = id;
    t.provider = ProviderId::Jules;
    t.account = QStringLiteral("work");
    t.externalId = QStringLiteral("ext-") + id;
    t.prompt = QStringLiteral("Fix the parser");
    t.createdAt = t.updatedAt = QDateTime::currentDateTimeUtc();
    return t;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// While it lives, SQLite refuses this connection every read of one table: a failed
// read injected into the real database, as a busy or damaged file would fail it.
class RefuseReads
{
public:
    RefuseReads(const QSqlDatabase &db, const char *table) : m_db(handleOf(db)), m_table(table)
    {
        sqlite3_set_authorizer(m_db, &RefuseReads::authorize, this);
    }
    ~RefuseReads() { sqlite3_set_authorizer(m_db, nullptr, nullptr); }
    RefuseReads(const RefuseReads &) = delete;
    RefuseReads &operator=(const RefuseReads &) = delete;

private:
    static int authorize(void *self, int action, const char *table, const char *, const char *, const char *)
    {
        const auto *me = static_cast<RefuseReads *>(self);
        return action == SQLITE_READ && table && qstrcmp(table, me->m_table) == 0 ? SQLITE_DENY : SQLITE_OK;
    }
    sqlite3 *m_db;
    const char *m_table;
};

} // namespace

class TestConsistency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString file = m_dir->filePath(QStringLiteral("agentdesk.db"));
        m_here = std::make_unique<Database>(file);
        m_there = std::make_unique<Database>(file);
        QVERIFY(!m_here->open());
        QVERIFY(!m_there->open());
        m_hereTasks = std::make_unique<TaskStore>(*m_here);
        m_thereTasks = std::make_unique<TaskStore>(*m_there);
    }
    void cleanup()
    {
        m_hereTasks.reset();
        m_thereTasks.reset();
        m_here.reset();
        m_there.reset();
        m_dir.reset();
    }

    // The watcher announces what another connection inserted, changed and deleted.
    void watcherAnnouncesAnotherConnectionsWrites()
    {
        ChangeWatcher watcher(*m_hereTasks);
        watcher.start(3600000);   // checked by hand below
        QSignalSpy changed(m_hereTasks.get(), &TaskStore::taskChanged);
        QSignalSpy removed(m_hereTasks.get(), &TaskStore::taskRemoved);
        QVERIFY(!m_thereTasks->insert(sampleTask(QStringLiteral("t1"))));
        watcher.check();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!m_thereTasks->update(QStringLiteral("t1"), {{QStringLiteral("title"), QStringLiteral("Renamed")}}));
        watcher.check();
        QCOMPARE(changed.count(), 2);
        watcher.check();   // nothing new: nothing announced, one pragma
        QCOMPARE(changed.count(), 2);
        QVERIFY(!m_thereTasks->remove(QStringLiteral("t1")));
        watcher.check();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(watcher.announced(), 3);
    }

    // One failed read of the journal loses nothing: the next look reads it again even
    // when nobody has committed since (before, the version was taken as seen first).
    void watcherKeepsAChangeItFailedToRead()
    {
        ChangeWatcher watcher(*m_hereTasks);
        watcher.start(3600000);
        QSignalSpy changed(m_hereTasks.get(), &TaskStore::taskChanged);
        QVERIFY(!m_thereTasks->insert(sampleTask(QStringLiteral("t1"))));
        {
            RefuseReads refuse(m_here->connection(), "task_changes");
            watcher.check();
        }
        QCOMPARE(changed.count(), 0);
        watcher.check();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("t1"));
    }

    // A journal pruned past what the watcher saw asks for a full reload.
    void watcherAsksForAReloadWhenTheJournalWasPruned()
    {
        ChangeWatcher watcher(*m_hereTasks);
        watcher.start(3600000);
        QSignalSpy reload(&watcher, &ChangeWatcher::reloadNeeded);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_thereTasks->insert(sampleTask(QStringLiteral("t%1").arg(i))));
        QVERIFY(!m_thereTasks->pruneChanges(1));
        watcher.check();
        QCOMPARE(reload.count(), 1);
    }

    // Two processes opening one database at once, new or in need of an upgrade: both
    // start, the schema is migrated once, one backup is kept (7 of 7 pairs failed before:
    // "table tasks already exists", "left at schema 0", the same backup name twice).
    void twoProcessesOpenOneDatabase_data()
    {
        QTest::addColumn<bool>("old");
        QTest::newRow("new") << false;
        QTest::newRow("old") << true;
    }
    void twoProcessesOpenOneDatabase()
    {
        QFETCH(bool, old);
        for (int round = 0; round < 4; ++round) {
            QTemporaryDir dir;
            AppPaths paths{dir.path()};
            if (old)
                QVERIFY(!Database::createAtSchema(paths.databaseFile(), Database::latestSchemaVersion() - 1));
            const QStringList list{QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--json")};
            const QList<CtlResult> both = runCtlTogether(dir.path(), {list, list, list});
            for (const CtlResult &r : both)
                QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(Database::inspect(paths.databaseFile()).schemaVersion, Database::latestSchemaVersion());
            Database db(paths.databaseFile());
            QCOMPARE(db.existingBackups().size(), old ? 1 : 0);
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_here, m_there;
    std::unique_ptr<TaskStore> m_hereTasks, m_thereTasks;
};

AGENTDESK_TEST_MAIN(TestConsistency)
#include "tst_consistency.moc"
