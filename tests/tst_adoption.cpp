// One inbox: tasks started elsewhere (the provider's own app, CLI or IDE) are adopted
// for every provider, against each provider's fake: before and after the account is
// added, synced twice without duplicates, with their activities, archived ones hidden,
// and the ones the provider no longer has marked gone upstream.
#include "TestCore.h"
#include "TestMain.h"

#include "fakes/FakeCopilotServer.h"
#include "fakes/TestClock.h"
#include "tasks/TaskAdoption.h"

using namespace agentdesk;
using namespace agentdesk::testing;

namespace {
const QString kCopilotToken = QStringLiteral("github_pat_fakeCopilot0001");

struct Upstream {
    ProviderId provider;
    QUrl baseUrl;
    QString key;
    QJsonObject settings;
    std::function<QString(const QString &prompt)> addElsewhere;
    std::function<void(const QString &id)> forget;
    std::function<void(const QString &id)> archive; // empty: the provider has no archive
};
} // namespace

class TestAdoption : public QObject
{
    Q_OBJECT

    Upstream upstream(const QString &row)
    {
        auto &fx = *m_fx;
        if (row == QLatin1String("jules"))
            return {ProviderId::Jules,
                    fx.jules.baseUrl(),
                    kJulesKey,
                    {},
                    [&fx](const QString &p) { return fx.jules.addSessionElsewhere(p, 2); },
                    [&fx](const QString &id) { fx.jules.forget(id); },
                    [&fx](const QString &id) { fx.jules.archive(id); }};
        if (row == QLatin1String("devin v1") || row == QLatin1String("devin v3")) {
            const bool v3 = row.endsWith(QLatin1String("v3"));
            return {ProviderId::Devin,
                    fx.devin.baseUrl(),
                    v3 ? kDevinV3Key : kDevinV1Key,
                    {},
                    [&fx](const QString &p) { return fx.devin.addSessionElsewhere(p, 1); },
                    [&fx](const QString &id) { fx.devin.forget(id); },
                    {}};
        }
        if (row == QLatin1String("cursor v1") || row == QLatin1String("cursor v0")) {
            const bool v1 = row.endsWith(QLatin1String("v1"));
            return {ProviderId::CursorCloud,
                    fx.cursor.baseUrl(),
                    kCursorKey,
                    QJsonObject{{QStringLiteral("apiVersion"), v1 ? QStringLiteral("v1") : QStringLiteral("v0")}},
                    [&fx, v1](const QString &p) { return fx.cursor.addAgentElsewhere(p, v1, 1); },
                    [&fx](const QString &id) { fx.cursor.forget(id); },
                    v1 ? std::function<void(const QString &)>([&fx](const QString &id) { fx.cursor.archive(id); })
                       : nullptr};
        }
        if (row == QLatin1String("codex"))
            return {ProviderId::CodexCloud,
                    fx.codex.baseUrl(),
                    kCodexToken,
                    QJsonObject{{QStringLiteral("accountId"), kCodexAccount}},
                    [&fx](const QString &p) { return fx.codex.addTaskElsewhere(p, 1); },
                    [&fx](const QString &id) { fx.codex.forget(id); },
                    [&fx](const QString &id) { fx.codex.archive(id); }};
        return {ProviderId::Copilot,
                m_copilot->baseUrl(),
                kCopilotToken,
                {},
                [this](const QString &p) { return m_copilot->addTaskElsewhere(QStringLiteral("acme/widgets"), p); },
                [this](const QString &id) { m_copilot->forget(id); },
                [this](const QString &id) { m_copilot->archive(id); }};
    }

    TaskAdoption::Report sync(const QString &account, bool full)
    {
        const auto r = await<TaskAdoption::Report>(
            [&](auto ctx, auto done) { m_fx->core->adoption().syncAccount(account, full, ctx, done); });
        // The adopted tasks' activities are fetched after the walk.
        [&] { QTRY_COMPARE_WITH_TIMEOUT(m_fx->core->adoption().pendingActivityFetches(), 0, 20000); }();
        return r.value;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = fakes::ShiftedClock();
        m_fx = std::make_unique<AllProviders>();
        QVERIFY(m_fx->setUpAll(&m_clock));
        m_copilot = std::make_unique<fakes::FakeCopilotServer>(kCopilotToken);
        m_copilot->addRepository(QStringLiteral("acme/widgets"));
        QVERIFY(m_copilot->start());
    }
    void cleanup()
    {
        m_fx.reset();
        m_copilot.reset();
    }

    void adoptsTasksStartedElsewhere_data()
    {
        QTest::addColumn<QString>("row");
        for (const char *row : {"jules", "devin v1", "devin v3", "cursor v1", "cursor v0", "codex", "copilot"})
            QTest::newRow(row) << QString::fromLatin1(row);
    }

