// An idle worker: 50 claimed sessions whose provider tasks run quietly (nothing changes
// upstream). Measures the worker's CPU share and the provider requests it sends per
// minute once the polls have backed off (after four minutes), over a minute.
//   bench_worker [SECONDS [SETTLE_SECONDS]] Against the in-repo
// fake platform and fake Jules on loopback. Run through scripts/bench.sh.
#include "BenchCommon.h"
#include "app/CoreContext.h"
#include "auth/AccessTokenSource.h"
#include "fakes/FakeJulesServer.h"
#include "fakes/FakePlatformServer.h"
#include "fakes/MemorySecretStore.h"
#include "platform/PlatformClient.h"
#include "storage/WorkerStore.h"
#include "worker/Worker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

using namespace agentdesk;
using namespace agentdesk::bench;

namespace {

const QString kKey = QStringLiteral("AIzaBenchJulesKey-0123456789");

class FixedToken : public AccessTokenSource
{
public:
    explicit FixedToken(QString token) : m_token(std::move(token)) { }
    void accessToken(const QObject *, TokenCallback done) override { done(Secret(m_token), {}); }
    void refreshAfterUnauthorized(const QObject *, TokenCallback done) override { done(Secret(m_token), {}); }

private:
    QString m_token;
};

// Lets the event loop run (idle, as in the real program) for `ms`.
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? atoi(argv[1]) : 60;
    // Quiet tasks are synced less and less often (x1.5 up to two minutes): the figures
    // are taken once that has settled.
    const int settleSeconds = argc > 2 ? atoi(argv[2]) : 240;
    constexpr int kSessions = 50;
    fakes::FakePlatformServer platform;
    fakes::FakeJulesServer jules(kKey);
    jules.addSource(QStringLiteral("acme"), QStringLiteral("widgets"));
    if (!platform.start() || !jules.start())
        return 1;
    QTemporaryDir dir;
    CoreContext::Options options;
    options.paths.dataDir = dir.path();
    options.secretStore = std::make_unique<fakes::MemorySecretStore>();
    CoreContext core(std::move(options));
    if (core.open())
        return 1;
    bool added = false;
    core.accountService().add(Account{QStringLiteral("work"), ProviderId::Jules, jules.baseUrl(), {}, {}}, Secret(kKey),
                              false, &app, [&](const Outcome<Account> &) { added = true; });
    while (!added)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    WorkerStore store(core.database());
    WorkerRoute route;
    route.agentId = QStringLiteral("agt_bench");
    route.provider = ProviderId::Jules;
    route.account = QStringLiteral("work");
    route.repoUrl = QStringLiteral("https://github.com/acme/widgets");
    if (store.saveRoute(route))
        return 1;
    FixedToken token(platform.issueToken());
    PlatformClient client(core.http(), token, platform.baseUrl(), QStringLiteral("w_bench"));
    for (int i = 0; i < kSessions; ++i)
        platform.addSession(route.agentId, QStringLiteral("Quiet session %1").arg(i));
    Worker::Config config;
    config.agentId = route.agentId;
    config.name = QStringLiteral("bench");
    config.concurrency = kSessions;
    Worker worker(config, client, store, core.taskService());
    worker.start();
    // Claim and dispatch all, let the first polls run and the back-off settle.
    QElapsedTimer setup;
    setup.start();
    while (jules.sessionIds().size() < kSessions && setup.elapsed() < 60000)
        spin(100);
    for (const QString &id : jules.sessionIds())
        jules.advance(id); // running, then quiet
    spin(settleSeconds * 1000);
    const int before = jules.http().countRequests({}, {});
    const int platformBefore = platform.http().countRequests({}, {});
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    spin(seconds * 1000);
    const double elapsedMin = timer.elapsed() / 60000.0;
    const double cpuShare = (cpuSeconds() - cpuBefore) / (timer.elapsed() / 1000.0) * 100.0;
    result("idle worker, 50 quiet tasks: CPU (worker and both fakes)", cpuShare, "%", "<= 0.5 %");
    result("idle worker, 50 quiet tasks: provider requests", (jules.http().countRequests({}, {}) - before) / elapsedMin,
           "/min", "backs off, bounded");
    result("idle worker, 50 quiet tasks: platform requests",
           (platform.http().countRequests({}, {}) - platformBefore) / elapsedMin, "/min", "heartbeats, polls, leases");
    worker.stop(false);
    spin(500);
    return 0;
}
