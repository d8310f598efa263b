#include "TestMain.h"

#include "base/Durations.h"
#include "base/ProcessHardening.h"
#include "domain/Account.h"
#include "domain/Task.h"
#include "domain/TaskValidation.h"
#include "domain/Timestamps.h"
#include "net/HttpTypes.h"
#include "secrets/Secret.h"

#include <QRegularExpression>
#include <QTest>

using namespace agentdesk;

class TestDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Secrets in memory never reach a core file (both executables call this first).
    void processIsMadeNonDumpable()
    {
        qunsetenv("AGENTDESK_ALLOW_CORE_DUMPS");
        QVERIFY(isProcessDumpable());
        QCOMPARE(hardenProcess(), QString());
        QVERIFY(!isProcessDumpable());
    }

    void taskIdShape()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString a = generateTaskId(now);
        QVERIFY(QRegularExpression(QStringLiteral("^task_\\d{13}_[0-9a-f]{16}$")).match(a).hasMatch());
        QVERIFY(a.startsWith(QStringLiteral("task_%1_").arg(now.toMSecsSinceEpoch())));
        QVERIFY(a != generateTaskId(now));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QString>("envKey");
        QTest::addColumn<int>("issues");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("valid") << "jules"
                               << "Fix it"
                               << "https://github.com/acme/widgets"
                               << "" << 0 << "";
        QTest::newRow("unknown provider") << "gitlab-duo"
                                          << "Fix it"
                                          << "https://github.com/a/b"
                                          << "" << 1 << "gitlab-duo";
        QTest::newRow("empty prompt") << "jules"
                                      << "   "
                                      << "https://github.com/a/b"
                                      << "" << 1 << "empty";
        QTest::newRow("long prompt") << "jules" << QString(10001, QLatin1Char('x')) << "https://github.com/a/b"
                                     << "" << 1 << "10000";
        QTest::newRow("max prompt") << "jules" << QString(10000, QLatin1Char('x')) << "https://github.com/a/b"
                                    << "" << 0 << "";
        QTest::newRow("not a url") << "devin"
                                   << "Fix"
                                   << "acme/widgets"
                                   << "" << 1 << "valid URL";
        QTest::newRow("ftp url") << "devin"
                                 << "Fix"
                                 << "ftp://github.com/a/b"
                                 << "" << 1 << "https://";
        QTest::newRow("no repo part") << "devin"
                                      << "Fix"
                                      << "https://github.com/"
                                      << "" << 1 << "owner";
        QTest::newRow("empty env key") << "cursor-cloud"
                                       << "Fix"
                                       << "https://github.com/a/b"
                                       << " " << 1 << "Environment";
        QTest::newRow("all bad") << "x"
                                 << ""
                                 << ""
                                 << "" << 3 << "";
    }

    void validation()
    {
        QFETCH(QString, provider);
        QFETCH(QString, prompt);
        QFETCH(QString, repo);
        QFETCH(QString, envKey);
        QFETCH(int, issues);
        QFETCH(QString, mentions);
        NewTask t;
        t.provider = provider;
        t.prompt = prompt;
        t.repoUrl = repo;
        if (!envKey.isNull() && !envKey.isEmpty())
            t.options.environment.insert(envKey, QStringLiteral("v"));
        const auto found = validateNewTask(t);
        QCOMPARE(found.size(), issues);
        if (!mentions.isEmpty())
            QVERIFY2(validationError(found).message.contains(mentions), qPrintable(validationError(found).message));
        QCOMPARE(validationError(found).isError(), issues > 0);
    }

    void environmentAssignment()
    {
        QString k, v, e;
        QVERIFY(parseEnvironmentAssignment(QStringLiteral("A=b=c"), &k, &v, &e));
        QCOMPARE(k, QStringLiteral("A"));
        QCOMPARE(v, QStringLiteral("b=c"));
        QVERIFY(!parseEnvironmentAssignment(QStringLiteral("=x"), &k, &v, &e));
        QVERIFY(!parseEnvironmentAssignment(QStringLiteral("novalue"), &k, &v, &e));
        QVERIFY(e.contains(QStringLiteral("KEY=VALUE")));
    }

    void masking()
    {
        QCOMPARE(maskKey(QStringLiteral("AIzaSyExampleKey1234")), QStringLiteral("AIza…1234"));
        QCOMPARE(maskKey(QStringLiteral("123456789")), QStringLiteral("1234…6789"));
        QCOMPARE(maskKey(QStringLiteral("12345678")), QString());
        QCOMPARE(maskKey(QStringLiteral("short")), QString());
        QCOMPARE(maskKey(QString()), QString());
    }

    void secretNeverPrints()
    {
        const Secret s(QStringLiteral("super-secret-value"));
        QString text;
        QDebug(&text) << s;
        QVERIFY(!text.contains(QStringLiteral("super-secret")));
        QVERIFY(text.contains(QStringLiteral("redacted")));
    }

    void accountNames()
    {
        QVERIFY(validateAccountName(QStringLiteral("work")).isEmpty());
        QVERIFY(validateAccountName(QStringLiteral("my.team-2")).isEmpty());
        QVERIFY(!validateAccountName(QString()).isEmpty());
        QVERIFY(!validateAccountName(QStringLiteral("has space")).isEmpty());
        QVERIFY(!validateAccountName(QStringLiteral("-dash")).isEmpty());
    }

    void timestamps()
    {
        const QDateTime t = fromIso(QStringLiteral("2026-01-15T10:30:00Z"));
        QVERIFY(t.isValid());
        QCOMPARE(toIso(t), QStringLiteral("2026-01-15T10:30:00.000Z"));
        QCOMPARE(toIso(fromIso(QStringLiteral("2026-01-15T12:30:00.5+02:00"))),
                 QStringLiteral("2026-01-15T10:30:00.500Z"));
        QCOMPARE(toIso(fromEpochSeconds(1760689826.25)), QStringLiteral("2025-10-17T08:30:26.250Z"));
        QVERIFY(!fromIso(QStringLiteral("yesterday")).isValid());
    }

    void repoNames()
    {
        QCOMPARE(repoNameFromUrl(QStringLiteral("https://github.com/acme/widgets")), QStringLiteral("acme/widgets"));
        QCOMPARE(repoNameFromUrl(QStringLiteral("https://github.com/acme/widgets.git")),
                 QStringLiteral("acme/widgets"));
        QCOMPARE(repoNameFromUrl(QStringLiteral("github.com/acme/widgets/tree/main")), QStringLiteral("acme/widgets"));
        QCOMPARE(prNumberFromUrl(QStringLiteral("https://github.com/acme/widgets/pull/42")).value_or(-1), 42);
        QVERIFY(!prNumberFromUrl(QStringLiteral("https://cursor.com/agents?id=bc_1")));
    }

    void exitCodes()
    {
        QCOMPARE(exitCodeFor({}), 0);
        QCOMPARE(exitCodeFor(Error::usage({})), 2);
        QCOMPARE(exitCodeFor(Error::validation({})), 2);
        QCOMPARE(exitCodeFor(Error::notFound({})), 3);
        QCOMPARE(exitCodeFor(Error::provider({})), 4);
        QCOMPARE(exitCodeFor(Error::auth({})), 5);
        QCOMPARE(exitCodeFor(Error::keychain({})), 5);
        QCOMPARE(exitCodeFor(Error::storage({})), 6);
    }

    void taskJsonShape()
    {
        Task t;
        t.id = QStringLiteral("task_1_0000000000000000");
        t.prompt = QStringLiteral("Fix the parser\nmore");
        t.source = {QStringLiteral("acme/widgets"), QStringLiteral("https://github.com/acme/widgets"), QString()};
        t.createdAt = t.updatedAt = fromIso(QStringLiteral("2026-01-15T10:30:00Z"));
        t.attention = {AttentionKind::NeedsInput, QStringLiteral("waiting")};
        const QJsonObject o = t.toJson();
        for (const char *key : {"id", "providerId", "externalId", "status", "prompt", "source", "options", "result",
                                "activities", "error", "createdAt", "updatedAt", "completedAt", "account", "attention"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        for (const char *key : {"prUrl", "prNumber", "commitMessage", "diffUrl", "summary", "duration", "cost"})
            QVERIFY2(o.value(QLatin1String("result")).toObject().contains(QLatin1String(key)), key);
        for (const char *key : {"autoCreatePr", "planApprovalRequired", "environment"})
            QVERIFY2(o.value(QLatin1String("options")).toObject().contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QLatin1String("attention")).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("needs_input"));
        QCOMPARE(o.value(QLatin1String("title")).toString(), QStringLiteral("Fix the parser"));
        QCOMPARE(o.value(QLatin1String("createdAt")).toString(), QStringLiteral("2026-01-15T10:30:00.000Z"));
    }

    void errorEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("google") << QByteArray(
            R"({"error":{"code":404,"message":"Session not found","status":"NOT_FOUND"}})")
                                << "NOT_FOUND"
                                << "Session not found";
        QTest::newRow("cursor") << QByteArray(R"({"error":{"code":"agent_busy","message":"Agent has an active run"}})")
                                << "agent_busy"
                                << "Agent has an active run";
        QTest::newRow("platform") << QByteArray(R"({"code":429,"message":"Too many, retry in 43 seconds"})") << ""
                                  << "Too many, retry in 43 seconds";
        QTest::newRow("devin") << QByteArray(R"({"detail":"Session not found"})") << ""
                               << "Session not found";
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>") << ""
                              << "";
        QTest::newRow("text") << QByteArray("upstream connect error") << ""
                              << "upstream connect error";
    }

    void errorEnvelopes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QString c, m;
        parseErrorEnvelope(body, &c, &m);
        QCOMPARE(c, code);
        QCOMPARE(m, message);
    }

    void failureMessages()
    {
        const HttpError auth =
            describeHttpFailure(QStringLiteral("Jules: get session"), 403,
                                R"({"error":{"code":403,"message":"API key not valid","status":"PERMISSION_DENIED"}})");
        QCOMPARE(auth.kind, HttpErrorKind::Auth);
        QVERIFY(auth.message.contains(QStringLiteral("API key not valid")));
        QVERIFY(auth.message.contains(QStringLiteral("Jules: get session")));
        QCOMPARE(describeHttpFailure(QStringLiteral("x"), 503, {}).kind, HttpErrorKind::Server);
        QCOMPARE(describeHttpFailure(QStringLiteral("x"), 404, {}).kind, HttpErrorKind::NotFound);
        QCOMPARE(describeHttpFailure(QStringLiteral("x"), 429, {}).kind, HttpErrorKind::RateLimited);
    }

    void retryAfter()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(retryAfterMs("7", {}, now), 7000);
        QCOMPARE(retryAfterMs({}, R"({"code":429,"message":"… retry in 43 seconds"})", now), 43000);
        QCOMPARE(retryAfterMs({}, {}, now), -1);
        const QString future = QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).addSecs(30),
                                                     QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        const qint64 ms = retryAfterMs(future.toLatin1(), {}, now);
        QVERIFY2(ms > 25000 && ms <= 30000, qPrintable(QString::number(ms)));
        // Values that overflowed an int before: kept in 64 bits, for the caller to refuse.
        QCOMPARE(retryAfterMs("3000000", {}, now), qint64(3000000) * 1000);
        QVERIFY(retryAfterMs("99999999999999999999", {}, now) < 0
                || retryAfterMs("99999999999999999999", {}, now) > 1000000);
        QCOMPARE(retryAfterMs("-5", {}, now), -1);
    }

    // x-ratelimit-reset as epoch seconds or a delta, never beyond six hours, never
    // overflowing (9223372036854775 s once overflowed reset * 1000).
    void rateLimitReset()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(rateLimitResetMs("30", now), 30000);
        QCOMPARE(rateLimitResetMs(QByteArray::number(now / 1000 + 120), now), 120000);
        QCOMPARE(rateLimitResetMs(QByteArray::number(now / 1000 - 50), now), 0); // already past
        QCOMPARE(rateLimitResetMs("9223372036854775", now), kServerWaitSeconds.max * 1000);
        QCOMPARE(rateLimitResetMs("9223372036854775807", now), kServerWaitSeconds.max * 1000);
        QCOMPARE(rateLimitResetMs("-3", now), -1);
        QCOMPARE(rateLimitResetMs("soon", now), -1);
    }

    void serverDurationRanges()
    {
        QCOMPARE(kLeaseSeconds.milliseconds(2147484), 3600000);
        QCOMPARE(kLeaseSeconds.clamp(1e300), kLeaseSeconds.max);
        QCOMPARE(kLeaseSeconds.clamp(-1e300), kLeaseSeconds.min);
        QCOMPARE(kLeaseSeconds.clamp(std::numeric_limits<double>::quiet_NaN()), kLeaseSeconds.min);
        QCOMPARE(kHeartbeatSeconds.milliseconds(std::numeric_limits<qint64>::max()), 3600000);
        QCOMPARE(kHeartbeatSeconds.milliseconds(std::numeric_limits<qint64>::min()), 5000);
        QCOMPARE(kTokenLifetimeSeconds.clamp(1e20), kTokenLifetimeSeconds.max);
    }

    void promptText()
    {
        QVERIFY(validatePromptText(QStringLiteral("Fix it\n\tplease"), QStringLiteral("The prompt")).isEmpty());
        QVERIFY(
            validatePromptText(QStringLiteral("  "), QStringLiteral("The prompt")).contains(QStringLiteral("empty")));
        const QString nul =
            validatePromptText(QStringLiteral("Fix") + QChar(0) + QStringLiteral("it"), QStringLiteral("The prompt"));
        QVERIFY2(nul.contains(QStringLiteral("NUL")) && nul.contains(QStringLiteral("position 4")), qPrintable(nul));
        QVERIFY(validatePromptText(QStringLiteral("a\x1b[2Jb"), QStringLiteral("The message"))
                    .contains(QStringLiteral("U+001b")));
        QVERIFY(!validatePromptText(QString(kMaxPromptLength + 1, QLatin1Char('x')), QStringLiteral("The prompt"))
                     .isEmpty());
    }

    void promptFileBytes()
    {
        QCOMPARE(promptFromFileBytes("Fix the parser\n", QStringLiteral("p.txt")).value,
                 QStringLiteral("Fix the parser\n"));
        QCOMPARE(promptFromFileBytes("\xef\xbb\xbf"
                                     "Fix",
                                     QStringLiteral("p.txt"))
                     .value,
                 QStringLiteral("Fix")); // BOM dropped
        QCOMPARE(promptFromFileBytes("Gr\xc3\xbc\xc3\x9f", QStringLiteral("p.txt")).value, QStringLiteral("Grüß"));
        const auto latin1 = promptFromFileBytes("caf\xe9 au lait", QStringLiteral("/tmp/p.txt"));
        QVERIFY(!latin1.ok());
        QVERIFY2(latin1.error.message.contains(QStringLiteral("/tmp/p.txt"))
                     && latin1.error.message.contains(QStringLiteral("offset 3")),
                 qPrintable(latin1.error.message));
        const auto nul = promptFromFileBytes(QByteArray("ab\0cd", 5), QStringLiteral("p.bin"));
        QVERIFY(!nul.ok());
        QVERIFY(nul.error.message.contains(QStringLiteral("offset 2")));
        QVERIFY(!promptFromFileBytes("\xc0\xaf", QStringLiteral("p")).ok());     // overlong
        QVERIFY(!promptFromFileBytes("\xed\xa0\x80", QStringLiteral("p")).ok()); // surrogate
        QVERIFY(!promptFromFileBytes("ok \xe2\x82", QStringLiteral("p")).ok());  // cut short
    }
};

AGENTDESK_TEST_MAIN(TestDomain)
#include "tst_domain.moc"
