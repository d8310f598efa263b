// The same scripted scenario against all four fakes (and both API versions of Devin
// and Cursor): create -> running -> the agent asks -> follow-up -> PR -> completed.
// The same task model must come out of every provider.
#include "TestCore.h"
#include "TestMain.h"

#include <QJsonArray>

using namespace agentdesk;
using namespace agentdesk::testing;

class TestCrossProvider : public QObject
{
    Q_OBJECT

    void advance(const QString &provider, const QString &externalId)
    {
        if (provider == QLatin1String("jules"))
            m_fx->jules.advance(externalId);
        else if (provider == QLatin1String("devin"))
            m_fx->devin.advance(externalId);
        else if (provider == QLatin1String("cursor-cloud"))
            m_fx->cursor.advance(externalId);
        else
            m_fx->codex.advance(externalId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx = std::make_unique<AllProviders>();
        m_fx->jules.setAskForFeedback(true);
        QVERIFY(m_fx->setUpAll());
    }
    void cleanupTestCase() { m_fx.reset(); }

    void sameScenarioSameModel_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("account");
        QTest::addColumn<int>("prNumber");
        QTest::newRow("jules") << "jules"
                               << "work" << 7;
        QTest::newRow("devin v1") << "devin"
                                  << "devin1" << 8;
        QTest::newRow("devin v3") << "devin"
                                  << "devin3" << 8;
        QTest::newRow("cursor v1") << "cursor-cloud"
                                   << "cursor1" << 9;
        QTest::newRow("cursor v0") << "cursor-cloud"
                                   << "cursor0" << 9;
        QTest::newRow("codex") << "codex-cloud"
                               << "codex" << 11;
    }

