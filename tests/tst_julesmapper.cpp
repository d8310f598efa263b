#include "TestMain.h"

#include "domain/Timestamps.h"
#include "providers/jules/JulesMapper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace agentdesk;

namespace {
QJsonObject load(const char *name)
{
    QFile f(QStringLiteral(AGENTDESK_TEST_DATA_DIR "/jules/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TestJulesMapper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void states_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("status"); // -1: keep the previous status
        QTest::addColumn<int>("attention");
        QTest::newRow("unspecified") << "STATE_UNSPECIFIED" << -1 << int(AttentionKind::None);
        QTest::newRow("absent") << "" << -1 << int(AttentionKind::None);
        QTest::newRow("queued") << "QUEUED" << int(TaskStatus::Queued) << int(AttentionKind::None);
        QTest::newRow("planning") << "PLANNING" << int(TaskStatus::Running) << int(AttentionKind::None);
        QTest::newRow("plan approval") << "AWAITING_PLAN_APPROVAL" << int(TaskStatus::AwaitingApproval)
                                       << int(AttentionKind::PlanApproval);
        QTest::newRow("user feedback") << "AWAITING_USER_FEEDBACK" << int(TaskStatus::Running)
                                       << int(AttentionKind::NeedsInput);
        QTest::newRow("in progress") << "IN_PROGRESS" << int(TaskStatus::Running) << int(AttentionKind::None);
        QTest::newRow("paused") << "PAUSED" << int(TaskStatus::Running) << int(AttentionKind::None);
        QTest::newRow("failed") << "FAILED" << int(TaskStatus::Failed) << int(AttentionKind::None);
        QTest::newRow("completed") << "COMPLETED" << int(TaskStatus::Completed) << int(AttentionKind::None);
        QTest::newRow("future state") << "HIBERNATING" << -1 << int(AttentionKind::None);
    }

    void states()
    {
        QFETCH(QString, state);
        QFETCH(int, status);
        QFETCH(int, attention);
        const auto mapped = jules::mapState(state);
        QCOMPARE(mapped ? int(*mapped) : -1, status);
        QCOMPARE(int(jules::attentionForState(state).kind), attention);
        // "needs you" is never presented as queued.
        if (attention != int(AttentionKind::None))
            QVERIFY(mapped != TaskStatus::Queued);
    }

    void sessionWithPullRequest()
    {
        const RemoteTask r = jules::mapSession(load("session_completed_pr.json"));
        QCOMPARE(r.externalId, QStringLiteral("1234567"));
        QCOMPARE(r.status, std::optional<TaskStatus>(TaskStatus::Completed));
        QCOMPARE(r.upstreamStatus, QStringLiteral("COMPLETED"));
        QCOMPARE(r.webUrl, QStringLiteral("https://jules.google.com/session/1234567"));
        QCOMPARE(r.result.prUrl, QStringLiteral("https://github.com/acme/widgets/pull/7"));
        QCOMPARE(r.result.prNumber.value_or(-1), 7);
        QCOMPARE(r.result.summary, QStringLiteral("Fix parser"));
        QCOMPARE(r.result.commitMessage, QStringLiteral("Return [] on null input"));
        QCOMPARE(toIso(r.updatedAt), QStringLiteral("2026-01-15T10:50:00.000Z"));
    }

    void sessionNameOnly()
    {
        const RemoteTask r = jules::mapSession(QJsonObject{{QStringLiteral("name"), QStringLiteral("sessions/99")}});
        QCOMPARE(r.externalId, QStringLiteral("99"));
        QVERIFY(!r.status);
        // Nothing but what every Jules session is: one task of the plan's allowance.
        TaskResult counted;
        counted.cost = TaskCost{1, costunit::tasks, true};
        QCOMPARE(r.result, counted);
    }

    void everyActivityKind()
    {
        const QJsonArray list = load("activities_all_kinds.json").value(QLatin1String("activities")).toArray();
        QList<Activity> mapped;
        for (const QJsonValue &v : list)
            mapped << jules::mapActivity(v.toObject());
        QCOMPARE(mapped.size(), 10);

        const Activity &plan = mapped.at(0);
        QCOMPARE(plan.type, ActivityType::Plan);
        QCOMPARE(plan.id, QStringLiteral("a1"));
        QCOMPARE(plan.content, QStringLiteral("1. Read parser\n2. Fix parser — Return an empty list"));
        QCOMPARE(plan.metadata.value(QLatin1String("steps")).toArray().size(), 2);
        QCOMPARE(plan.metadata.value(QLatin1String("planId")).toString(), QStringLiteral("p1"));
        QCOMPARE(toIso(plan.timestamp), QStringLiteral("2026-01-15T10:31:00.000Z"));

        QCOMPARE(mapped.at(1).type, ActivityType::Message);
        QCOMPARE(mapped.at(1).content, QStringLiteral("Plan approved"));

        QCOMPARE(mapped.at(2).type, ActivityType::Message);
        QCOMPARE(mapped.at(2).content, QStringLiteral("Which null handling do you want?"));
        QCOMPARE(mapped.at(2).metadata.value(QLatin1String("author")).toString(), QStringLiteral("agent"));

        QCOMPARE(mapped.at(3).type, ActivityType::Message);
        QCOMPARE(mapped.at(3).metadata.value(QLatin1String("author")).toString(), QStringLiteral("user"));
        QCOMPARE(mapped.at(3).content, QStringLiteral("Return an empty list."));

        const Activity &bash = mapped.at(4);
        QCOMPARE(bash.type, ActivityType::Command);
        QCOMPARE(bash.content, QStringLiteral("Ran tests: 2 failing"));
        QCOMPARE(bash.metadata.value(QLatin1String("command")).toString(), QStringLiteral("npm test"));
        QCOMPARE(bash.metadata.value(QLatin1String("exitCode")).toInt(), 1);
        QCOMPARE(bash.metadata.value(QLatin1String("output")).toString(), QStringLiteral("2 failing"));

        const Activity &change = mapped.at(5);
        QCOMPARE(change.id, QStringLiteral("a6")); // from the resource name when id is absent
        QCOMPARE(change.type, ActivityType::CodeChange);
        QVERIFY(change.metadata.value(QLatin1String("patch")).toString().contains(QStringLiteral("+return [];")));
        QCOMPARE(change.metadata.value(QLatin1String("commitMessage")).toString(),
                 QStringLiteral("Fix parser null return"));

        const Activity &media = mapped.at(6);
        QCOMPARE(media.metadata.value(QLatin1String("attachments"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("mimeType"))
                     .toString(),
                 QStringLiteral("image/png"));

        const Activity &unknown = mapped.at(7);
        QCOMPARE(unknown.type, ActivityType::Message);
        QCOMPARE(unknown.content, QStringLiteral("Something new happened"));
        QCOMPARE(unknown.metadata.value(QLatin1String("kind")).toString(), QStringLiteral("reviewRequested"));

        QCOMPARE(mapped.at(8).type, ActivityType::Error);
        QCOMPARE(mapped.at(8).content, QStringLiteral("Tests still fail after 3 attempts"));
        QCOMPARE(mapped.at(9).type, ActivityType::Completion);
    }

    void activityFallbackStatus()
    {
        QList<Activity> list;
        QVERIFY(!jules::statusFromActivities(list));
        Activity a;
        a.type = ActivityType::Completion;
        list << a;
        QCOMPARE(jules::statusFromActivities(list), std::optional<TaskStatus>(TaskStatus::Completed));
        a.type = ActivityType::Error;
        list << a;
        QCOMPARE(jules::statusFromActivities(list), std::optional<TaskStatus>(TaskStatus::Failed));
    }

    void sources()
    {
        const SourceInfo s = jules::mapSource(QJsonDocument::fromJson(R"({"name":"sources/github/acme/widgets",
            "id":"github/acme/widgets","githubRepo":{"owner":"acme","repo":"widgets","isPrivate":false,
            "defaultBranch":{"displayName":"main"},"branches":[{"displayName":"main"},{"displayName":"dev"}]}})")
                                                  .object());
        QCOMPARE(s.name, QStringLiteral("sources/github/acme/widgets"));
        QCOMPARE(s.repoName, QStringLiteral("acme/widgets"));
        QCOMPARE(s.defaultBranch, QStringLiteral("main"));
        QCOMPARE(s.branches, (QStringList{QStringLiteral("main"), QStringLiteral("dev")}));
    }

    void createBody()
    {
        NewTask t;
        t.prompt = QStringLiteral("fix it");
        t.branch = QStringLiteral("main");
        t.options.autoCreatePr = true;
        t.options.planApprovalRequired = true;
        const QJsonObject body =
            jules::createSessionBody(t, QStringLiteral("sources/github/acme/widgets"), QStringLiteral("acme/widgets"));
        const QJsonObject expected = QJsonDocument::fromJson(R"({"prompt":"fix it","title":"acme/widgets",
            "sourceContext":{"source":"sources/github/acme/widgets","githubRepoContext":{"startingBranch":"main"}},
            "automationMode":"AUTO_CREATE_PR","requirePlanApproval":true})")
                                         .object();
        QCOMPARE(body, expected);
        t.options.autoCreatePr = false;
        QVERIFY(!jules::createSessionBody(t, QStringLiteral("s"), QStringLiteral("t"))
                     .contains(QLatin1String("automationMode")));
    }
};

AGENTDESK_TEST_MAIN(TestJulesMapper)
#include "tst_julesmapper.moc"
