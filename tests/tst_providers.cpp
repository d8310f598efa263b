// Each provider's particular behaviour over loopback against its fake: upstream cancel
// where it exists, 429/5xx recovery, pagination, Cursor's live stream (push, drop and
// resume, expiry and fallback), conflicts explained, Codex environments, refused options.
#include "TestCore.h"
#include "TestMain.h"
#include "attention/AttentionModel.h"
#include "storage/LedgerStore.h"
#include "tasks/BudgetGuard.h"
#include "tasks/Ledger.h"
#include <QSignalSpy>

#include "providers/ProviderRegistry.h"
#include "providers/cursor/CursorAdapter.h"
#include "tasks/TaskRefresher.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace agentdesk;
using namespace agentdesk::testing;

class TestProviders : public QObject
{
    Q_OBJECT

    QJsonObject lastBody(fakes::FakeHttpServer &http, const QByteArray &method, const QString &pathPart)
    {
        const auto &reqs = http.requests();
        for (auto it = reqs.crbegin(); it != reqs.crend(); ++it)
            if (it->method == method && it->path.contains(pathPart))
                return QJsonDocument::fromJson(it->body).object();
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<AllProviders>();
        QVERIFY(m_fx->setUpAll());
    }
    void cleanup() { m_fx.reset(); }

