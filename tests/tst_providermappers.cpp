// Devin, Cursor and Codex mappers against recorded payloads: every status word and
// activity kind each API documents, and the exact request bodies.
#include "TestMain.h"
#include "domain/Timestamps.h"
#include "providers/codex/CodexLogin.h"
#include "providers/codex/CodexMapper.h"
#include "providers/cursor/CursorMapper.h"
#include "providers/devin/DevinMapper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

using namespace agentdesk;

namespace {
QJsonObject load(const QString &name)
{
    QFile f(QStringLiteral(AGENTDESK_TEST_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}
int st(std::optional<TaskStatus> s)
{
    return s ? int(*s) : -1;
}
Credentials creds(const char *key, QJsonObject settings = {})
{
    return Credentials{QStringLiteral("a"), Secret(QString::fromLatin1(key)), {}, settings};
}
} // namespace

class TestProviderMappers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void devinVersionFromKey()
    {
        QCOMPARE(devin::versionFor(creds("cog_abc")), devin::ApiVersion::V3);
        QCOMPARE(devin::versionFor(creds("apk_user_abc")), devin::ApiVersion::V1);
        QCOMPARE(devin::versionFor(creds("cog_abc", {{QStringLiteral("apiVersion"), QStringLiteral("v1")}})),
                 devin::ApiVersion::V1);
    }

    void devinV1Statuses_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("needsYou");
        const int running = int(TaskStatus::Running);
        QTest::newRow("working") << "working" << running << false;
        QTest::newRow("blocked") << "blocked" << running << true;
        QTest::newRow("expired") << "expired" << int(TaskStatus::Failed) << false;
        QTest::newRow("finished") << "finished" << int(TaskStatus::Completed) << false;
        QTest::newRow("suspend_requested") << "suspend_requested" << running << false;
        QTest::newRow("suspend_requested_frontend") << "suspend_requested_frontend" << running << false;
        QTest::newRow("resume_requested") << "resume_requested" << running << false;
        QTest::newRow("resume_requested_frontend") << "resume_requested_frontend" << running << false;
        QTest::newRow("resumed") << "resumed" << running << false;
        QTest::newRow("unknown") << "hibernating" << -1 << false;
    }
    void devinV1Statuses()
    {
        QFETCH(QString, word);
        QFETCH(int, status);
        QFETCH(bool, needsYou);
        QCOMPARE(st(devin::mapStatusV1(word)), status);
        QCOMPARE(devin::attentionV1(word).needsYou(), needsYou);
        QVERIFY(devin::mapStatusV1(word) != TaskStatus::Queued); // never "queued" for a started session
    }

