// The same scripted scenario against all four fakes (and both API versions of Devin
// and Cursor): create -> running -> the agent asks -> follow-up -> PR -> completed.
// The same task model must come out of every provider.
#include "TestCore.h"

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
        QTest::newRow("jules") << "jules" << "work" << 7;
        QTest::newRow("devin v1") << "devin" << "devin1" << 8;
        QTest::newRow("devin v3") << "devin" << "devin3" << 8;
        QTest::newRow("cursor v1") << "cursor-cloud" << "cursor1" << 9;
        QTest::newRow("cursor v0") << "cursor-cloud" << "cursor0" << 9;
        QTest::newRow("codex") << "codex-cloud" << "codex" << 11;
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
            return a.content.contains(QStringLiteral("empty list?")) || a.content.contains(QStringLiteral("null handling"));
        }));

        const QString answer = QStringLiteral("Return an empty list, please.");
        // A follow-up to a finished Cursor/Codex task continues it: allowed while it is
        // not cancelled or failed.
        if (asking.value.status == TaskStatus::Completed)
            QVERIFY(!fx.core->tasks().update(t.id, {{QStringLiteral("status"), QStringLiteral("running")}}));
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
        QCOMPARE(byUser, 1);   // the follow-up appears once, as the operator's message
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

private:
    std::unique_ptr<AllProviders> m_fx;
};

QTEST_GUILESS_MAIN(TestCrossProvider)
#include "tst_crossprovider.moc"
