// One source of truth across processes: several connections (the window, its worker
// thread, agentdeskctl, headless workers) on one SQLite file. Each test puts a second
// writer next to the first — another connection, another process — and checks that
// what one does never undoes or hides what the other did.
#include "TestCore.h"
#include "TestMain.h"

#include "accounts/CredentialResolver.h"
#include "config/AppPaths.h"
#include "fakes/MemorySecretStore.h"
#include "storage/AccountStore.h"
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

bool writeSecret(SecretStore &store, const QString &key, const QString &value)
{
    std::optional<SecretResult> result;
    QObject context;
    store.write(key, Secret(value), &context, [&](const SecretResult &r) { result = r; });
    return QTest::qWaitFor([&] { return result.has_value(); }) && result->ok();
}

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
        watcher.start(3600000); // checked by hand below
        QSignalSpy changed(m_hereTasks.get(), &TaskStore::taskChanged);
        QSignalSpy removed(m_hereTasks.get(), &TaskStore::taskRemoved);
        QVERIFY(!m_thereTasks->insert(sampleTask(QStringLiteral("t1"))));
        watcher.check();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!m_thereTasks->update(QStringLiteral("t1"), {{QStringLiteral("title"), QStringLiteral("Renamed")}}));
        watcher.check();
        QCOMPARE(changed.count(), 2);
        watcher.check(); // nothing new: nothing announced, one pragma
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

    // Two syncs of one task: the first one's answer is held back, and arrives after
    // another process stored the task's completion. The late answer merges its
    // activities and changes nothing else (it took the task back to running, cleared
    // completed_at and brought "needs you" back).
    void aLateAnswerNeverReplacesANewerOne()
    {
        JulesFixture fx;
        QVERIFY(fx.setUp(false)); // the real keychain: the other process reads the same key
        const Outcome<Task> created = fx.create(fx.newTask(false, true));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const QString ext = created.value.externalId;
        fx.jules.advance(ext);
        QCOMPARE(fx.sync(created.value.id).value.status, TaskStatus::Running);

        const QString sessionPath = QStringLiteral("/sessions/") + ext;
        const int asked = fx.jules.http().countRequests("GET", sessionPath);
        fx.jules.http().delayNext(1, 3000, "GET", sessionPath); // within the client's 5 s of silence: not retried
        std::optional<Outcome<Task>> late;
        QObject context;
        fx.core->taskService().sync(created.value.id, &context, [&](const Outcome<Task> &r) { late = r; });
        QTRY_VERIFY(fx.jules.http().countRequests("GET", sessionPath) > asked); // asked while running
        while (fx.jules.state(ext) != QLatin1String("COMPLETED"))
            fx.jules.advance(ext);
        const CtlResult other =
            runCtl(fx.dir.path(), {QStringLiteral("task"), QStringLiteral("sync"), created.value.id});
        QVERIFY2(other.exitCode == 0, other.err.constData());
        QVERIFY2(!late.has_value(), "the held answer came back before the other process synced");
        QCOMPARE(fx.core->tasks().task(created.value.id)->status, TaskStatus::Completed);

        QTRY_VERIFY_WITH_TIMEOUT(late.has_value(), 15000);
        QCOMPARE(fx.jules.http().countRequests("GET", sessionPath),
                 asked + 4); // each sync: the session, its activities; no retry
        QVERIFY2(late->ok(), qPrintable(late->error.message));
        const std::optional<Task> stored = fx.core->tasks().task(created.value.id, true);
        QCOMPARE(stored->status, TaskStatus::Completed);
        QVERIFY(stored->completedAt.isValid());
        QVERIFY(!stored->attention.needsYou());
        QCOMPARE(late->value.status, TaskStatus::Completed); // the caller sees what is stored
        QVERIFY(std::any_of(stored->activities.cbegin(), stored->activities.cend(),
                            [](const Activity &a) { return a.type == ActivityType::Completion; }));
    }

    // A key changed in another process (`account edit --key-stdin`) reaches a core that
    // kept the old one: its next call uses the new key (it kept failing with 401).
    void aRotatedKeyReachesARunningCore()
    {
        JulesFixture fx;
        QVERIFY(fx.setUp(false)); // the real keychain, which every process shares
        const Outcome<Task> created = fx.create(fx.newTask());
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const QString rotated = QStringLiteral("AIzaRotatedJulesKey-9876543210");
        fx.jules.setApiKey(rotated);
        const CtlResult edited = runCtl(
            fx.dir.path(),
            {QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("work"), QStringLiteral("--key-stdin")},
            rotated.toUtf8());
        QVERIFY2(edited.exitCode == 0, edited.err.constData());
        const Outcome<Task> synced = fx.sync(created.value.id);
        QVERIFY2(synced.ok(), qPrintable(synced.error.message));
    }

    // A keychain read under way while another process changes the key may find the old
    // key: it is neither kept nor handed out; the key is read again.
    void aReadUnderWayDoesNotKeepAnOldKey()
    {
        fakes::MemorySecretStore keychain; // one keychain for both "processes"
        keychain.setReadDelay(200);
        AccountStore hereAccounts(*m_here), thereAccounts(*m_there);
        const Account account{QStringLiteral("work"), ProviderId::Jules, {}, {}, {}};
        QVERIFY(!hereAccounts.add(account));
        QVERIFY(writeSecret(keychain, secretKeyFor(account.name), QStringLiteral("old-key")));
        CredentialResolver resolver(hereAccounts, keychain);
        std::optional<Outcome<Credentials>> first;
        QObject context;
        resolver.resolve(ProviderId::Jules, account.name, &context, [&](const Outcome<Credentials> &c) { first = c; });
        // While that read is on its way, another process writes a new key and says so.
        QVERIFY(writeSecret(keychain, secretKeyFor(account.name), QStringLiteral("new-key")));
        QVERIFY(!thereAccounts.update(account, true));
        QTRY_VERIFY(first.has_value());
        QVERIFY(first->ok());
        QCOMPARE(first->value.key.reveal(), QStringLiteral("new-key"));
        const Outcome<Credentials> again = await<Credentials>(
            [&](auto ctx, auto done) { resolver.resolve(ProviderId::Jules, account.name, ctx, done); });
        QCOMPARE(again.value.key.reveal(), QStringLiteral("new-key"));
        QCOMPARE(resolver.keychainReads(), 2); // the stale read, and the one it led to; then kept
    }

    // Two `account add` of one name at once: one adds it, the other is refused and never
    // touches the keychain, so the account keeps the winner's key (the loser's write
    // replaced it, then its clean-up deleted it).
    void twoAddsOfOneNameAtOnce()
    {
        fakes::FakeJulesServer jules(kJulesKey);
        QVERIFY(jules.start());
        QTemporaryDir dir;
        const QStringList add{QStringLiteral("account"),  QStringLiteral("add"),       QStringLiteral("jules"),
                              QStringLiteral("--name"),   QStringLiteral("same"),      QStringLiteral("--base-url"),
                              jules.baseUrl().toString(), QStringLiteral("--no-check")};
        const QList<QByteArray> keys{"AIzaFirstKeyOfTheTwo-00001", "AIzaSecondKeyOfTheTwo-0002"};
        const QList<CtlResult> both = runCtlTogether(dir.path(), {add, add}, keys);
        QVERIFY2(both.at(0).exitCode + both.at(1).exitCode == 2,
                 QByteArray(both.at(0).err + both.at(1).err).constData()); // one 0, one 2
        const int winner = both.at(0).exitCode == 0 ? 0 : 1;
        QVERIFY2(both.at(1 - winner).err.contains("same"), both.at(1 - winner).err.constData());
        // The account authenticates with the winner's key.
        jules.addSource(QStringLiteral("acme"), QStringLiteral("widgets"));
        jules.setApiKey(QString::fromLatin1(keys.at(winner)));
        const CtlResult created =
            runCtl(dir.path(), {QStringLiteral("task"), QStringLiteral("create"), QStringLiteral("--provider"),
                                QStringLiteral("jules"), QStringLiteral("--repo"),
                                QStringLiteral("https://github.com/acme/widgets"), QStringLiteral("--prompt"),
                                QStringLiteral("Fix it")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_here, m_there;
    std::unique_ptr<TaskStore> m_hereTasks, m_thereTasks;
};

AGENTDESK_TEST_MAIN(TestConsistency)
#include "tst_consistency.moc"