    void devinV3Statuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<int>("mapped");
        QTest::addColumn<int>("attention");
        const int none = int(AttentionKind::None);
        QTest::newRow("new") << "new"
                             << "" << int(TaskStatus::Queued) << none;
        QTest::newRow("claimed") << "claimed"
                                 << "" << int(TaskStatus::Queued) << none;
        QTest::newRow("working") << "running"
                                 << "working" << int(TaskStatus::Running) << none;
        QTest::newRow("waiting_for_user")
            << "running"
            << "waiting_for_user" << int(TaskStatus::Running) << int(AttentionKind::NeedsInput);
        QTest::newRow("waiting_for_approval")
            << "running"
            << "waiting_for_approval" << int(TaskStatus::AwaitingApproval) << int(AttentionKind::PlanApproval);
        QTest::newRow("running finished") << "running"
                                          << "finished" << int(TaskStatus::Completed) << none;
        QTest::newRow("exit") << "exit"
                              << "" << int(TaskStatus::Completed) << none;
        QTest::newRow("error") << "error"
                               << "" << int(TaskStatus::Failed) << none;
        QTest::newRow("suspended inactivity")
            << "suspended"
            << "inactivity" << int(TaskStatus::Running) << int(AttentionKind::NeedsInput);
        QTest::newRow("suspended credits")
            << "suspended"
            << "out_of_credits" << int(TaskStatus::Running) << int(AttentionKind::NeedsInput);
        QTest::newRow("resuming") << "resuming"
                                  << "" << int(TaskStatus::Running) << none;
    }
    void devinV3Statuses()
    {
        QFETCH(QString, status);
        QFETCH(QString, detail);
        QFETCH(int, mapped);
        QFETCH(int, attention);
        QCOMPARE(st(devin::mapStatusV3(status, detail)), mapped);
        QCOMPARE(int(devin::attentionV3(status, detail).kind), attention);
    }

    void devinV1Session()
    {
        const RemoteTask r = devin::mapSessionV1(load(QStringLiteral("devin/v1_session_blocked.json")));
        QCOMPARE(r.externalId, QStringLiteral("devin-abc123"));
        QCOMPARE(r.status, std::optional<TaskStatus>(TaskStatus::Running));
        QCOMPARE(r.attention.kind, AttentionKind::NeedsInput);
        QCOMPARE(r.result.prUrl, QStringLiteral("https://github.com/acme/widgets/pull/8"));
        QCOMPARE(r.result.prNumber.value_or(0), 8);
        QCOMPARE(r.activities.size(), 3);
        QCOMPARE(r.activities.at(0).id, QStringLiteral("e1"));
        QCOMPARE(r.activities.at(0).metadata.value(QLatin1String("author")).toString(), QStringLiteral("user"));
        QCOMPARE(r.activities.at(1).metadata.value(QLatin1String("author")).toString(), QStringLiteral("agent"));
        QCOMPARE(r.activities.at(2).metadata.value(QLatin1String("author")).toString(), QStringLiteral("user"));
        QCOMPARE(r.result.summary, QStringLiteral("PR is open. Anything else?"));
        QCOMPARE(toIso(r.activities.at(1).timestamp), QStringLiteral("2026-01-01T00:05:00.000Z"));
    }

    void devinV3SessionAndMessages()
    {
        const RemoteTask r = devin::mapSessionV3(load(QStringLiteral("devin/v3_session_waiting.json")));
        QCOMPARE(r.upstreamStatus, QStringLiteral("running/waiting_for_user"));
        QCOMPARE(r.attention.kind, AttentionKind::NeedsInput);
        QCOMPARE(r.result.prUrl, QStringLiteral("https://github.com/acme/widgets/pull/12"));
        QVERIFY(r.result.cost.has_value());
        QCOMPARE(r.result.cost->amount, 2.5);
        QCOMPARE(r.result.cost->unit, QStringLiteral("acu"));
        QVERIFY(r.result.cost->exact);
        QCOMPARE(toIso(r.updatedAt), QStringLiteral("2026-01-01T00:05:00.000Z"));
        const QJsonArray items = load(QStringLiteral("devin/v3_messages.json")).value(QLatin1String("items")).toArray();
        const Activity user = devin::mapMessageV3(items.at(0).toObject());
        const Activity agent = devin::mapMessageV3(items.at(1).toObject());
        QCOMPARE(user.id, QStringLiteral("m1"));
        QCOMPARE(user.metadata.value(QLatin1String("author")).toString(), QStringLiteral("user"));
        QCOMPARE(agent.metadata.value(QLatin1String("author")).toString(), QStringLiteral("agent"));
        QCOMPARE(toIso(agent.timestamp), QStringLiteral("2026-01-01T00:01:40.000Z"));
    }

    void devinBodies()
    {
        NewTask t;
        t.prompt = QStringLiteral("Fix the parser");
        t.repoUrl = QStringLiteral("https://github.com/acme/widgets");
        t.branch = QStringLiteral("dev");
        t.options.autoCreatePr = true;
        t.options.provider = {{QStringLiteral("maxAcuLimit"), 10},
                              {QStringLiteral("tags"), QJsonArray{QStringLiteral("x")}}};
        t.options.environment.insert(QStringLiteral("TOKEN"), QStringLiteral("v"));
        const QJsonObject v1 = devin::createBodyV1(t, QStringLiteral("Fix"));
        // v1 has no repo field: the repository, branch and PR wish are in the prompt.
        QVERIFY(v1.value(QLatin1String("prompt"))
                    .toString()
                    .startsWith(QStringLiteral("In https://github.com/acme/widgets (branch dev):")));
        QVERIFY(v1.value(QLatin1String("prompt")).toString().contains(QStringLiteral("pull request")));
        QVERIFY(!v1.contains(QLatin1String("repo_url")) && !v1.contains(QLatin1String("repos")));
        QCOMPARE(v1.value(QLatin1String("max_acu_limit")).toInt(), 10);
        QCOMPARE(v1.value(QLatin1String("tags")).toArray(),
                 (QJsonArray{QStringLiteral("agentdesk"), QStringLiteral("x")}));
        QCOMPARE(v1.value(QLatin1String("session_secrets"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("key"))
                     .toString(),
                 QStringLiteral("TOKEN"));
        const QJsonObject v3 = devin::createBodyV3(t, QStringLiteral("Fix"));
        QCOMPARE(v3.value(QLatin1String("repos")).toArray(), QJsonArray{QStringLiteral("acme/widgets")});
    }

    void cursorStatuses_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("hasError");
        QTest::newRow("CREATING") << "CREATING" << int(TaskStatus::Queued) << false;
        QTest::newRow("RUNNING") << "RUNNING" << int(TaskStatus::Running) << false;
        QTest::newRow("FINISHED") << "FINISHED" << int(TaskStatus::Completed) << false;
        QTest::newRow("ERROR") << "ERROR" << int(TaskStatus::Failed) << true;
        QTest::newRow("EXPIRED") << "EXPIRED" << int(TaskStatus::Failed) << true;
        QTest::newRow("CANCELLED") << "CANCELLED" << int(TaskStatus::Cancelled) << false;
        QTest::newRow("after stop") << "STOPPED" << -1 << false;
    }
    void cursorStatuses()
    {
        QFETCH(QString, word);
        QFETCH(int, status);
        QFETCH(bool, hasError);
        QCOMPARE(st(cursor::mapStatus(word)), status);
        QCOMPARE(!cursor::errorForStatus(word).isEmpty(), hasError);
    }

    void cursorV0()
    {
        const RemoteTask r = cursor::mapAgentV0(load(QStringLiteral("cursor/v0_agent_finished.json")));
        QCOMPARE(r.status, std::optional<TaskStatus>(TaskStatus::Completed));
        QCOMPARE(r.result.prUrl, QStringLiteral("https://github.com/acme/widgets/pull/9")); // never target.url
        QCOMPARE(r.webUrl, QStringLiteral("https://cursor.com/agents?id=bc_abc123"));
        QCOMPARE(r.result.summary, QStringLiteral("Fixed null return in parser"));
        QJsonObject noPr = load(QStringLiteral("cursor/v0_agent_finished.json"));
        QJsonObject target = noPr.value(QLatin1String("target")).toObject();
        target.remove(QStringLiteral("prUrl"));
        noPr.insert(QStringLiteral("target"), target);
        QVERIFY(cursor::mapAgentV0(noPr).result.prUrl.isEmpty());
        const QList<Activity> conv = cursor::mapConversationV0(load(QStringLiteral("cursor/v0_conversation.json")));
        QCOMPARE(conv.size(), 2);
        QCOMPARE(conv.at(0).metadata.value(QLatin1String("author")).toString(), QStringLiteral("user"));
        QCOMPARE(conv.at(1).metadata.value(QLatin1String("author")).toString(), QStringLiteral("agent"));
        QVERIFY(!conv.at(0).timestamp.isValid()); // stamped by the store on first sight
    }

    void cursorV1AndStream()
    {
        const QJsonObject created = load(QStringLiteral("cursor/v1_create.json"));
        RemoteTask r = cursor::mapAgentV1(created.value(QLatin1String("agent")).toObject());
        cursor::applyRunV1(r, created.value(QLatin1String("run")).toObject());
        QCOMPARE(r.externalId, QStringLiteral("bc-00000000-0000-0000-0000-000000000001"));
        QCOMPARE(r.status, std::optional<TaskStatus>(TaskStatus::Queued));
        QCOMPARE(r.providerState.value(QLatin1String("runId")).toString(),
                 QStringLiteral("run-00000000-0000-0000-0000-000000000001"));
        QVERIFY(r.result.prUrl.isEmpty());

        RemoteTask t;
        const auto assistant = cursor::mapStreamEvent(QStringLiteral("e1"), QStringLiteral("assistant"),
                                                      {{QStringLiteral("text"), QStringLiteral("hi")}}, t);
        QCOMPARE(assistant->type, ActivityType::Message);
        QCOMPARE(assistant->id, QStringLiteral("sse:e1"));
        const auto tool = cursor::mapStreamEvent(QStringLiteral("e2"), QStringLiteral("tool_call"),
                                                 {{QStringLiteral("name"), QStringLiteral("edit_file")}}, t);
        QCOMPARE(tool->type, ActivityType::CodeChange);
        const auto cmd = cursor::mapStreamEvent(QStringLiteral("e3"), QStringLiteral("tool_call"),
                                                {{QStringLiteral("name"), QStringLiteral("run_terminal_cmd")}}, t);
        QCOMPARE(cmd->type, ActivityType::Command);
        for (const char *silent : {"status", "thinking", "heartbeat", "done"})
            QVERIFY(!cursor::mapStreamEvent(QStringLiteral("x"), QString::fromLatin1(silent), {}, t));
        const auto result =
            cursor::mapStreamEvent(QStringLiteral("e4"), QStringLiteral("result"),
                                   {{QStringLiteral("summary"), QStringLiteral("ok")},
                                    {QStringLiteral("prUrl"), QStringLiteral("https://github.com/a/b/pull/3")}},
                                   t);
        QCOMPARE(result->type, ActivityType::Completion);
        QCOMPARE(t.result.prUrl, QStringLiteral("https://github.com/a/b/pull/3"));
        const auto error = cursor::mapStreamEvent(QStringLiteral("e5"), QStringLiteral("error"),
                                                  {{QStringLiteral("message"), QStringLiteral("boom")}}, t);
        QCOMPARE(error->type, ActivityType::Error);
        QCOMPARE(t.error, QStringLiteral("boom"));
    }

    void cursorBodies()
    {
        NewTask t;
        t.prompt = QStringLiteral("Fix");
        t.repoUrl = QStringLiteral("https://github.com/acme/widgets");
        t.branch = QStringLiteral("main");
        t.options.autoCreatePr = true;
        t.options.provider = {{QStringLiteral("model"), QStringLiteral("composer-2")}};
        const QJsonObject v0 = cursor::createBodyV0(t);
        QVERIFY(!v0.contains(QLatin1String("autoCreatePr")));
        QCOMPARE(v0.value(QLatin1String("target")).toObject().value(QLatin1String("autoCreatePr")).toBool(), true);
        QCOMPARE(v0.value(QLatin1String("source")).toObject().value(QLatin1String("ref")).toString(),
                 QStringLiteral("main"));
        QCOMPARE(v0.value(QLatin1String("model")).toString(), QStringLiteral("composer-2"));
        const QJsonObject v1 = cursor::createBodyV1(t);
        QCOMPARE(v1.value(QLatin1String("autoCreatePR")).toBool(), true);
        QCOMPARE(v1.value(QLatin1String("repos"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("startingRef"))
                     .toString(),
                 QStringLiteral("main"));
        QCOMPARE(v1.value(QLatin1String("model")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("composer-2"));
    }

    void codexStatuses()
    {
        QCOMPARE(st(codex::mapTurnStatus(QStringLiteral("pending"))), int(TaskStatus::Queued));
        QCOMPARE(st(codex::mapTurnStatus(QStringLiteral("in_progress"))), int(TaskStatus::Running));
        QCOMPARE(st(codex::mapTurnStatus(QStringLiteral("completed"))), int(TaskStatus::Completed));
        QCOMPARE(st(codex::mapTurnStatus(QStringLiteral("failed"))), int(TaskStatus::Failed));
        QCOMPARE(st(codex::mapTurnStatus(QStringLiteral("cancelled"))), int(TaskStatus::Cancelled));
        QCOMPARE(st(codex::mapLegacyState(QStringLiteral("pending"))), int(TaskStatus::Queued));
        QCOMPARE(st(codex::mapLegacyState(QStringLiteral("ready"))), int(TaskStatus::Completed));
        QCOMPARE(st(codex::mapLegacyState(QStringLiteral("applied"))), int(TaskStatus::Completed));
        QCOMPARE(st(codex::mapLegacyState(QStringLiteral("error"))), int(TaskStatus::Failed));
    }

    void codexBundle()
    {
        const RemoteTask r = codex::mapTaskBundle(load(QStringLiteral("codex/task_bundle.json")));
        QCOMPARE(r.externalId, QStringLiteral("task_e_68f1"));
        QCOMPARE(r.status, std::optional<TaskStatus>(TaskStatus::Completed));
        QCOMPARE(r.result.prUrl, QStringLiteral("https://github.com/acme/widgets/pull/5"));
        QCOMPARE(r.result.summary, QStringLiteral("Done: returns [] now."));
        QCOMPARE(r.providerState.value(QLatin1String("turnId")).toString(), QStringLiteral("turn_a"));
        QStringList kinds;
        for (const Activity &a : r.activities)
            kinds << activityTypeKey(a.type) + QLatin1Char(':') + a.metadata.value(QLatin1String("author")).toString();
        // The patch is in the assistant turn and again in the task's diff turn: shown once.
        QCOMPARE(kinds, (QStringList{QStringLiteral("message:user"), QStringLiteral("message:agent"),
                                     QStringLiteral("command:agent"), QStringLiteral("message:agent"),
                                     QStringLiteral("code_change:")}));
        QVERIFY(r.activities.at(4)
                    .metadata.value(QLatin1String("patch"))
                    .toString()
                    .contains(QStringLiteral("+return [];")));
        QCOMPARE(r.activities.at(4)
                     .metadata.value(QLatin1String("diffStats"))
                     .toObject()
                     .value(QLatin1String("lines_added"))
                     .toInt(),
                 39);

        const RemoteTask failed = codex::mapTaskBundle(load(QStringLiteral("codex/task_failed_legacy.json")));
        QCOMPARE(failed.status, std::optional<TaskStatus>(TaskStatus::Failed));
        QCOMPARE(failed.error, QStringLiteral("Environment setup failed"));
        QCOMPARE(failed.activities.last().type, ActivityType::Error);
    }

    void codexBodiesAndEnvironments()
    {
        NewTask t;
        t.prompt = QStringLiteral("Fix the parser");
        t.branch = QStringLiteral("main");
        t.options.provider = {{QStringLiteral("bestOfN"), 2}};
        const QJsonObject body = codex::createBody(t, QStringLiteral("env_123"));
        QCOMPARE(body.value(QLatin1String("new_task")).toObject().value(QLatin1String("environment_id")).toString(),
                 QStringLiteral("env_123"));
        QCOMPARE(body.value(QLatin1String("metadata")).toObject().value(QLatin1String("best_of_n")).toInt(), 2);
        QCOMPARE(body.value(QLatin1String("input_items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("content"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QStringLiteral("Fix the parser"));
        t.options.provider = {};
        QVERIFY(!codex::createBody(t, QStringLiteral("e")).contains(QLatin1String("metadata")));
        QCOMPARE(codex::taskIdFromCreate(
                     {{QStringLiteral("task"), QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}}}}),
                 QStringLiteral("a"));
        QCOMPARE(codex::taskIdFromCreate({{QStringLiteral("id"), QStringLiteral("b")}}), QStringLiteral("b"));
        const QJsonArray envs{QJsonObject{{QStringLiteral("id"), QStringLiteral("env_1")},
                                          {QStringLiteral("label"), QStringLiteral("Widgets")},
                                          {QStringLiteral("repos"), QJsonArray{QStringLiteral("acme/widgets")}}}};
        QCOMPARE(codex::mapEnvironments(envs).first().repoName, QStringLiteral("acme/widgets"));
        QCOMPARE(codex::mapEnvironments(QJsonObject{{QStringLiteral("items"), envs}}).size(), 1);
    }

    void codexLogin()
    {
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write(
            R"({"OPENAI_API_KEY":null,"tokens":{"id_token":"x","access_token":"tok-123","refresh_token":"r","account_id":"acc-9"},"last_refresh":"2026-01-01T00:00:00Z"})");
        f.flush();
        const Outcome<ImportedCredential> login = codex::readCodexLogin(f.fileName());
        QVERIFY2(login.ok(), qPrintable(login.error.message));
        QCOMPARE(login.value.key.reveal(), QStringLiteral("tok-123"));
        QCOMPARE(login.value.settings.value(QLatin1String("accountId")).toString(), QStringLiteral("acc-9"));
        QVERIFY(!codex::readCodexLogin(QStringLiteral("/nonexistent/auth.json")).ok());

        // An API-key login (no ChatGPT tokens) is refused with a reason, not half-imported.
        QTemporaryFile apiKeyOnly;
        QVERIFY(apiKeyOnly.open());
        apiKeyOnly.write(R"({"OPENAI_API_KEY":"sk-abc"})");
        apiKeyOnly.flush();
        const Outcome<ImportedCredential> refused = codex::readCodexLogin(apiKeyOnly.fileName());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.message.contains(QLatin1String("ChatGPT")));
    }
};

AGENTDESK_TEST_MAIN(TestProviderMappers)
#include "tst_providermappers.moc"