    void adoptsTasksStartedElsewhere()
    {
        QFETCH(QString, row);
        auto &fx = *m_fx;
        const Upstream up = upstream(row);
        // Two tasks exist upstream before the account is added here.
        const QString before1 = up.addElsewhere(QStringLiteral("Started in the web app: fix the login flake"));
        const QString before2 = up.addElsewhere(QStringLiteral("Started from the CLI: bump the parser"));
        const QString name = QStringLiteral("adopt-") + QString(row).replace(QLatin1Char(' '), QLatin1Char('-'));
        const auto added = await<Account>([&](auto ctx, auto done) {
            fx.core->accountService().add(Account{name, up.provider, up.baseUrl, {}, up.settings}, Secret(up.key),
                                          false, ctx, done);
        });
        QVERIFY2(added.ok(), qPrintable(added.error.message));

        // The first walk of an account sees everything.
        TaskAdoption::Report r = sync(name, false);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QVERIFY(r.complete);
        auto taskOf = [&](const QString &externalId) {
            return fx.core->tasks().findByExternalId(up.provider, externalId).value;
        };
        for (const QString &ext : {before1, before2}) {
            const std::optional<Task> t = taskOf(ext);
            QVERIFY2(t, qPrintable(ext));
            QCOMPARE(t->origin, TaskOrigin::Elsewhere);
            QCOMPARE(t->account, name);
            QVERIFY2(!fx.core->tasks().activities(t->id).value.isEmpty(), "adopted with its activities");
        }

        // One more started upstream: the next (incremental) walk adopts just that one.
        const QString after = up.addElsewhere(QStringLiteral("Started in the IDE: tidy the README"));
        r = sync(name, false);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QCOMPARE(r.added, 1);
        QVERIFY(taskOf(after));
        // Again: nothing new, nothing doubled.
        const int count = fx.core->tasks().count().value;
        r = sync(name, false);
        QCOMPARE(r.added, 0);
        QCOMPARE(fx.core->tasks().count().value, count);
        r = sync(name, true);
        QCOMPARE(r.added, 0);
        QCOMPARE(fx.core->tasks().count().value, count);

        // Archived upstream: adopted, but out of the way (hidden); not mistaken for gone.
        if (up.archive) {
            const QString archived = up.addElsewhere(QStringLiteral("Archived after a look"));
            up.archive(archived);
            r = sync(name, true);
            QVERIFY2(!r.error, qPrintable(r.error.message));
            const std::optional<Task> t = taskOf(archived);
            QVERIFY(t);
            QVERIFY(t->archived);
            QVERIFY(t->hidden);
            QVERIFY(!t->goneAt.isValid());
        }

        // Gone upstream: a full walk that saw everything marks it, and it needs nobody.
        up.forget(before1);
        // (A task created this very minute is never called gone: it may not be listed yet.)
        m_clock.shift(5 * 60 * 1000);
        r = sync(name, true);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QCOMPARE(r.gone, 1);
        const std::optional<Task> gone = taskOf(before1);
        QVERIFY(gone->goneAt.isValid());
        QVERIFY(!gone->attention.needsYou());
        QVERIFY(!taskOf(before2)->goneAt.isValid());
    }

    // The operator chooses per account: none adopts nothing; a number of days adopts
    // only what changed within them.
    // The window looks again when it gains focus (lookSoon), between the timer's walks,
    // and not again within the gap.
    void aLookSoonFindsANewTaskBetweenTimerWalks()
    {
        auto &fx = *m_fx;
        TaskAdoption &adoption = fx.core->adoption();
        QSignalSpy synced(&adoption, &TaskAdoption::accountSynced);
        adoption.start(0, 3600 * 1000); // the timer's next walk is an hour away
        QTRY_VERIFY(!synced.isEmpty() && !adoption.isWalking());
        const QString id = fx.jules.addSessionElsewhere(QStringLiteral("Started in the web app just now"), 2);
        const qsizetype walks = synced.size();
        adoption.lookSoon(0);
        QTRY_VERIFY(fx.core->tasks().findByExternalId(ProviderId::Jules, id).value.has_value());
        QTRY_VERIFY(!adoption.isWalking());
        const qsizetype after = synced.size();
        QVERIFY(after > walks);
        adoption.lookSoon(60000); // within the gap: no walk (a started one would begin at the next event)
        QCoreApplication::processEvents();
        QVERIFY(!adoption.isWalking());
        QCOMPARE(synced.size(), after);
        adoption.stop();
    }

    void policyLimitsWhatIsAdopted()
    {
        auto &fx = *m_fx;
        fx.jules.addSessionElsewhere(QStringLiteral("One"), 1);
        fx.jules.addSessionElsewhere(QStringLiteral("Two"), 1);
        const auto none = await<Account>([&](auto ctx, auto done) {
            fx.core->accountService().add(Account{QStringLiteral("quiet"),
                                                  ProviderId::Jules,
                                                  fx.jules.baseUrl(),
                                                  {},
                                                  QJsonObject{{QStringLiteral("adopt"), QStringLiteral("none")}}},
                                          Secret(kJulesKey), false, ctx, done);
        });
        QVERIFY(none.ok());
        const int before = fx.core->tasks().count().value;
        TaskAdoption::Report r = sync(QStringLiteral("quiet"), true);
        QVERIFY(r.skipped);
        QCOMPARE(fx.core->tasks().count().value, before);
        QVERIFY(TaskAdoption::Policy::parse(QStringLiteral("7")).has_value());
        QCOMPARE(TaskAdoption::Policy::parse(QStringLiteral("7"))->days, 7);
        QVERIFY(!TaskAdoption::Policy::parse(QStringLiteral("-3")));
        QVERIFY(!TaskAdoption::Policy::parse(QStringLiteral("lots")));
        QCOMPARE(TaskAdoption::Policy::of(Account{}).mode, TaskAdoption::Policy::RecentDays); // the default: 30 days
    }

private:
    fakes::ShiftedClock m_clock; // declared first: the core it is handed to goes before it
    std::unique_ptr<AllProviders> m_fx;
    std::unique_ptr<fakes::FakeCopilotServer> m_copilot;
};

AGENTDESK_TEST_MAIN(TestAdoption)
#include "tst_adoption.moc"
