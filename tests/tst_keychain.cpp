// Against a real Secret Service (gnome-keyring under dbus-run-session, started by
// scripts/run-tests.sh). Without one this test fails: it never skips.
#include "TestCore.h"
#include "TestMain.h"

#include "config/AppPaths.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileSecretStore.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>

using namespace agentdesk;
using namespace agentdesk::testing;

class TestKeychain : public QObject
{
    Q_OBJECT

    SecretResult call(std::function<void(SecretCallback)> start)
    {
        std::optional<SecretResult> result;
        start([&](const SecretResult &r) { result = r; }); // `this` is every call's context
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(SecretResult{SecretResult::Failed, {}, QStringLiteral("timeout")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        KeychainSecretStore probe(QStringLiteral("agentdesk-test-probe"));
        const SecretResult r = call(
            [&](SecretCallback cb) { probe.write(QStringLiteral("probe"), Secret(QStringLiteral("x")), this, cb); });
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("No usable Secret Service: %1. Run the tests through "
                                                   "scripts/run-tests.sh, which starts gnome-keyring.")
                                        .arg(r.message)));
        call([&](SecretCallback cb) { probe.remove(QStringLiteral("probe"), this, cb); });
    }

    void roundTrip()
    {
        KeychainSecretStore store(QStringLiteral("agentdesk-test"));
        const QString key = QStringLiteral("account/roundtrip");
        QVERIFY(call([&](SecretCallback cb) {
                    store.write(key, Secret(QStringLiteral("value-1234567890")), this, cb);
                }).ok());
        const SecretResult read = call([&](SecretCallback cb) { store.read(key, this, cb); });
        QVERIFY(read.ok());
        QCOMPARE(read.secret.reveal(), QStringLiteral("value-1234567890"));
        QVERIFY(call([&](SecretCallback cb) { store.remove(key, this, cb); }).ok());
        const SecretResult gone = call([&](SecretCallback cb) { store.read(key, this, cb); });
        QCOMPARE(gone.status, SecretResult::NotFound); // missing is "not found", not "unavailable"
    }

    // The store (and with it the application's core) can go away while the keychain is
    // still answering: nothing may run into it afterwards.
    void storeDestroyedWhileACallIsInFlight()
    {
        bool answered = false;
        // Destroyed at different moments: queued, talking to the Secret Service, answering.
        for (int delayMs = 0; delayMs < 12; ++delayMs) {
            auto store = std::make_unique<KeychainSecretStore>(QStringLiteral("agentdesk-test"));
            store->write(QStringLiteral("account/inflight"), Secret(QStringLiteral("value-1234567890")), this,
                         [&](const SecretResult &) { answered = true; });
            store->read(QStringLiteral("account/inflight"), this, [&](const SecretResult &) { answered = true; });
            QTest::qWait(delayMs);
            answered = false;
            store.reset();
        }
        QTest::qWait(1000); // the keychain's own answers arrive here
        QVERIFY(!answered);
        KeychainSecretStore store(QStringLiteral("agentdesk-test"));
        call([&](SecretCallback cb) { store.remove(QStringLiteral("account/inflight"), this, cb); });
    }

    void keyLivesOnlyInTheKeychain()
    {
        // The whole path a user takes: CLI reads the key from stdin, creates and syncs a
        // task against the fake Jules; then nothing on disk or in argv holds the key.
        QTemporaryDir dir;
        const QString secret =
            QStringLiteral("AIzaKeychainOnly-") + QString::number(QDateTime::currentMSecsSinceEpoch());
        fakes::FakeJulesServer jules(secret);
        jules.addSource(QStringLiteral("acme"), QStringLiteral("widgets"));
        QVERIFY(jules.start());
        jules.setAutoAdvance(20);

        const QString dataDir = dir.path();
        auto ctl = [&](const QStringList &args, const QByteArray &input = {}) {
            const CtlResult res = runCtl(dataDir, args, input);
            return qMakePair(res.exitCode, QByteArray(res.out + res.err));
        };
        auto r =
            ctl({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("jules"), QStringLiteral("--name"),
                 QStringLiteral("kc"), QStringLiteral("--base-url"), jules.baseUrl().toString()},
                secret.toUtf8() + '\n');
        QVERIFY2(r.first == 0, r.second.constData());
        r = ctl({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.first, 0);
        QVERIFY(r.second.contains(QByteArray("\"key\": \"AIza\xe2\x80\xa6" + secret.right(4).toUtf8() + "\"")));
        QVERIFY(!r.second.contains(secret.toUtf8()));
        r = ctl({QStringLiteral("task"), QStringLiteral("create"), QStringLiteral("--provider"),
                 QStringLiteral("jules"), QStringLiteral("--repo"), QStringLiteral("https://github.com/acme/widgets"),
                 QStringLiteral("--prompt"), QStringLiteral("Fix it"), QStringLiteral("--auto-pr"),
                 QStringLiteral("--json")});
        QVERIFY2(r.first == 0, r.second.constData());
        const QString id = QJsonDocument::fromJson(r.second).object().value(QLatin1String("id")).toString();
        QTest::qWait(300);
        r = ctl({QStringLiteral("task"), QStringLiteral("sync"), id});
        QVERIFY2(r.first == 0, r.second.constData());
        QVERIFY(!r.second.contains(secret.toUtf8()));

        // The key is in the keychain under the test suite's service (never the user's),
        // entry <profile>/account/kc ...
        KeychainSecretStore store(defaultKeychainService());
        QCOMPARE(store.service(), QStringLiteral("agentdesk-tests"));
        const QString entry = profileOf(dataDir) + QStringLiteral("/") + secretKeyFor(QStringLiteral("kc"));
        const SecretResult stored = call([&](SecretCallback cb) { store.read(entry, this, cb); });
        QVERIFY(stored.ok());
        QCOMPARE(stored.secret.reveal(), secret);
        // ... and nowhere in the data directory: database (with WAL), settings, logs.
        int scanned = 0;
        QDirIterator it(dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++scanned;
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!content.contains(secret.mid(4).toUtf8()), qPrintable(f.fileName()));
        }
        QVERIFY2(scanned >= 2, "expected the database and a log file");
        QVERIFY(QFile::exists(dataDir + QStringLiteral("/logs/agentdeskctl.log")));

        r = ctl({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("kc")});
        QCOMPARE(r.first, 0);
        QCOMPARE(call([&](SecretCallback cb) { store.read(entry, this, cb); }).status, SecretResult::NotFound);
    }

