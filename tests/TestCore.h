#pragma once

// Shared set-up for tests that drive the core against the fake Jules: a throw-away
// data directory, a CoreContext over it, and an account pointing at the fake.

#include "accounts/AccountService.h"
#include "app/CoreContext.h"
#include "fakes/FakeJulesServer.h"
#include "fakes/MemorySecretStore.h"
#include "net/HttpClient.h"
#include "storage/TaskStore.h"
#include "tasks/TaskService.h"

#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

namespace agentdesk::testing {

inline const QString kJulesKey = QStringLiteral("AIzaFakeJulesKey-0123456789");

// Waits for an asynchronous call's single answer. `start` gets the context to pass
// (destroyed when the wait ends: a late answer is dropped) and the callback.
template <typename T, typename Start>
Outcome<T> await(Start start, int timeoutMs = 20000)
{
    QObject context;
    std::optional<Outcome<T>> result;
    start(static_cast<const QObject *>(&context), Callback<T>([&](const Outcome<T> &r) { result = r; }));
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (!result)
        return Outcome<T>{T{}, Error::provider(QStringLiteral("test timed out waiting for an answer"))};
    return *result;
}

struct CtlResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs agentdeskctl as a user would, while this process's event loop keeps turning
// (the fake servers live here).
inline CtlResult runCtl(const QString &dataDir, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setProgram(QStringLiteral(AGENTDESK_CTL_PATH));
    p.setArguments(QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    p.start();
    p.write(input);
    p.closeWriteChannel();
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
        QTest::qWait(5);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// Several agentdeskctl processes at once on one data directory, each as a user would
// run it; waits (turning this process's event loop) until every one has finished.
inline QList<CtlResult> runCtlTogether(const QString &dataDir, const QList<QStringList> &commands,
                                       const QList<QByteArray> &inputs = {}, int timeoutMs = 60000)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < commands.size(); ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProgram(QStringLiteral(AGENTDESK_CTL_PATH));
        p->setArguments(QStringList{QStringLiteral("--data-dir"), dataDir} + commands.at(i));
        processes.push_back(std::move(p));
    }
    for (size_t i = 0; i < processes.size(); ++i) {
        processes[i]->start();
        processes[i]->write(int(i) < inputs.size() ? inputs.at(int(i)) : QByteArray());
        processes[i]->closeWriteChannel();
    }
    // The fakes these processes talk to live in this process: its loop keeps turning.
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    auto running = [&processes] {
        return std::any_of(processes.begin(), processes.end(),
                           [](const auto &p) { return p->state() != QProcess::NotRunning; });
    };
    for (auto &p : processes)
        QObject::connect(p.get(), &QProcess::finished, &loop, [&loop, running] {
            if (!running())
                loop.quit();
        });
    if (running()) {
        deadline.start(timeoutMs);
        loop.exec();
    }
    QList<CtlResult> out;
    for (auto &p : processes) {
        out.append({p->exitStatus() == QProcess::NormalExit && p->state() == QProcess::NotRunning ? p->exitCode() : -1,
                    p->readAllStandardOutput(), p->readAllStandardError()});
    }
    return out;
}

// A CoreContext over dataDir with fast retries and a Jules account "work" pointing at
// julesUrl (the key in memory, or in the real keychain); null when any step fails.
inline std::unique_ptr<CoreContext> coreWithJulesAccount(const QString &dataDir, const QUrl &julesUrl,
                                                         bool memorySecrets = true, const Clock *clock = nullptr,
                                                         bool queuedWrites = false)
{
    CoreContext::Options options;
    options.paths.dataDir = dataDir;
    options.queuedWrites = queuedWrites;
    options.clock = clock;
    options.keychainService = QStringLiteral("agentdesk-tests"); // never the user's entries
    if (memorySecrets)
        options.secretStore = std::make_unique<fakes::MemorySecretStore>();
    auto core = std::make_unique<CoreContext>(std::move(options));
    if (core->open())
        return nullptr;
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.timeoutMs = 5000;
    core->http().setRetryPolicy(fast);
    // The fakes answer at once and tests poll fast: the default per-account pace (what a
    // real provider tolerates) would only slow them down. tst_httpclient tests the budget.
    core->budget().setDefaultLimit({60000, 1000});
    const auto added = await<Account>([&](auto ctx, auto done) {
        core->accountService().add(Account{QStringLiteral("work"), ProviderId::Jules, julesUrl, {}, {}},
                                   Secret(kJulesKey), false, ctx, done);
    });
    return added.ok() ? std::move(core) : nullptr;
}

struct JulesFixture {
    QTemporaryDir dir;
    fakes::FakeJulesServer jules{kJulesKey};
    std::unique_ptr<CoreContext> core;
    bool queuedWrites = false; // as the window runs: every write through the write queue

