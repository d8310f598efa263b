// Against a real Secret Service (gnome-keyring under dbus-run-session, started by
// scripts/run-tests.sh). Without one this test fails: it never skips.
#include "TestCore.h"

#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QFile>

using namespace agentdesk;
using namespace agentdesk::testing;

class TestKeychain : public QObject
{
    Q_OBJECT

    SecretResult call(std::function<void(SecretCallback)> start)
    {
        std::optional<SecretResult> result;
        start([&](const SecretResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(SecretResult{SecretResult::Failed, {}, QStringLiteral("timeout")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        KeychainSecretStore probe(QStringLiteral("agentdesk-test-probe"));
        const SecretResult r = call([&](SecretCallback cb) { probe.write(QStringLiteral("probe"), Secret(QStringLiteral("x")), cb); });
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("No usable Secret Service: %1. Run the tests through "
                                                   "scripts/run-tests.sh, which starts gnome-keyring.").arg(r.message)));
        call([&](SecretCallback cb) { probe.remove(QStringLiteral("probe"), cb); });
    }

    void roundTrip()
    {
        KeychainSecretStore store(QStringLiteral("agentdesk-test"));
        const QString key = QStringLiteral("account/roundtrip");
        QVERIFY(call([&](SecretCallback cb) { store.write(key, Secret(QStringLiteral("value-1234567890")), cb); }).ok());
        const SecretResult read = call([&](SecretCallback cb) { store.read(key, cb); });
        QVERIFY(read.ok());
        QCOMPARE(read.secret.reveal(), QStringLiteral("value-1234567890"));
        QVERIFY(call([&](SecretCallback cb) { store.remove(key, cb); }).ok());
        const SecretResult gone = call([&](SecretCallback cb) { store.read(key, cb); });
        QCOMPARE(gone.status, SecretResult::NotFound);   // missing is "not found", not "unavailable"
    }

    void keyLivesOnlyInTheKeychain()
    {
        // The whole path a user takes: CLI reads the key from stdin, creates and syncs a
        // task against the fake Jules; then nothing on disk or in argv holds the key.
        QTemporaryDir dir;
        const QString secret = QStringLiteral("AIzaKeychainOnly-") + QString::number(QDateTime::currentMSecsSinceEpoch());
        fakes::FakeJulesServer jules(secret);
        jules.addSource(QStringLiteral("acme"), QStringLiteral("widgets"));
        QVERIFY(jules.start());
        jules.setAutoAdvance(20);

        const QString dataDir = dir.path();
        auto ctl = [&](const QStringList &args, const QByteArray &input = {}) {
            const CtlResult res = runCtl(dataDir, args, input);
            return qMakePair(res.exitCode, QByteArray(res.out + res.err));
        };
        auto r = ctl({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("jules"), QStringLiteral("--name"),
                      QStringLiteral("kc"), QStringLiteral("--base-url"), jules.baseUrl().toString()},
                     secret.toUtf8() + '\n');
        QVERIFY2(r.first == 0, r.second.constData());
        r = ctl({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.first, 0);
        QVERIFY(r.second.contains(QByteArray("\"key\": \"AIza\xe2\x80\xa6" + secret.right(4).toUtf8() + "\"")));
        QVERIFY(!r.second.contains(secret.toUtf8()));
        r = ctl({QStringLiteral("task"), QStringLiteral("create"), QStringLiteral("--provider"), QStringLiteral("jules"),
                 QStringLiteral("--repo"), QStringLiteral("https://github.com/acme/widgets"), QStringLiteral("--prompt"),
                 QStringLiteral("Fix it"), QStringLiteral("--auto-pr"), QStringLiteral("--json")});
        QVERIFY2(r.first == 0, r.second.constData());
        const QString id = QJsonDocument::fromJson(r.second).object().value(QLatin1String("id")).toString();
        QTest::qWait(300);
        r = ctl({QStringLiteral("task"), QStringLiteral("sync"), id});
        QVERIFY2(r.first == 0, r.second.constData());
        QVERIFY(!r.second.contains(secret.toUtf8()));

        // The key is in the keychain under service "agentdesk", entry account/kc ...
        KeychainSecretStore store(QStringLiteral("agentdesk"));
        const SecretResult stored = call([&](SecretCallback cb) { store.read(secretKeyFor(QStringLiteral("kc")), cb); });
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
        QCOMPARE(call([&](SecretCallback cb) { store.read(secretKeyFor(QStringLiteral("kc")), cb); }).status,
                 SecretResult::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
