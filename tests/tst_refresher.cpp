#include "TestCore.h"

#include "tasks/TaskRefresher.h"

using namespace agentdesk;
using namespace agentdesk::testing;

class TestRefresher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<JulesFixture>();
        QVERIFY(m_fx->setUp());
        TaskRefresher::Intervals fast;
        fast.runningMs = 40;
        fast.queuedMs = 40;
        fast.waitingMs = 80;
        fast.quietMaxMs = 400;
        fast.errorMaxMs = 2000;
        fast.maxConcurrent = 2;
        m_fx->core->refresher().setIntervals(fast);
    }
    void cleanup() { m_fx.reset(); }

    void keepsTasksCurrentWithoutBeingAsked()
    {
        auto &fx = *m_fx;
        auto &refresher = fx.core->refresher();
        const Task t = fx.create(fx.newTask(false, true)).value;
        refresher.start();
        QCOMPARE(refresher.trackedCount(), 1);
        fx.jules.setAutoAdvance(30);
        QTRY_COMPARE_WITH_TIMEOUT(fx.core->tasks().task(t.id)->status, TaskStatus::Completed, 10000);
        QCOMPARE(fx.core->tasks().task(t.id)->result.prUrl, QStringLiteral("https://github.com/acme/widgets/pull/7"));
        QTRY_COMPARE(refresher.trackedCount(), 0);   // terminal tasks are no longer polled
        QCOMPARE(fx.core->tasks().activities(t.id).value.size(), fx.jules.activityCount(t.externalId));

        // And a task created while it runs is picked up at once.
        const Task second = fx.create(fx.newTask(true, false)).value;
        QCOMPARE(refresher.trackedCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(fx.core->tasks().task(second.id)->status, TaskStatus::AwaitingApproval, 10000);
        QCOMPARE(fx.core->tasks().task(second.id)->attention.kind, AttentionKind::PlanApproval);
    }

    void boundedConcurrency()
    {
        auto &fx = *m_fx;
        auto &refresher = fx.core->refresher();
        for (int i = 0; i < 6; ++i)
            QVERIFY(fx.create(fx.newTask()).ok());
        int peak = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peak = std::max(peak, refresher.inFlightCount()); });
        sampler.start(1);
        QSignalSpy refreshed(&refresher, &TaskRefresher::taskRefreshed);
        refresher.start();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 12, 10000);
        QVERIFY(peak >= 1);
        QVERIFY2(peak <= 2, qPrintable(QString::number(peak)));
    }

    void backsOffOnErrorsAndWhenQuiet()
    {
        auto &fx = *m_fx;
        auto &refresher = fx.core->refresher();
        const Task t = fx.create(fx.newTask()).value;
        fx.jules.advance(t.externalId);   // running
        QSignalSpy refreshed(&refresher, &TaskRefresher::taskRefreshed);
        refresher.start();
        QTRY_VERIFY(refreshed.count() >= 4);
        // Nothing changes upstream: the interval stretches.
        QVERIFY2(refresher.currentIntervalMs(t.id) > refresher.intervals().runningMs,
                 qPrintable(QString::number(refresher.currentIntervalMs(t.id))));

        QSignalSpy failed(&refresher, &TaskRefresher::refreshFailed);
        fx.jules.failNext(1000, 500, QStringLiteral("/sessions/"));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 2, 10000);
        const int afterErrors = refresher.currentIntervalMs(t.id);
        QVERIFY2(afterErrors >= 4 * refresher.intervals().runningMs, qPrintable(QString::number(afterErrors)));
        QVERIFY(afterErrors <= refresher.intervals().errorMaxMs);
        QCOMPARE(fx.core->tasks().task(t.id)->status, TaskStatus::Running);   // errors change nothing stored
    }

    void idleWhenNothingIsActive()
    {
        auto &fx = *m_fx;
        auto &refresher = fx.core->refresher();
        refresher.start();
        QSignalSpy refreshed(&refresher, &TaskRefresher::taskRefreshed);
        fx.jules.http().clearRequests();
        QTest::qWait(300);
        QCOMPARE(refreshed.count(), 0);
        QCOMPARE(fx.jules.http().requests().size(), 0);
    }

private:
    std::unique_ptr<JulesFixture> m_fx;
};

QTEST_GUILESS_MAIN(TestRefresher)
#include "tst_refresher.moc"
