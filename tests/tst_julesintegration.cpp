#include "TestMain.h"

#include "TestCore.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <sqlite3.h>

#include "storage/AccountStore.h"

#include <QJsonDocument>

using namespace agentdesk;
using namespace agentdesk::testing;

class TestJulesIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<JulesFixture>();
        QVERIFY(m_fx->setUp());
    }
    void cleanup() { m_fx.reset(); }

    void createPlanApproveProgressPrCompleted()
    {
        auto &fx = *m_fx;
        const auto created = fx.create(fx.newTask());
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const Task t = created.value;
        QCOMPARE(t.status, TaskStatus::Queued);
        QCOMPARE(t.account, QStringLiteral("work"));
        QVERIFY(!t.externalId.isEmpty());

        // The create request has the documented shape and the key header.
        const auto &reqs = fx.jules.http().requests();
        const auto createReq =
            std::find_if(reqs.cbegin(), reqs.cend(), [](const auto &r) { return r.method == "POST"; });
        QVERIFY(createReq != reqs.cend());
        QCOMPARE(createReq->header("x-goog-api-key"), kJulesKey.toUtf8());
        const QJsonObject body = QJsonDocument::fromJson(createReq->body).object();
        QCOMPARE(body.value(QLatin1String("sourceContext")).toObject().value(QLatin1String("source")).toString(),
                 QStringLiteral("sources/github/acme/widgets"));
        QCOMPARE(body.value(QLatin1String("automationMode")).toString(), QStringLiteral("AUTO_CREATE_PR"));
        QCOMPARE(body.value(QLatin1String("requirePlanApproval")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("sourceContext"))
                     .toObject()
                     .value(QLatin1String("githubRepoContext"))
                     .toObject()
                     .value(QLatin1String("startingBranch"))
                     .toString(),
                 QStringLiteral("main"));

        fx.jules.advance(t.externalId); // PLANNING
        QCOMPARE(fx.sync(t.id).value.status, TaskStatus::Running);
        fx.jules.advance(t.externalId); // plan, awaiting approval
        auto waiting = fx.sync(t.id);
        QCOMPARE(waiting.value.status, TaskStatus::AwaitingApproval);
        QCOMPARE(waiting.value.attention.kind, AttentionKind::PlanApproval);
        const auto activities = fx.core->tasks().activities(t.id).value;
        QCOMPARE(activities.size(), 1);
        QCOMPARE(activities.first().type, ActivityType::Plan);
        QVERIFY(activities.first().content.startsWith(QStringLiteral("1. Read the parser")));

        const auto approved =
            await<Task>([&](auto ctx, auto done) { fx.core->taskService().approvePlan(t.id, ctx, done); });
        QVERIFY2(approved.ok(), qPrintable(approved.error.message));
        QCOMPARE(approved.value.status, TaskStatus::Running);
        QCOMPARE(approved.value.attention.kind, AttentionKind::None);
        const auto approveReq = std::find_if(
            reqs.cbegin(), reqs.cend(), [](const auto &r) { return r.path.endsWith(QLatin1String(":approvePlan")); });
        QVERIFY(approveReq != reqs.cend());
        QCOMPARE(approveReq->body, QByteArray("{}"));

        // A second approval is refused locally with the reason.
        const auto again =
            await<Task>([&](auto ctx, auto done) { fx.core->taskService().approvePlan(t.id, ctx, done); });
        QCOMPARE(again.error.kind, ErrorKind::Usage);

        for (int i = 0; i < 6; ++i)
            fx.jules.advance(t.externalId);
        const auto done = fx.sync(t.id);
        QVERIFY2(done.ok(), qPrintable(done.error.message));
        QCOMPARE(done.value.status, TaskStatus::Completed);
        QCOMPARE(done.value.result.prUrl, QStringLiteral("https://github.com/acme/widgets/pull/7"));
        QCOMPARE(done.value.result.prNumber.value_or(0), 7);
        QVERIFY(done.value.completedAt.isValid());
        QVERIFY(done.value.result.durationSeconds.has_value());

        const auto all = fx.core->tasks().activities(t.id).value;
        QStringList types;
        for (const Activity &a : all)
            types << activityTypeKey(a.type);
        QCOMPARE(types,
                 (QStringList{QStringLiteral("plan"), QStringLiteral("message"), QStringLiteral("command"),
                              QStringLiteral("code_change"), QStringLiteral("message"), QStringLiteral("completion")}));
        QCOMPARE(all.size(), fx.jules.activityCount(t.externalId));

        // Resync: nothing duplicated, nothing reordered, nothing written.
        QSignalSpy changed(&fx.core->tasks(), &TaskStore::taskChanged);
        QSignalSpy actChanged(&fx.core->tasks(), &TaskStore::activitiesChanged);
        QVERIFY(fx.sync(t.id).ok());
        QVERIFY(fx.sync(t.id).ok());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(actChanged.count(), 0);
        QCOMPARE(fx.core->tasks().activities(t.id).value, all);
    }

    void followUpMessageAnswersTheAgent()
    {
        auto &fx = *m_fx;
        fx.jules.setAskForFeedback(true);
        const Task t = fx.create(fx.newTask(false, false)).value;
        for (int i = 0; i < 4; ++i)
            fx.jules.advance(t.externalId);
        const auto asking = fx.sync(t.id);
        QCOMPARE(fx.jules.state(t.externalId), QStringLiteral("AWAITING_USER_FEEDBACK"));
        QCOMPARE(asking.value.attention.kind, AttentionKind::NeedsInput);
        QVERIFY(asking.value.status != TaskStatus::Queued);
        QVERIFY(!asking.value.attention.reason.isEmpty());

        const auto empty = await<Task>(
            [&](auto ctx, auto done) { fx.core->taskService().sendMessage(t.id, QStringLiteral("  "), ctx, done); });
        QCOMPARE(empty.error.kind, ErrorKind::Validation);

        const auto sent = await<Task>([&](auto ctx, auto done) {
            fx.core->taskService().sendMessage(t.id, QStringLiteral("An empty list, please."), ctx, done);
        });
        QVERIFY2(sent.ok(), qPrintable(sent.error.message));
        QCOMPARE(sent.value.attention.kind, AttentionKind::None);
        const auto &reqs = fx.jules.http().requests();
        const auto msg = std::find_if(reqs.cbegin(), reqs.cend(),
                                      [](const auto &r) { return r.path.endsWith(QLatin1String(":sendMessage")); });
        QVERIFY(msg != reqs.cend());
        QCOMPARE(QJsonDocument::fromJson(msg->body).object(),
                 QJsonObject({{QStringLiteral("prompt"), QStringLiteral("An empty list, please.")}}));
        const auto acts = fx.core->tasks().activities(t.id).value;
        QCOMPARE(acts.last().metadata.value(QLatin1String("author")).toString(), QStringLiteral("user"));

        fx.jules.advance(t.externalId);
        fx.jules.advance(t.externalId);
        const auto done = fx.sync(t.id);
        QCOMPARE(done.value.status, TaskStatus::Completed);
        QVERIFY(done.value.result.prUrl.isEmpty()); // no AUTO_CREATE_PR: no PR
    }

    void recoversFromRateLimitsAndServerErrors()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.newTask()).value;
        fx.jules.advance(t.externalId);
        fx.jules.failNext(2, 503, QStringLiteral("/sessions/"));
        fx.jules.failNext(1, 429, QStringLiteral("/activities"), 1);
        QElapsedTimer timer;
        timer.start();
        const auto r = fx.sync(t.id);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.status, TaskStatus::Running);
        QVERIFY(timer.elapsed() >= 900); // Retry-After: 1 was honoured

        // A fault that outlasts the retries surfaces as a provider error with context.
        fx.jules.failNext(10, 500, QStringLiteral("/sessions/"));
        const auto failed = fx.sync(t.id);
        QCOMPARE(failed.error.kind, ErrorKind::Provider);
        QVERIFY(failed.error.message.contains(QStringLiteral("Jules: get session")));
        QCOMPARE(fx.core->tasks().task(t.id)->status, TaskStatus::Running); // nothing lost
    }

    void activitiesOverThreePagesAndIncrementalSync()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.newTask(false, false)).value;
        fx.jules.advance(t.externalId);
        fx.jules.addProgress(t.externalId, 250);
        fx.jules.http().clearRequests();
        QVERIFY(fx.sync(t.id).ok());
        int pages = 0;
        for (const auto &r : fx.jules.http().requests())
            pages += r.path.endsWith(QLatin1String("/activities"));
        QCOMPARE(pages, 3);
        const auto stored = fx.core->tasks().activities(t.id).value;
        QCOMPARE(stored.size(), 250);
        QCOMPARE(stored.first().content, QStringLiteral("Step 1"));
        QCOMPARE(stored.last().content, QStringLiteral("Step 250"));

        // Next sync asks only for what is new, and still adds nothing twice.
        fx.jules.addProgress(t.externalId, 2);
        fx.jules.http().clearRequests();
        QVERIFY(fx.sync(t.id).ok());
        const auto incremental =
            std::find_if(fx.jules.http().requests().cbegin(), fx.jules.http().requests().cend(),
                         [](const auto &r) { return r.path.endsWith(QLatin1String("/activities")); });
        QVERIFY(incremental->query.hasQueryItem(QStringLiteral("filter")));
        QCOMPARE(fx.core->tasks().activities(t.id).value.size(), 252);

        // A server that refuses the filter gets plain paging instead.
        fx.jules.setRefuseTimeFilter(true);
        fx.jules.addProgress(t.externalId, 1);
        const auto fallback = fx.sync(t.id);
        QVERIFY2(fallback.ok(), qPrintable(fallback.error.message));
        QCOMPARE(fx.core->tasks().activities(t.id).value.size(), 253);
    }

    void transientNotFoundRightAfterCreate()
    {
        auto &fx = *m_fx;
        fx.jules.setTransientNotFoundAfterCreate(2);
        const Task t = fx.create(fx.newTask()).value;
        const auto r = fx.sync(t.id);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    }

    void cancelIsRefusedPlainly()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.newTask()).value;
        fx.jules.http().clearRequests();
        const auto r = await<Task>([&](auto ctx, auto done) { fx.core->taskService().cancel(t.id, ctx, done); });
        QCOMPARE(r.error.kind, ErrorKind::Usage);
        QVERIFY(r.error.message.contains(QStringLiteral("no upstream cancel")));
        QCOMPARE(fx.jules.http().requests().size(), 0);
        QCOMPARE(fx.core->tasks().task(t.id)->status, TaskStatus::Queued);
        QVERIFY(!fx.core->taskService().whyNot(t, Operation::Cancel).isEmpty());
    }

    void deleteHereAndUpstream()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.newTask()).value;
        const Task local = fx.create(fx.newTask()).value;
        QVERIFY(
            await<Done>([&](auto ctx, auto done) { fx.core->taskService().remove(local.id, false, ctx, done); }).ok());
        QVERIFY(fx.jules.sessionIds().contains(local.externalId)); // only local
        QVERIFY(await<Done>([&](auto ctx, auto done) { fx.core->taskService().remove(t.id, true, ctx, done); }).ok());
        QVERIFY(!fx.jules.sessionIds().contains(t.externalId));
        QVERIFY(!fx.core->tasks().task(t.id));
        QCOMPARE(
            await<Done>([&](auto ctx, auto done) { fx.core->taskService().remove(t.id, true, ctx, done); }).error.kind,
            ErrorKind::NotFound);
    }

    void badInputWritesNothing()
    {
        auto &fx = *m_fx;
        NewTask unknownRepo = fx.newTask();
        unknownRepo.repoUrl = QStringLiteral("https://github.com/acme/unknown");
        const auto r = fx.create(unknownRepo);
        QCOMPARE(r.error.kind, ErrorKind::Validation);
        QVERIFY(r.error.message.contains(QStringLiteral("acme/unknown")));
        NewTask env = fx.newTask();
        env.options.environment.insert(QStringLiteral("A"), QStringLiteral("1"));
        QCOMPARE(fx.create(env).error.kind, ErrorKind::Validation);
        NewTask invalid = fx.newTask();
        invalid.prompt.clear();
        QCOMPARE(fx.create(invalid).error.kind, ErrorKind::Validation);
        QCOMPARE(fx.core->tasks().count().value, 0);
        QCOMPARE(fx.jules.sessionIds().size(), 0);
    }

    void wrongKeyIsAnAuthError()
    {
        auto &fx = *m_fx;
        QVERIFY(await<Account>([&](auto ctx, auto done) {
                    fx.core->accountService().add(
                        Account{QStringLiteral("stale"), ProviderId::Jules, fx.jules.baseUrl(), {}, {}},
                        Secret(QStringLiteral("AIzaRevokedKey-000000")), false, ctx, done);
                }).ok());
        NewTask t = fx.newTask();
        t.account = QStringLiteral("stale");
        const auto r = fx.create(t);
        QCOMPARE(r.error.kind, ErrorKind::Auth);
        QVERIFY(!r.error.message.contains(QStringLiteral("AIzaRevokedKey")));
        // Two accounts for one provider: the task must say which.
        QCOMPARE(fx.create(fx.newTask()).error.kind, ErrorKind::Validation);
    }

    // What a broken or lying upstream says is an error with the provider's name and the
    // status, never a silent "nothing changed"; the task stays as it was.
    void dishonestAnswersAreErrors()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.newTask()).value;
        fx.jules.advance(t.externalId);
        QVERIFY(fx.sync(t.id).ok());
        const Task before = *fx.core->tasks().task(t.id);
        auto onSession = [&](std::function<void(fakes::FakeResponse &)> change) {
            fx.jules.http().setResponseFilter([change](const fakes::FakeRequest &req, fakes::FakeResponse &resp) {
                if (req.method == "GET" && req.path.contains(QLatin1String("/sessions/"))
                    && !req.path.contains(QLatin1String("/activities")))
                    change(resp);
            });
        };
        onSession([](fakes::FakeResponse &resp) { // a captive portal
            resp.body = "<html><body>Please log in to the Wi-Fi</body></html>";
            resp.headers = {qMakePair(QByteArray("Content-Type"), QByteArray("text/html"))};
        });
        auto r = fx.sync(t.id);
        QCOMPARE(r.error.kind, ErrorKind::Provider);
        QVERIFY2(r.error.message.contains(QLatin1String("Jules")) && r.error.message.contains(QLatin1String("200")),
                 qPrintable(r.error.message));
        onSession([](fakes::FakeResponse &resp) { resp.body.clear(); });
        QCOMPARE(fx.sync(t.id).error.kind, ErrorKind::Provider);
        onSession([](fakes::FakeResponse &resp) { // a session without its id
            QJsonObject o = QJsonDocument::fromJson(resp.body).object();
            o.remove(QStringLiteral("id"));
            o.remove(QStringLiteral("name"));
            o.insert(QStringLiteral("state"), QStringLiteral("FAILED"));
            resp.body = QJsonDocument(o).toJson();
        });
        r = fx.sync(t.id);
        QCOMPARE(r.error.kind, ErrorKind::Provider);
        QCOMPARE(fx.core->tasks().task(t.id)->status, before.status);
        QCOMPARE(fx.core->tasks().task(t.id)->updatedAt, before.updatedAt);

        // A title of a megabyte is kept as one bounded line.
        onSession([](fakes::FakeResponse &resp) {
            QJsonObject o = QJsonDocument::fromJson(resp.body).object();
            o.insert(QStringLiteral("title"), QString(1024 * 1024, QLatin1Char('x')));
            resp.body = QJsonDocument(o).toJson();
        });
        r = fx.sync(t.id);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY2(r.value.title.size() <= 500, qPrintable(QString::number(r.value.title.size())));
        fx.jules.http().setResponseFilter({});
    }

    // A re-sync that brings nothing new reads none of the task's stored activities: its
    // cost does not grow with the history. Watched at the source: SQLite's own trace of
    // every statement the sync runs.
    void resyncReadsNoHistory()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.newTask(false)).value;
        fx.jules.advance(t.externalId);
        fx.jules.addProgress(t.externalId, 300, 2000);
        QVERIFY(fx.sync(t.id).ok());
        QVERIFY(fx.core->tasks().activities(t.id).value.size() >= 300);

        QSqlDatabase db = fx.core->database().connection();
        const QVariant handle = db.driver()->handle();
        QCOMPARE(QByteArray(handle.typeName()), QByteArray("sqlite3*"));
        sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        QStringList statements;
        sqlite3_trace_v2(
            sqlite, SQLITE_TRACE_STMT,
            [](unsigned, void *out, void *, void *sql) -> int {
                static_cast<QStringList *>(out)->append(QString::fromUtf8(static_cast<const char *>(sql)));
                return 0;
            },
            &statements);
        const auto again = fx.sync(t.id);
        sqlite3_trace_v2(sqlite, 0, nullptr, nullptr);
        QVERIFY2(again.ok(), qPrintable(again.error.message));
        // The trace sees the sync's statements (it reads and writes the task itself) ...
        QVERIFY(std::any_of(statements.cbegin(), statements.cend(),
                            [](const QString &sql) { return sql.toUpper().contains(QLatin1String("FROM TASKS")); }));
        // ... and none of them reads stored activities.
        for (const QString &sql : std::as_const(statements)) {
            const QString s = sql.simplified().toUpper();
            const bool readsActivities =
                s.startsWith(QLatin1String("SELECT")) && s.contains(QLatin1String("FROM ACTIVITIES"));
            QVERIFY2(!readsActivities, qPrintable(sql));
        }
    }

    void lockedKeychainIsItsOwnError()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.newTask()).value;
        QVERIFY(fx.sync(t.id).ok());
        // A key read once stays in memory for the process: a keyring locked later (the
        // screen locks) does not stop the syncs ...
        auto &keychain = static_cast<fakes::MemorySecretStore &>(fx.core->keychain());
        keychain.setLocked(true);
        const int reads = fx.core->credentials().keychainReads();
        QVERIFY(fx.sync(t.id).ok());
        QCOMPARE(fx.core->credentials().keychainReads(), reads);
        // ... but a key not read yet is a keychain error that says "locked", not "no key".
        fx.core->credentials().forget(QStringLiteral("work"));
        const auto r = fx.sync(t.id);
        QCOMPARE(r.error.kind, ErrorKind::Keychain);
        QVERIFY2(r.error.message.contains(QStringLiteral("locked")), qPrintable(r.error.message));
        keychain.setLocked(false);
        QVERIFY(fx.sync(t.id).ok());
    }

private:
    std::unique_ptr<JulesFixture> m_fx;
};

AGENTDESK_TEST_MAIN(TestJulesIntegration)
#include "tst_julesintegration.moc"