    void sameScenarioSameModel()
    {
        QFETCH(QString, provider);
        QFETCH(QString, account);
        QFETCH(int, prNumber);
        auto &fx = *m_fx;
        const auto created = fx.create(fx.taskFor(provider.toLatin1().constData(), account.toLatin1().constData()));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const Task t = created.value;
        QCOMPARE(t.status, TaskStatus::Queued);
        QCOMPARE(t.account, account);

        advance(provider, t.externalId);
        const auto running = fx.sync(t.id);
        QVERIFY2(running.ok(), qPrintable(running.error.message));
        QCOMPARE(running.value.status, TaskStatus::Running);

        for (int i = 0; i < 4; ++i)
            advance(provider, t.externalId);
        const auto asking = fx.sync(t.id);
        QVERIFY2(asking.ok(), qPrintable(asking.error.message));
        // Jules and Devin wait for the operator ("needs you"); Cursor and Codex end the
        // run/turn with the question. Neither ever shows as queued.
        QVERIFY(asking.value.status != TaskStatus::Queued);
        if (provider == QLatin1String("jules") || provider == QLatin1String("devin")) {
            QCOMPARE(asking.value.attention.kind, AttentionKind::NeedsInput);
            QVERIFY(!asking.value.attention.reason.isEmpty());
        }
        const auto question = fx.core->tasks().activities(t.id).value;
        QVERIFY(std::any_of(question.cbegin(), question.cend(), [](const Activity &a) {
            return a.content.contains(QStringLiteral("empty list?"))
                   || a.content.contains(QStringLiteral("null handling"));
        }));

        const QString answer = QStringLiteral("Return an empty list, please.");
        // Cursor and Codex end the run/turn with the question (the task shows completed):
        // the answer is a follow-up they accept in that state.
        const auto sent = fx.message(t.id, answer);
        QVERIFY2(sent.ok(), qPrintable(sent.error.message));
        QCOMPARE(sent.value.attention.kind, AttentionKind::None);

        for (int i = 0; i < 4; ++i)
            advance(provider, t.externalId);
        auto done = fx.sync(t.id);
        QVERIFY2(done.ok(), qPrintable(done.error.message));
        QCOMPARE(done.value.status, TaskStatus::Completed);
        QCOMPARE(done.value.result.prNumber.value_or(-1), prNumber);
        QVERIFY(done.value.result.prUrl.startsWith(QStringLiteral("https://github.com/acme/widgets/pull/")));
        QVERIFY(done.value.error.isEmpty());
        QVERIFY(done.value.completedAt.isValid());
        QCOMPARE(done.value.attention.kind, AttentionKind::None);

        const QList<Activity> all = fx.core->tasks().activities(t.id).value;
        const auto byUser = std::count_if(all.cbegin(), all.cend(), [&](const Activity &a) {
            return a.type == ActivityType::Message && a.content == answer
                   && a.metadata.value(QLatin1String("author")).toString() == QLatin1String("user");
        });
        QCOMPARE(byUser, 1); // the follow-up appears once, as the operator's message
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const Activity &a) {
            return a.metadata.value(QLatin1String("author")).toString() == QLatin1String("agent");
        }));
        QSet<QString> ids;
        for (const Activity &a : all) {
            QVERIFY(!a.id.isEmpty());
            QVERIFY(a.timestamp.isValid());
            ids.insert(a.id);
        }
        QCOMPARE(ids.size(), all.size());

        // Resyncs change nothing.
        QVERIFY(fx.sync(t.id).ok());
        QVERIFY(fx.sync(t.id).ok());
        QCOMPARE(fx.core->tasks().activities(t.id).value, all);

        // The exported shape is the same for everyone.
        const QJsonObject json = fx.core->tasks().task(t.id, true)->toJson();
        QCOMPARE(json.value(QLatin1String("providerId")).toString(), provider);
        QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(json.value(QLatin1String("activities")).toArray().size(), all.size());
    }

    void followUpAfterCompletionContinuesTheTask_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("account");
        QTest::newRow("cursor v1") << "cursor-cloud"
                                   << "cursor1";
        QTest::newRow("cursor v0") << "cursor-cloud"
                                   << "cursor0";
        QTest::newRow("codex") << "codex-cloud"
                               << "codex";
    }

    // A finished Cursor agent takes a follow-up (v0 /followup restarts it, v1 starts a
    // new run) and so does a completed Codex task (a new turn): the task runs again, the
    // new activities join the timeline and the old ones stay.
    void followUpAfterCompletionContinuesTheTask()
    {
        QFETCH(QString, provider);
        QFETCH(QString, account);
        auto &fx = *m_fx;
        const Task t = fx.create(fx.taskFor(provider.toLatin1().constData(), account.toLatin1().constData())).value;
        QVERIFY(!t.id.isEmpty());
        // The first run ends with a question (completed); the answer's run opens the PR.
        for (int i = 0; i < 6; ++i)
            advance(provider, t.externalId);
        QCOMPARE(fx.sync(t.id).value.status, TaskStatus::Completed);
        QVERIFY(fx.message(t.id, QStringLiteral("Empty list.")).ok());
        for (int i = 0; i < 6; ++i)
            advance(provider, t.externalId);
        const auto finished = fx.sync(t.id);
        QVERIFY2(finished.ok(), qPrintable(finished.error.message));
        QCOMPARE(finished.value.status, TaskStatus::Completed);
        QVERIFY(finished.value.completedAt.isValid());
        QVERIFY(!finished.value.result.prUrl.isEmpty());
        const QList<Activity> before = fx.core->tasks().activities(t.id).value;

        const QString more = QStringLiteral("Also add a test for the empty case.");
        QVERIFY(fx.core->taskService().whyNot(*fx.core->tasks().task(t.id), Operation::SendMessage).isEmpty());
        const QJsonObject stateBefore = fx.core->tasks().task(t.id)->providerState;
        const auto sent = fx.message(t.id, more);
        QVERIFY2(sent.ok(), qPrintable(sent.error.message));
        // Where the next process resumes the new run's stream: never at the previous run's
        // last event (Cursor answers 400 to that).
        const QJsonObject stateAfter = fx.core->tasks().task(t.id)->providerState;
        if (stateAfter.value(QLatin1String("streamRunId")) != stateBefore.value(QLatin1String("streamRunId"))
            && !stateBefore.value(QLatin1String("lastEventId")).toString().isEmpty())
            QVERIFY(stateAfter.value(QLatin1String("lastEventId")) != stateBefore.value(QLatin1String("lastEventId")));
        // Running again (or queued, while the provider starts the new run/turn).
        QVERIFY2(!isTerminal(sent.value.status), qPrintable(statusKey(sent.value.status)));
        QVERIFY(!sent.value.completedAt.isValid());

        for (int i = 0; i < 6; ++i)
            advance(provider, t.externalId);
        const auto again = fx.sync(t.id);
        QVERIFY2(again.ok(), qPrintable(again.error.message));
        QCOMPARE(again.value.status, TaskStatus::Completed);
        const QList<Activity> after = fx.core->tasks().activities(t.id).value;
        QVERIFY2(after.size() > before.size() + 1,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before.size()).arg(after.size())));
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i).id, before.at(i).id); // the old run's activities are kept, in order
        QVERIFY(std::any_of(after.cbegin(), after.cend(), [&](const Activity &a) { return a.content == more; }));
        // Each run's stream resumes from that run's own events, never the previous run's.
        QCOMPARE(fx.cursor.invalidLastEventIds(), 0);
    }

private:
    std::unique_ptr<AllProviders> m_fx;
};

AGENTDESK_TEST_MAIN(TestCrossProvider)
#include "tst_crossprovider.moc"
