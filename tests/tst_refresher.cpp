#include "TestMain.h"

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
        QTRY_COMPARE(refresher.trackedCount(), 0); // terminal tasks are no longer polled
        QCOMPARE(fx.core->tasks().activities(t.id).value.size(), fx.jules.activityCount(t.externalId));

        // And a task created while it runs is picked up at once.
        const Task second = fx.create(fx.newTask(true, false)).value;
        QCOMPARE(refresher.trackedCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(fx.core->tasks().task(second.id)->status, TaskStatus::AwaitingApproval, 10000);
        QCOMPARE(fx.core->tasks().task(second.id)->attention.kind, AttentionKind::PlanApproval);
    }

    // Tasks whose account was removed are one problem, said once, not a retry (and a
    // log line) per task every few seconds.
    void tasksOfARemovedAccountAreOneProblem()
    {
        auto &fx = *m_fx;
        auto &refresher = fx.core->refresher();
        for (int i = 0; i < 5; ++i)
            QVERIFY(fx.create(fx.newTask(true, false)).ok());
        const auto removed = await<Done>(
            [&](auto ctx, auto done) { fx.core->accountService().remove(QStringLiteral("work"), ctx, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.error.message));
        QSignalSpy failures(&refresher, &TaskRefresher::refreshFailed);
        refresher.start();
        QCOMPARE(refresher.trackedCount(), 5);
        QTRY_COMPARE(refresher.trackedCount(), 0); // each tried once, then left alone
        QCOMPARE(failures.size(), 1);              // and said once
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
        fx.jules.advance(t.externalId); // running
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
        QCOMPARE(fx.core->tasks().task(t.id)->status, TaskStatus::Running); // errors change nothing stored
    }

    void idleWhenNothingIsActive()
    {
        auto &fx = *m_fx;
        auto &refresher = fx.core->refresher();
        refresher.start();
        QSignalSpy refreshed(&refresher, &TaskRefresher::taskRefreshed);
        fx.jules.http().clearRequests();
        // Nothing is watched, so nothing is due: no timer can fire later.
        QCOMPARE(refresher.trackedCount(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(refreshed.count(), 0);
        QCOMPARE(fx.jules.http().requests().size(), 0);
    }

    // Thousands of unfinished tasks at start: all are watched, their first fetches are
    // spread over the first intervals instead of all due at once, and never more than
    // the concurrency limit run together.
    void manyUnfinishedTasksAreSpreadNotStormed()
    {
        auto &fx = *m_fx;
        constexpr int kTasks = 3000;
        QStringList ids;
        for (int i = 0; i < kTasks; ++i) {
            Task t;
            t.id = generateTaskId(QDateTime::currentDateTimeUtc());
            t.provider = ProviderId::Jules;
            t.account = QStringLiteral("work");
            t.externalId = QStringLiteral("missing-%1").arg(i); // upstream answers 404: they go
            t.prompt = QStringLiteral("Task %1").arg(i);
            t.status = i % 2 ? TaskStatus::Running : TaskStatus::Queued;
            t.createdAt = t.updatedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(!fx.core->tasks().insert(t));
            ids << t.id;
        }
        TaskRefresher::Intervals intervals;
        intervals.runningMs = intervals.queuedMs = 10000;
        intervals.maxConcurrent = 3;
        auto &refresher = fx.core->refresher();
        refresher.setIntervals(intervals);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        refresher.start();
        QCOMPARE(refresher.trackedCount(), kTasks);
        int soon = 0;
        qint64 latest = 0;
        for (const QString &id : std::as_const(ids)) {
            const qint64 due = refresher.dueAtMs(id) - now;
            soon += due < 1000 ? 1 : 0;
            latest = std::max(latest, due);
        }
        // Spread: about a tenth within the first second (running tasks over one interval,
        // queued ones over three), and nothing scheduled past three intervals.
        QVERIFY2(soon < kTasks / 5, qPrintable(QString::number(soon)));
        QVERIFY2(latest <= 3 * intervals.queuedMs + 1000, qPrintable(QString::number(latest)));
        int peak = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { peak = std::max(peak, refresher.inFlightCount()); });
        sampler.start(1);
        // Sampled while the first sixty fetches go out (their answers are 404s).
        const int before = fx.jules.http().requests().size();
        QTRY_VERIFY_WITH_TIMEOUT(fx.jules.http().requests().size() >= before + 60, 20000);
        QVERIFY2(peak <= intervals.maxConcurrent, qPrintable(QString::number(peak)));
        refresher.stop();
    }

private:
    std::unique_ptr<JulesFixture> m_fx;
};

AGENTDESK_TEST_MAIN(TestRefresher)
#include "tst_refresher.moc"