    void devinV1CancelIsARealTerminate()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.taskFor("devin", "devin1")).value;
        QVERIFY(t.externalId.startsWith(QStringLiteral("devin-"))); // read from session_id
        const QJsonObject body = lastBody(fx.devin.http(), "POST", QStringLiteral("/v1/sessions"));
        QVERIFY(
            body.value(QLatin1String("prompt")).toString().contains(QStringLiteral("https://github.com/acme/widgets")));
        fx.devin.advance(t.externalId);
        QVERIFY(fx.sync(t.id).ok());
        const auto cancelled = fx.cancel(t.id);
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.error.message));
        QVERIFY(fx.devin.terminated(t.externalId));
        QCOMPARE(fx.devin.http().countRequests("DELETE", QStringLiteral("/v1/sessions/")), 1);
        // Devin now reports the session as expired; it stays "cancelled" here.
        const auto after = fx.sync(t.id);
        QCOMPARE(after.value.upstreamStatus, QStringLiteral("expired"));
        QCOMPARE(after.value.status, TaskStatus::Cancelled);
        QCOMPARE(fx.cancel(t.id).error.kind, ErrorKind::Usage); // ended: nothing to cancel
    }

    // Devin documents its base URL with the version (https://api.devin.ai/v1): taken as
    // it is, never doubled; a version that contradicts the key is refused with advice.
    void baseUrlWithTheApiVersion()
    {
        auto &fx = *m_fx;
        QUrl withVersion = fx.devin.baseUrl();
        withVersion.setPath(QStringLiteral("/v1"));
        const auto added = await<Account>([&](auto ctx, auto done) {
            fx.core->accountService().add(Account{QStringLiteral("devinv"), ProviderId::Devin, withVersion, {}, {}},
                                          Secret(kDevinV1Key), false, ctx, done);
        });
        QVERIFY2(added.ok(), qPrintable(added.error.message));
        const auto created = fx.create(fx.taskFor("devin", "devinv"));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(fx.devin.http().requests().last().path, QStringLiteral("/v1/sessions"));
        QVERIFY(fx.sync(created.value.id).ok());
        QCOMPARE(fx.devin.http().countRequests({}, QStringLiteral("/v1/v1")), 0);

        QUrl wrongVersion = fx.devin.baseUrl();
        wrongVersion.setPath(QStringLiteral("/v1"));
        const auto refused = await<Account>([&](auto ctx, auto done) {
            fx.core->accountService().add(Account{QStringLiteral("devinx"), ProviderId::Devin, wrongVersion, {}, {}},
                                          Secret(kDevinV3Key), false, ctx, done);
        });
        QCOMPARE(refused.error.kind, ErrorKind::Validation);
        QVERIFY2(refused.error.message.contains(fx.devin.baseUrl().toString()), qPrintable(refused.error.message));
    }

    void devinV3OrgMessagesPagingAndRecovery()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.taskFor("devin", "devin3")).value;
        QCOMPARE(lastBody(fx.devin.http(), "POST", QStringLiteral("/sessions")).value(QLatin1String("repos")).toArray(),
                 QJsonArray{QStringLiteral("acme/widgets")});
        fx.devin.addMessages(t.externalId, 450);
        fx.devin.http().failNext(1, 429, QStringLiteral("/messages"), 1);
        fx.devin.http().failNext(2, 503, QStringLiteral("/sessions/"));
        fx.devin.http().clearRequests();
        const auto synced = fx.sync(t.id);
        QVERIFY2(synced.ok(), qPrintable(synced.error.message));
        QCOMPARE(fx.core->tasks().activities(t.id).value.size(), 451);
        QCOMPARE(fx.devin.http().countRequests("GET", QStringLiteral("/v3/self")), 0); // org cached since create
        // Next sync resumes after the last cursor: one page, nothing repeated.
        fx.devin.addMessages(t.externalId, 1);
        fx.devin.http().clearRequests();
        QVERIFY(fx.sync(t.id).ok());
        QCOMPARE(fx.devin.http().countRequests("GET", QStringLiteral("/messages")), 1);
        QVERIFY(fx.devin.http().requests().last().query.hasQueryItem(QStringLiteral("after")));
        QCOMPARE(fx.core->tasks().activities(t.id).value.size(), 452);
        QVERIFY(fx.cancel(t.id).ok());
        const auto &reqs = fx.devin.http().requests();
        const auto del = std::find_if(reqs.cbegin(), reqs.cend(), [](const auto &r) { return r.method == "DELETE"; });
        QVERIFY(del != reqs.cend());
        QCOMPARE(del->query.queryItemValue(QStringLiteral("archive")), QStringLiteral("false"));
    }

    // The ledger: a Devin task costs its acus_consumed, priced from the table; an ACU
    // budget caps max_acu_limit at what is left, and a spent one refuses the next task
    // before anything is sent.
    void devinCostIsItsAcusAndItsBudgetCapsTheLimit()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.taskFor("devin", "devin3")).value;
        fx.devin.advance(t.externalId);
        fx.devin.advance(t.externalId);
        QVERIFY(fx.sync(t.id).ok());
        const Task synced = *fx.core->tasks().task(t.id);
        QVERIFY(synced.result.cost.has_value());
        QCOMPARE(synced.result.cost->unit, QStringLiteral("acu"));
        QVERIFY(qAbs(synced.result.cost->amount - fx.devin.acusConsumed(t.externalId)) < 0.01);
        QVERIFY(synced.result.cost->exact);
        const QJsonValue priced = Ledger::costJson(synced, fx.core->ledger().prices());
        QVERIFY(qAbs(priced[QLatin1String("usd")].toDouble() - 2.25 * synced.result.cost->amount) < 0.01);

        Budget acus;
        acus.account = QStringLiteral("devin3");
        acus.unit = QStringLiteral("acu");
        acus.period = Budget::Period::Day;
        acus.amount = synced.result.cost->amount + 7.6; // 7 whole ACUs left
        QVERIFY(!fx.core->ledgerStore().setBudget(acus));
        QVERIFY(fx.create(fx.taskFor("devin", "devin3")).ok());
        QCOMPARE(lastBody(fx.devin.http(), "POST", QStringLiteral("/sessions"))
                     .value(QLatin1String("max_acu_limit"))
                     .toInt(),
                 7);

        acus.amount = synced.result.cost->amount; // spent
        QVERIFY(!fx.core->ledgerStore().setBudget(acus));
        const int posts = fx.devin.http().countRequests("POST", QStringLiteral("/sessions"));
        const auto refused = fx.create(fx.taskFor("devin", "devin3"));
        QCOMPARE(refused.error.kind, ErrorKind::Budget);
        QCOMPARE(exitCodeFor(refused.error), 7);
        QVERIFY2(refused.error.message.contains(QStringLiteral("devin3")), qPrintable(refused.error.message));
        QCOMPARE(fx.devin.http().countRequests("POST", QStringLiteral("/sessions")), posts); // nothing sent
        QVERIFY(fx.core->ledgerStore().removeBudget(acus.scope()).value);
    }

    // A `stop` budget, once spent, cancels running tasks upstream at their next sync —
    // Devin and Cursor can be stopped — and blocks new ones.
    void aSpentStopBudgetCancelsRunningTasks()
    {
        auto &fx = *m_fx;
        const Task devin = fx.create(fx.taskFor("devin", "devin3")).value;
        const Task cursor = fx.create(fx.taskFor("cursor-cloud", "cursor1")).value;
        fx.devin.advance(devin.externalId);
        fx.cursor.advance(cursor.externalId);
        Budget stop;
        stop.unit = QStringLiteral("tasks");
        stop.amount = 1; // already spent: at least two tasks today
        stop.period = Budget::Period::Day;
        stop.onLimit = Budget::OnLimit::Stop;
        QVERIFY(!fx.core->ledgerStore().setBudget(stop));
        QVERIFY(fx.sync(devin.id).ok());
        QVERIFY(fx.sync(cursor.id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(fx.devin.terminated(devin.externalId), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(fx.core->tasks().task(devin.id)->status, TaskStatus::Cancelled, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(fx.core->tasks().task(cursor.id)->status, TaskStatus::Cancelled, 10000);
        QVERIFY(fx.cursor.http().countRequests("POST", QStringLiteral("/cancel")) >= 1);
        QCOMPARE(fx.create(fx.taskFor("devin", "devin3")).error.kind, ErrorKind::Budget);
        QVERIFY(fx.core->ledgerStore().removeBudget(stop.scope()).value);
    }

    // A budget that reaches its limit is announced (once per threshold and period), and
    // the attention model shows it as needing the operator.
    void aBudgetReachingItsLimitIsAnnounced()
    {
        auto &fx = *m_fx;
        Budget count;
        count.account = QStringLiteral("devin3");
        count.unit = QStringLiteral("tasks");
        count.period = Budget::Period::Day;
        count.onLimit = Budget::OnLimit::Warn;
        count.amount = 1000;
        QVERIFY(!fx.core->ledgerStore().setBudget(count));
        const Outcome<QList<Ledger::Standing>> before = fx.core->ledger().standings();
        QVERIFY(before.ok() && before.value.size() == 1);
        count.amount = before.value.first().spent + 1; // the next task spends it
        QVERIFY(!fx.core->ledgerStore().setBudget(count));
        AttentionModel attention(fx.core->tasks());
        connect(&fx.core->budgetGuard(), &BudgetGuard::budgetReached, &attention, &AttentionModel::budgetReached);
        QSignalSpy reached(&fx.core->budgetGuard(), &BudgetGuard::budgetReached);
        QVERIFY(fx.create(fx.taskFor("devin", "devin3")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!reached.isEmpty(), 5000);
        QCOMPARE(reached.first().at(0).toString(), QStringLiteral("account:devin3"));
        QCOMPARE(reached.first().at(1).toInt(), 100);
        const AttentionItem item = attention.item(QStringLiteral("budget:account:devin3"));
        QCOMPARE(item.level, AttentionItem::Level::NeedsYou);
        QVERIFY2(item.reason.contains(QStringLiteral("devin3")), qPrintable(item.reason));
        QVERIFY(fx.core->ledgerStore().removeBudget(count.scope()).value);
    }

    void devinRefusesWhatItCannotDo()
    {
        auto &fx = *m_fx;
        NewTask plan = fx.taskFor("devin", "devin1");
        plan.options.planApprovalRequired = true;
        QCOMPARE(fx.create(plan).error.kind, ErrorKind::Validation);
        NewTask model = fx.taskFor("devin", "devin1");
        model.options.provider.insert(QStringLiteral("model"), QStringLiteral("x"));
        const auto refused = fx.create(model);
        QCOMPARE(refused.error.kind, ErrorKind::Validation);
        QVERIFY(refused.error.message.contains(QStringLiteral("\"model\"")));
        NewTask knobs = fx.taskFor("devin", "devin1");
        knobs.options.provider = {{QStringLiteral("maxAcuLimit"), 5},
                                  {QStringLiteral("tags"), QJsonArray{QStringLiteral("t1")}}};
        QVERIFY(fx.create(knobs).ok());
        const QJsonObject body = lastBody(fx.devin.http(), "POST", QStringLiteral("/v1/sessions"));
        QCOMPARE(body.value(QLatin1String("max_acu_limit")).toInt(), 5);
        QVERIFY(body.value(QLatin1String("tags")).toArray().contains(QStringLiteral("t1")));
        QCOMPARE(fx.core->taskService().capabilities(ProviderId::Devin).planApproval, false);
    }

    void cursorV1LiveStreamPushesAndResumes()
    {
        auto &fx = *m_fx;
        auto &refresher = fx.core->refresher();
        TaskRefresher::Intervals slow; // polling alone would take a minute
        slow.runningMs = slow.queuedMs = slow.waitingMs = 60000;
        refresher.setIntervals(slow);
        const Task t = fx.create(fx.taskFor("cursor-cloud", "cursor1")).value;
        QCOMPARE(t.providerState.value(QLatin1String("runId")).toString().isEmpty(), false);
        refresher.start(); // fetches the new task at once and opens its run stream
        QTRY_COMPARE(fx.cursor.openStreams(), 1);
        fx.cursor.advance(t.externalId); // RUNNING + events, pushed over the stream
        QTRY_VERIFY_WITH_TIMEOUT(fx.core->tasks().activities(t.id).value.size() >= 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(fx.core->tasks().task(t.id)->status, TaskStatus::Running, 5000);

        // The connection drops mid-run: the client resumes with Last-Event-ID.
        fx.cursor.dropStreams();
        QTRY_COMPARE_WITH_TIMEOUT(fx.cursor.openStreams(), 1, 5000);
        const auto &reqs = fx.cursor.http().requests();
        QVERIFY(!reqs.last().header("last-event-id").isEmpty());
        fx.cursor.advance(t.externalId); // question, result, FINISHED, done
        QTRY_COMPARE_WITH_TIMEOUT(fx.core->tasks().task(t.id)->status, TaskStatus::Completed, 5000);
        const QList<Activity> acts = fx.core->tasks().activities(t.id).value;
        QSet<QString> ids;
        for (const Activity &a : acts)
            ids.insert(a.id);
        QCOMPARE(ids.size(), acts.size());
        QCOMPARE(fx.cursor.http().countRequests("GET", QStringLiteral("/stream")), 2);
    }

    // A sync of a running agent stores what the run's stream has delivered so far.
    void cursorV1SyncOfARunningAgentStoresItsEvents()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.taskFor("cursor-cloud", "cursor1")).value;
        fx.cursor.advance(t.externalId); // RUNNING: status, thinking, assistant, tool_call
        const auto synced = fx.sync(t.id);
        QVERIFY2(synced.ok(), qPrintable(synced.error.message));
        QCOMPARE(synced.value.status, TaskStatus::Running);
        const QList<Activity> acts = fx.core->tasks().activities(t.id).value;
        QStringList seen;
        for (const Activity &a : acts)
            seen << activityTypeKey(a.type) + QLatin1Char(':') + a.content;
        QVERIFY2(seen.contains(QStringLiteral("message:Looking into it.")), qPrintable(seen.join(QLatin1Char('|'))));
        QVERIFY2(std::any_of(seen.cbegin(), seen.cend(),
                             [](const QString &s) { return s.startsWith(QLatin1String("command:")); }),
                 qPrintable(seen.join(QLatin1Char('|'))));
    }

    // Cursor v1's cost is the agent's tokens as GET /v1/agents/{id}/usage reports them
    // (totalUsage.totalTokens), exact; a plan without that API (403 feature_unavailable)
    // leaves the cost unreported and the sync unharmed.
    void cursorV1CostIsTheAgentsTokens()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.taskFor("cursor-cloud", "cursor1")).value;
        fx.cursor.advance(t.externalId);
        QVERIFY(fx.sync(t.id).ok());
        const Task synced = *fx.core->tasks().task(t.id);
        QVERIFY(synced.result.cost.has_value());
        QCOMPARE(synced.result.cost->unit, QStringLiteral("tokens"));
        QCOMPARE(qint64(synced.result.cost->amount), fx.cursor.totalTokens(t.externalId));
        QVERIFY(synced.result.cost->amount > 0);

        const Task other = fx.create(fx.taskFor("cursor-cloud", "cursor1")).value;
        fx.cursor.setUsageUnavailable(true);
        const auto unreported = fx.sync(other.id);
        fx.cursor.setUsageUnavailable(false);
        QVERIFY2(unreported.ok(), qPrintable(unreported.error.message));
        QVERIFY(!fx.core->tasks().task(other.id)->result.cost.has_value());
    }

    void cursorV1SyncsOfAFinishedRun_data()
    {
        QTest::addColumn<bool>("hostile");
        QTest::newRow("plain stream") << false;
        QTest::newRow("open after done, split reads") << true;
    }

    // The first sync of a run that already finished, alone and then two at once (the
    // refresher and a Refresh click): both answer, nothing is stored twice, no crash.
    void cursorV1SyncsOfAFinishedRun()
    {
        QFETCH(bool, hostile);
        auto &fx = *m_fx;
        fx.cursor.setStayOpenAfterDone(hostile);
        fx.cursor.setSplitWrites(hostile);
        const Task alone = fx.create(fx.taskFor("cursor-cloud", "cursor1")).value;
        fx.cursor.advance(alone.externalId);
        fx.cursor.advance(alone.externalId); // the run ends (with a question)
        QElapsedTimer timer;
        timer.start();
        const auto first = fx.sync(alone.id);
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QCOMPARE(first.value.status, TaskStatus::Completed);
        QVERIFY2(timer.elapsed() < 15000, "a sync must answer even when the stream never closes");
        const int stored = int(fx.core->tasks().activities(alone.id).value.size());
        QVERIFY(stored >= 4);

        const Task twice = fx.create(fx.taskFor("cursor-cloud", "cursor1")).value;
        fx.cursor.advance(twice.externalId);
        fx.cursor.advance(twice.externalId);
        std::optional<Outcome<Task>> a, b;
        QObject context;
        fx.core->taskService().sync(twice.id, &context, [&](const Outcome<Task> &r) { a = r; });
        fx.core->taskService().sync(twice.id, &context, [&](const Outcome<Task> &r) { b = r; });
        QTRY_VERIFY_WITH_TIMEOUT(a && b, 20000);
        QVERIFY2(a->ok(), qPrintable(a->error.message));
        QVERIFY2(b->ok(), qPrintable(b->error.message));
        const QList<Activity> acts = fx.core->tasks().activities(twice.id).value;
        QSet<QString> ids;
        for (const Activity &act : acts)
            ids.insert(act.id);
        QCOMPARE(ids.size(), acts.size());
        QCOMPARE(int(acts.size()), stored);
        // And again later: nothing new, nothing repeated, no stream reopened for it.
        const int streamsBefore = fx.cursor.http().countRequests("GET", QStringLiteral("/stream"));
        QVERIFY(fx.sync(twice.id).ok());
        QCOMPARE(fx.cursor.http().countRequests("GET", QStringLiteral("/stream")), streamsBefore);
        QCOMPARE(fx.core->tasks().activities(twice.id).value.size(), acts.size());
    }

    void cursorV1ConflictsAndCancel()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.taskFor("cursor-cloud", "cursor1")).value;
        QVERIFY(fx.sync(t.id).ok());
        // The first run is still active: a follow-up is refused with an explanation.
        const auto busy = fx.message(t.id, QStringLiteral("more"));
        QCOMPARE(busy.error.kind, ErrorKind::Usage);
        QVERIFY2(busy.error.message.contains(QStringLiteral("still working")), qPrintable(busy.error.message));
        fx.cursor.advance(t.externalId);
        const auto cancelled = fx.cancel(t.id);
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.error.message));
        QCOMPARE(statusKey(cancelled.value.status), QStringLiteral("cancelled"));
        QCOMPARE(fx.cursor.runStatus(t.externalId), QStringLiteral("CANCELLED"));
        QCOMPARE(fx.cursor.http().countRequests("POST", QStringLiteral("/cancel")), 1);
    }

    void cursorV1ExpiredStreamFallsBackToPolling()
    {
        auto &fx = *m_fx;
        fx.cursor.setStreamsExpired(true);
        const Task t = fx.create(fx.taskFor("cursor-cloud", "cursor1")).value;
        fx.cursor.advance(t.externalId);
        fx.cursor.advance(t.externalId);
        const auto r = fx.sync(t.id);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value.status, TaskStatus::Completed); // run status still polled
        const int streamCalls = fx.cursor.http().countRequests("GET", QStringLiteral("/stream"));
        QVERIFY(fx.sync(t.id).ok());
        QCOMPARE(fx.cursor.http().countRequests("GET", QStringLiteral("/stream")), streamCalls); // not retried
    }

    void cursorV0ConversationStopAndDelete()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.taskFor("cursor-cloud", "cursor0")).value;
        const QJsonObject body = lastBody(fx.cursor.http(), "POST", QStringLiteral("/v0/agents"));
        QVERIFY(!body.contains(QLatin1String("autoCreatePr")));
        QVERIFY(body.value(QLatin1String("target")).toObject().value(QLatin1String("autoCreatePr")).toBool());
        fx.cursor.advance(t.externalId);
        const auto r = fx.sync(t.id);
        QCOMPARE(r.value.status, TaskStatus::Running);
        QCOMPARE(fx.core->tasks().activities(t.id).value.size(), 2); // from /conversation
        QVERIFY(r.value.result.prUrl.isEmpty());                     // the Cursor web link is not a PR
        QVERIFY(fx.cancel(t.id).ok());
        QCOMPARE(fx.cursor.http().countRequests("POST", QStringLiteral("/stop")), 1);
        QVERIFY(await<Done>([&](auto ctx, auto done) { fx.core->taskService().remove(t.id, true, ctx, done); }).ok());
        QVERIFY(!fx.cursor.agentIds().contains(t.externalId));
    }

    void cursorRepositoriesAreCached()
    {
        auto &fx = *m_fx;
        for (int i = 0; i < 3; ++i) {
            const auto r = await<QList<SourceInfo>>([&](auto ctx, auto done) {
                fx.core->taskService().listSources(ProviderId::CursorCloud, QStringLiteral("cursor1"), ctx, done);
            });
            QVERIFY(r.ok());
            QCOMPARE(r.value.first().repoName, QStringLiteral("acme/widgets"));
        }
        QCOMPARE(fx.cursor.http().countRequests("GET", QStringLiteral("/repositories")), 1);
    }

    void codexEnvironments()
    {
        auto &fx = *m_fx;
        QVERIFY(fx.core->taskService().capabilities(ProviderId::CodexCloud).experimental);
        NewTask ambiguous = fx.taskFor("codex-cloud", "codex");
        ambiguous.repoUrl = QStringLiteral("https://github.com/acme/api");
        const auto two = fx.create(ambiguous);
        QCOMPARE(two.error.kind, ErrorKind::Validation);
        QVERIFY(two.error.message.contains(QStringLiteral("env_api_staging")));
        NewTask none = fx.taskFor("codex-cloud", "codex");
        none.repoUrl = QStringLiteral("https://github.com/acme/unknown");
        const auto zero = fx.create(none);
        QCOMPARE(zero.error.kind, ErrorKind::Validation);
        QVERIFY(zero.error.message.contains(QStringLiteral("No Codex environment matches acme/unknown")));
        ambiguous.options.provider = {{QStringLiteral("environmentId"), QStringLiteral("env_api_staging")},
                                      {QStringLiteral("bestOfN"), 3}};
        const auto picked = fx.create(ambiguous);
        QVERIFY2(picked.ok(), qPrintable(picked.error.message));
        const QJsonObject body = lastBody(fx.codex.http(), "POST", QStringLiteral("/wham/tasks"));
        QCOMPARE(body.value(QLatin1String("new_task")).toObject().value(QLatin1String("environment_id")).toString(),
                 QStringLiteral("env_api_staging"));
        QCOMPARE(body.value(QLatin1String("metadata")).toObject().value(QLatin1String("best_of_n")).toInt(), 3);
        QCOMPARE(fx.codex.http().requests().last().header("chatgpt-account-id"), kCodexAccount.toUtf8());
        NewTask pr = fx.taskFor("codex-cloud", "codex");
        pr.options.autoCreatePr = true;
        QCOMPARE(fx.create(pr).error.kind, ErrorKind::Validation);
        NewTask env = fx.taskFor("codex-cloud", "codex");
        env.options.environment.insert(QStringLiteral("A"), QStringLiteral("1"));
        QCOMPARE(fx.create(env).error.kind, ErrorKind::Validation);
    }

    void codexCancelAndArchive()
    {
        auto &fx = *m_fx;
        const Task t = fx.create(fx.taskFor("codex-cloud", "codex")).value;
        fx.codex.advance(t.externalId);
        QVERIFY(fx.sync(t.id).ok());
        const auto cancelled = fx.cancel(t.id);
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.error.message));
        QCOMPARE(cancelled.value.status, TaskStatus::Cancelled);
        QVERIFY(await<Done>([&](auto ctx, auto done) { fx.core->taskService().remove(t.id, true, ctx, done); }).ok());
        QVERIFY(fx.codex.archived(t.externalId));
    }

    void expiredTokenIsAnAuthError()
    {
        auto &fx = *m_fx;
        QVERIFY(await<Account>([&](auto ctx, auto done) {
                    fx.core->accountService().add(Account{QStringLiteral("stale"),
                                                          ProviderId::CodexCloud,
                                                          fx.codex.baseUrl(),
                                                          {},
                                                          {{QStringLiteral("accountId"), kCodexAccount}}},
                                                  Secret(QStringLiteral("expired-token")), false, ctx, done);
                }).ok());
        const auto r = fx.create(fx.taskFor("codex-cloud", "stale"));
        QCOMPARE(r.error.kind, ErrorKind::Auth);
        QVERIFY(r.error.message.contains(QStringLiteral("expired")));
    }

private:
    std::unique_ptr<AllProviders> m_fx;
};

AGENTDESK_TEST_MAIN(TestProviders)
#include "tst_providers.moc"