    bool setUp(bool memorySecrets = true, const Clock *clock = nullptr)
    {
        jules.addSource(QStringLiteral("acme"), QStringLiteral("widgets"));
        if (!jules.start())
            return false;
        core = coreWithJulesAccount(dir.path(), jules.baseUrl(), memorySecrets, clock, queuedWrites);
        return core != nullptr;
    }

    NewTask newTask(bool planApproval = true, bool autoPr = true) const
    {
        NewTask t;
        t.provider = QStringLiteral("jules");
        t.prompt = QStringLiteral("Fix the flaky parser test");
        t.repoUrl = QStringLiteral("https://github.com/acme/widgets");
        t.options.planApprovalRequired = planApproval;
        t.options.autoCreatePr = autoPr;
        return t;
    }

    Outcome<Task> create(const NewTask &t)
    {
        return await<Task>([&](auto ctx, auto done) { core->taskService().create(t, ctx, done); });
    }
    Outcome<Task> sync(const QString &id)
    {
        return await<Task>([&](auto ctx, auto done) { core->taskService().sync(id, ctx, done); });
    }
    Outcome<Task> message(const QString &id, const QString &text)
    {
        return await<Task>([&](auto ctx, auto done) { core->taskService().sendMessage(id, text, ctx, done); });
    }
    Outcome<Task> cancel(const QString &id)
    {
        return await<Task>([&](auto ctx, auto done) { core->taskService().cancel(id, ctx, done); });
    }
};

} // namespace agentdesk::testing

#include "fakes/FakeCodexServer.h"
#include "fakes/FakeCursorServer.h"
#include "fakes/FakeDevinServer.h"

namespace agentdesk::testing {

inline const QString kDevinV1Key = QStringLiteral("apk_user_fakeDevinKey0001");
inline const QString kDevinV3Key = QStringLiteral("cog_fakeDevinToken0003");
inline const QString kCursorKey = QStringLiteral("key_fakeCursor000000001");
inline const QString kCodexToken = QStringLiteral("eyFakeChatGptAccessToken");
inline const QString kCodexAccount = QStringLiteral("acc-1234");

// Every provider's fake, and one account per provider and API version:
// jules, devin1 (v1), devin3 (v3), cursor1 (v1), cursor0 (v0), codex.
struct AllProviders : JulesFixture {
    fakes::FakeDevinServer devin{kDevinV1Key, kDevinV3Key};
    fakes::FakeCursorServer cursor{kCursorKey};
    fakes::FakeCodexServer codex{kCodexToken, kCodexAccount};

    bool setUpAll(const Clock *clock = nullptr)
    {
        if (!setUp(true, clock) || !devin.start() || !cursor.start() || !codex.start())
            return false;
        auto add = [&](ProviderId p, const char *name, const QUrl &url, const QString &key, QJsonObject settings = {}) {
            return await<Account>([&](auto ctx, auto done) {
                       core->accountService().add(Account{QString::fromLatin1(name), p, url, {}, settings}, Secret(key),
                                                  false, ctx, done);
                   })
                .ok();
        };
        return add(ProviderId::Devin, "devin1", devin.baseUrl(), kDevinV1Key)
               && add(ProviderId::Devin, "devin3", devin.baseUrl(), kDevinV3Key)
               && add(ProviderId::CursorCloud, "cursor1", cursor.baseUrl(), kCursorKey)
               && add(ProviderId::CursorCloud, "cursor0", cursor.baseUrl(), kCursorKey,
                      {{QStringLiteral("apiVersion"), QStringLiteral("v0")}})
               && add(ProviderId::CodexCloud, "codex", codex.baseUrl(), kCodexToken,
                      {{QStringLiteral("accountId"), kCodexAccount}});
    }

    NewTask taskFor(const char *provider, const char *account, bool autoPr = true) const
    {
        NewTask t = newTask(false, autoPr);
        t.provider = QString::fromLatin1(provider);
        t.account = QString::fromLatin1(account);
        if (t.provider == QLatin1String("codex-cloud"))
            t.options.autoCreatePr = false; // Codex opens PRs from its own turns
        return t;
    }
};

} // namespace agentdesk::testing
