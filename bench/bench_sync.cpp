// What a re-sync costs when nothing changed upstream, with 1,000 and 5,000 activities
// already stored: it must not grow with the history (no reading of stored activities,
// a cursor per task). Against the in-repo fake Jules over loopback HTTP, on a thread of
// its own: the CPU figure is this side's only (the fake's own cost is not ours).
// Run through scripts/bench.sh.
#include "BenchCommon.h"
#include "app/CoreContext.h"
#include "fakes/FakeJulesServer.h"
#include "fakes/MemorySecretStore.h"
#include "tasks/TaskService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>

using namespace agentdesk;
using namespace agentdesk::bench;

namespace {

const QString kKey = QStringLiteral("AIzaBenchJulesKey-0123456789");

template <typename T, typename Start>
Outcome<T> wait(Start start)
{
    QObject context;
    std::optional<Outcome<T>> out;
    start(&context, [&](const Outcome<T> &r) { out = r; });
    while (!out)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return *out;
}

double threadCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Runs `fn` on the fake's thread and waits for it.
template <typename Fn>
void onFake(QObject *fakeContext, Fn fn)
{
    QMetaObject::invokeMethod(fakeContext, fn, Qt::BlockingQueuedConnection);
}

void measure(int stored)
{
    QThread fakeThread;
    fakeThread.start();
    QObject fakeContext;
    fakeContext.moveToThread(&fakeThread);
    fakes::FakeJulesServer *fake = nullptr;
    QUrl baseUrl;
    onFake(&fakeContext, [&] {
        fake = new fakes::FakeJulesServer(kKey);
        fake->addSource(QStringLiteral("acme"), QStringLiteral("widgets"));
        if (fake->start())
            baseUrl = fake->baseUrl();
    });
    auto finish = qScopeGuard([&] {
        onFake(&fakeContext, [&] { delete fake; });
        fakeThread.quit();
        fakeThread.wait();
    });
    if (baseUrl.isEmpty())
        return;
    QTemporaryDir dir;
    CoreContext::Options options;
    options.paths.dataDir = dir.path();
    options.secretStore = std::make_unique<fakes::MemorySecretStore>();
    CoreContext core(std::move(options));
    if (core.open())
        return;
    core.budget().setDefaultLimit({600000, 100000}); // the fake answers at once: measure us, not the pace
    wait<Account>([&](const QObject *ctx, Callback<Account> done) {
        core.accountService().add(Account{QStringLiteral("work"), ProviderId::Jules, baseUrl, {}, {}}, Secret(kKey),
                                  false, ctx, done);
    });
    NewTask t;
    t.provider = QStringLiteral("jules");
    t.prompt = QStringLiteral("Fix the parser");
    t.repoUrl = QStringLiteral("https://github.com/acme/widgets");
    const Task task =
        wait<Task>([&](const QObject *ctx, Callback<Task> done) { core.taskService().create(t, ctx, done); }).value;
    onFake(&fakeContext, [&] {
        fake->advance(task.externalId);
        fake->addProgress(task.externalId, stored, 2000); // a history built over time
    });
    const Outcome<Task> first =
        wait<Task>([&](const QObject *ctx, Callback<Task> done) { core.taskService().sync(task.id, ctx, done); });
    if (!first.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(first.error.message));
        return;
    }
    const int have = int(core.tasks().activities(task.id).value.size());
    const int kRounds =
        qEnvironmentVariableIntValue("BENCH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("BENCH_ROUNDS") : 50;
    const double cpuBefore = threadCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRounds; ++i)
        wait<Task>([&](const QObject *ctx, Callback<Task> done) { core.taskService().sync(task.id, ctx, done); });
    const double wallMs = double(timer.elapsed()) / kRounds;
    const double cpuMs = (threadCpuSeconds() - cpuBefore) * 1000.0 / kRounds;
    const QByteArray what = "re-sync with nothing new, " + QByteArray::number(have) + " activities stored";
    result(what.constData(), cpuMs, "ms CPU", "flat in history");
    result(QByteArray(what + ", wall (fake included)").constData(), wallMs, "ms", "");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    for (int stored : {1000, 5000})
        measure(stored);
    return 0;
}