    void twoDataDirectoriesKeepTheirOwnKeys()
    {
        // Two profiles (data directories), each with an account named "work": adding,
        // reading and removing one never touches the other's key.
        QTemporaryDir a, b;
        auto add = [](const QString &dir, const QByteArray &key) {
            return runCtl(dir,
                          {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("devin"),
                           QStringLiteral("--name"), QStringLiteral("work"), QStringLiteral("--no-check")},
                          key + '\n');
        };
        QCOMPARE(add(a.path(), "apk_user_profileA_000001").exitCode, 0);
        QCOMPARE(add(b.path(), "apk_user_profileB_000002").exitCode, 0);
        KeychainSecretStore store(defaultKeychainService());
        const QString entryA = profileOf(a.path()) + QStringLiteral("/account/work");
        const QString entryB = profileOf(b.path()) + QStringLiteral("/account/work");
        QVERIFY(entryA != entryB);
        QCOMPARE(call([&](SecretCallback cb) { store.read(entryA, this, cb); }).secret.reveal(),
                 QStringLiteral("apk_user_profileA_000001"));
        QCOMPARE(call([&](SecretCallback cb) { store.read(entryB, this, cb); }).secret.reveal(),
                 QStringLiteral("apk_user_profileB_000002"));
        QCOMPARE(
            runCtl(a.path(), {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("work")}).exitCode,
            0);
        QCOMPARE(call([&](SecretCallback cb) { store.read(entryA, this, cb); }).status, SecretResult::NotFound);
        QCOMPARE(call([&](SecretCallback cb) { store.read(entryB, this, cb); }).secret.reveal(),
                 QStringLiteral("apk_user_profileB_000002"));
        QCOMPARE(
            runCtl(b.path(), {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("work")}).exitCode,
            0);
    }

    void entryFromBeforeProfilesMovesUnderTheProfile()
    {
        // A key written by a version without profiles (unprefixed) is found, and moved.
        QTemporaryDir dir;
        QCOMPARE(runCtl(dir.path(),
                        {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("devin"),
                         QStringLiteral("--name"), QStringLiteral("legacy"), QStringLiteral("--no-check")},
                        "apk_user_legacyKey_00001\n")
                     .exitCode,
                 0);
        KeychainSecretStore store(defaultKeychainService());
        const QString scoped = profileOf(dir.path()) + QStringLiteral("/account/legacy");
        const QString legacy = QStringLiteral("account/legacy");
        QVERIFY(call([&](SecretCallback cb) { store.remove(scoped, this, cb); }).ok());
        QVERIFY(call([&](SecretCallback cb) {
                    store.write(legacy, Secret(QStringLiteral("apk_user_legacyKey_00001")), this, cb);
                }).ok());

        ProfileSecretStore profile(store, profileOf(dir.path()));
        const SecretResult r = call([&](SecretCallback cb) { profile.read(legacy, this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.secret.reveal(), QStringLiteral("apk_user_legacyKey_00001"));
        QCOMPARE(call([&](SecretCallback cb) { store.read(scoped, this, cb); }).secret.reveal(),
                 QStringLiteral("apk_user_legacyKey_00001"));
        QCOMPARE(call([&](SecretCallback cb) { store.read(legacy, this, cb); }).status, SecretResult::NotFound);
        QCOMPARE(runCtl(dir.path(), {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("legacy")})
                     .exitCode,
                 0);
    }

private:
    static QString profileOf(const QString &dataDir)
    {
        Database db(AppPaths::resolve(dataDir).databaseFile());
        if (db.open())
            return {};
        return db.profileId();
    }
};

AGENTDESK_TEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
