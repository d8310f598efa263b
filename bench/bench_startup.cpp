// First paint of the window with 0, 10,000 and 50,000 unfinished tasks (in a store of
// 100,000), then the refresher building its schedule for them (which main() does right
// after the first paint). Run through scripts/bench.sh.
#include "BenchCommon.h"
#include "app/CoreContext.h"
#include "attention/AttentionModel.h"
#include "fakes/MemorySecretStore.h"
#include "tasks/TaskRefresher.h"
#include "ui/widgets/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTreeView>

using namespace agentdesk;
using namespace agentdesk::bench;

namespace {

// Stops the clock at the first paint of a widget.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QElapsedTimer &timer) : m_timer(timer) { }
    qint64 at = -1;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && at < 0)
            at = m_timer.elapsed();
        return false;
    }

private:
    QElapsedTimer &m_timer;
};

void measure(int unfinished)
{
    QTemporaryDir dir;
    constexpr int kTotal = 100000;
    {
        Database db(AppPaths{dir.path()}.databaseFile());
        if (db.open())
            return;
        seed(db, kTotal, 0, unfinished > 0 ? kTotal / unfinished : 0);
    }
    QElapsedTimer timer;
    timer.start();
    CoreContext::Options options;
    options.paths.dataDir = dir.path();
    options.secretStore = std::make_unique<fakes::MemorySecretStore>();
    options.check = Database::Check::Quick; // as agentdesk's main() opens it
    CoreContext core(std::move(options));
    if (const Error e = core.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return;
    }
    const qint64 opened = timer.elapsed();
    MainWindow window(core);
    const qint64 built = timer.elapsed();
    FirstPaint paint(timer);
    window.taskView()->viewport()->installEventFilter(&paint);
    window.show();
    while (paint.at < 0 && timer.elapsed() < 60000)
        QApplication::processEvents();
    std::printf("  (database open %lld ms, window built %lld ms, painted %lld ms)\n", opened, built - opened,
                paint.at - built);
    const QByteArray what = "first paint, " + QByteArray::number(unfinished) + " unfinished of 100k tasks";
    result(what.constData(), paint.at, "ms", "< 300 ms");

    // What main() does right after the first paint.
    QElapsedTimer schedule;
    schedule.start();
    core.refresher().start();
    const QByteArray scheduleWhat = "refresher schedule, " + QByteArray::number(unfinished) + " unfinished";
    result(scheduleWhat.constData(), schedule.elapsed(), "ms", "O(n log n)");
    std::printf("  (tracking %d unfinished tasks)\n", core.refresher().trackedCount());
    QElapsedTimer attention;
    attention.start();
    AttentionModel model(core.tasks());
    model.load();
    const QByteArray attentionWhat = "attention count, " + QByteArray::number(unfinished) + " unfinished";
    result(attentionWhat.constData(), attention.elapsed(), "ms", "after the first paint");
    core.refresher().stop();
}

} // namespace

// With AGENTDESK_BENCH_SLOW_EVENTS=1: names every event that takes longer than 20 ms,
// to see where the time before the first paint goes.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_report)
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        const bool r = QApplication::notify(receiver, event);
        if (t.elapsed() > 20)
            std::printf("  slow event %d to %s (%s): %lld ms\n", type, receiver->metaObject()->className(),
                        qPrintable(receiver->objectName()), t.elapsed());
        return r;
    }

private:
    bool m_report = qEnvironmentVariableIntValue("AGENTDESK_BENCH_SLOW_EVENTS") == 1;
};

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    for (int unfinished : {0, 10000, 50000})
        measure(unfinished);
    return 0;
}
