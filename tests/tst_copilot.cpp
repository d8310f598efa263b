// GitHub Copilot's cloud agent through GitHub's agent tasks API, against a fake that
// follows GitHub's documented shapes and limits: a task runs from queued to a PR, what
// the API cannot do is refused with where to do it instead, and GitHub's rate limits
// (primary and secondary, both answered 403) are waited out rather than reported as a
// credentials problem.
#include "TestCore.h"
#include "TestMain.h"

#include "fakes/FakeCopilotServer.h"

using namespace agentdesk;
using namespace agentdesk::testing;

namespace {
const QString kToken = QStringLiteral("github_pat_fakeCopilot0001");
}

class TestCopilot : public QObject
{
    Q_OBJECT

    NewTask copilotTask() const
    {
        NewTask t = m_fx->newTask(false, true);
        t.provider = QStringLiteral("copilot");
        t.account = QStringLiteral("gh");
        t.prompt = QStringLiteral("Make the parser accept empty input");
        return t;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<JulesFixture>();
        QVERIFY(m_fx->setUp());
        m_github = std::make_unique<fakes::FakeCopilotServer>(kToken);
        m_github->addRepository(QStringLiteral("acme/widgets"));
        QVERIFY(m_github->start());
        const auto added = await<Account>([&](auto ctx, auto done) {
            m_fx->core->accountService().add(
                Account{QStringLiteral("gh"), ProviderId::Copilot, m_github->baseUrl(), {}, {}}, Secret(kToken), true,
                ctx, done);
        });
        QVERIFY2(added.ok(), qPrintable(added.error.message)); // checked against /user and the tasks API
    }
    void cleanup()
    {
        m_fx.reset();
        m_github.reset();
    }

    void runsFromQueuedToPullRequest()
    {
        auto &fx = *m_fx;
        m_github->setAskForInput(true);
        const auto created = fx.create(copilotTask());
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const Task t = created.value;
        QCOMPARE(t.status, TaskStatus::Queued);
        QVERIFY(!t.externalId.isEmpty());
        QCOMPARE(m_github->state(t.externalId), QStringLiteral("queued"));

        m_github->advance(t.externalId);
        auto now = fx.sync(t.id);
        QVERIFY2(now.ok(), qPrintable(now.error.message));
        QCOMPARE(now.value.status, TaskStatus::Running);

        // Copilot waits for the operator: the task needs them, and says how to answer,
        // since the API itself takes no message.
        m_github->advance(t.externalId);
        now = fx.sync(t.id);
        QVERIFY2(now.ok(), qPrintable(now.error.message));
        QCOMPARE(now.value.attention.kind, AttentionKind::NeedsInput);
        const auto sent = fx.message(t.id, QStringLiteral("Empty input returns an empty list."));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error.kind, ErrorKind::Usage);
        QVERIFY2(sent.error.message.contains(QStringLiteral("@copilot")), qPrintable(sent.error.message));
        QVERIFY(!fx.core->taskService().whyNot(now.value, Operation::SendMessage).isEmpty());
        const auto cancelled = fx.cancel(t.id);
        QVERIFY(!cancelled.ok());
        QVERIFY2(cancelled.error.message.contains(QStringLiteral("github.com")), qPrintable(cancelled.error.message));
        QCOMPARE(m_github->state(t.externalId), QStringLiteral("waiting_for_user")); // nothing was sent upstream

        m_github->advance(t.externalId);
        now = fx.sync(t.id);
        QVERIFY2(now.ok(), qPrintable(now.error.message));
        QCOMPARE(now.value.status, TaskStatus::Completed);
        QVERIFY(now.value.completedAt.isValid());
        // The PR is an artifact with an id only; its number and address come from GitHub.
        QVERIFY(now.value.result.prNumber.has_value());
        QCOMPARE(now.value.result.prUrl,
                 QStringLiteral("https://github.com/acme/widgets/pull/%1").arg(*now.value.result.prNumber));
        QVERIFY(!fx.core->tasks().activities(t.id).value.isEmpty());
        // The finished session reports its usage: one premium request, exact.
        QVERIFY(now.value.result.cost.has_value());
        QCOMPARE(now.value.result.cost->unit, QStringLiteral("premium_requests"));
        QCOMPARE(now.value.result.cost->amount, 1.0);
        QVERIFY(now.value.result.cost->exact);

        // Every request carried a User-Agent and the API version (the fake refuses without).
        QCOMPARE(m_github->requestsWithoutUserAgent(), 0);
        // Deleting removes the local copy only; GitHub keeps its task.
        const auto removed =
            await<Done>([&](auto ctx, auto done) { fx.core->taskService().remove(t.id, false, ctx, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.error.message));
        QVERIFY(m_github->taskIds().contains(t.externalId));
    }

    void waitsOutRateLimits_data()
    {
        QTest::addColumn<bool>("secondary");
        QTest::newRow("primary (nothing remaining, until the reset)") << false;
        QTest::newRow("secondary (Retry-After)") << true;
    }

    void waitsOutRateLimits()
    {
        QFETCH(bool, secondary);
        auto &fx = *m_fx;
        const auto created = fx.create(copilotTask());
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        m_github->spendRateLimit(1, secondary, 1);
        m_github->advance(created.value.externalId);
        const auto now = fx.sync(created.value.id);
        QVERIFY2(now.ok(), qPrintable(now.error.message)); // a 403 rate limit is retried, not "bad key"
        QCOMPARE(now.value.status, TaskStatus::Running);
    }

    void refusesWhatIsNotAGitHubRepository()
    {
        NewTask t = copilotTask();
        t.repoUrl = QStringLiteral("https://gitlab.com/acme/widgets");
        const auto created = m_fx->create(t);
        QVERIFY(!created.ok());
        QVERIFY2(created.error.message.contains(QStringLiteral("GitHub")), qPrintable(created.error.message));
        QVERIFY(m_github->taskIds().isEmpty());
    }

    void badTokenIsACredentialsError()
    {
        const auto added = await<Account>([&](auto ctx, auto done) {
            m_fx->core->accountService().add(
                Account{QStringLiteral("gh2"), ProviderId::Copilot, m_github->baseUrl(), {}, {}},
                Secret(QStringLiteral("github_pat_wrong")), true, ctx, done);
        });
        QVERIFY(!added.ok());
        QVERIFY2(added.error.message.contains(QStringLiteral("Bad credentials")), qPrintable(added.error.message));
    }

private:
    std::unique_ptr<JulesFixture> m_fx;
    std::unique_ptr<fakes::FakeCopilotServer> m_github;
};

AGENTDESK_TEST_MAIN(TestCopilot)
#include "tst_copilot.moc"
