// 100,000 tasks and 1,000,000 activities by default (bench_store TASKS ACTIVITIES_PER_TASK
// for other sizes; STORE_TASKS for scripts/bench.sh): opening the store and showing the
// first page of the list, loading the rest in the background (keyset pages), searching
// all tasks, and peak memory. Run through scripts/bench.sh.
#include "BenchCommon.h"
#include "attention/AttentionModel.h"
#include "storage/TaskStore.h"
#include "ui/models/TaskFilterProxyModel.h"
#include "ui/models/TaskListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTreeView>

using namespace agentdesk;
using namespace agentdesk::bench;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int tasks = argc > 1 ? atoi(argv[1]) : 100000;
    const int perTask = argc > 2 ? atoi(argv[2]) : 10;
    const QString size = tasks % 1000000 == 0 ? QStringLiteral("%1M tasks").arg(tasks / 1000000)
                         : tasks % 1000 == 0  ? QStringLiteral("%1k tasks").arg(tasks / 1000)
                                              : QStringLiteral("%1 tasks").arg(tasks);
    auto label = [&size](const char *what) { return (size + QStringLiteral(": ") + QLatin1String(what)).toUtf8(); };
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        Database db(file);
        if (db.open())
            return 1;
        QElapsedTimer gen;
        gen.start();
        seed(db, tasks, perTask);
        std::printf("generated %d tasks and %d activities in %.1f s\n", tasks, tasks * perTask, gen.elapsed() / 1000.0);
    }
    const double baseline = peakMb();

    QElapsedTimer timer;
    timer.start();
    Database db(file);
    if (db.open(Database::Check::Quick)) // as the window opens it
        return 1;
    TaskStore store(db);
    TaskListModel model(store);
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTreeView view;
    view.setModel(&proxy);
    view.setUniformRowHeights(true);
    view.setSortingEnabled(true);
    view.sortByColumn(TaskListModel::UpdatedColumn, Qt::DescendingOrder);
    view.resize(1000, 700);
    model.reload();
    view.show();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    result(label("open store + first page shown").constData(), timer.elapsed(), "ms", "< 200 ms");

    timer.restart();
    model.startBackgroundLoading();
    int pages = 0;
    qint64 slowestPage = 0;
    QElapsedTimer page;
    while (!model.isFullyLoaded()) {
        page.restart();
        QApplication::processEvents();
        slowestPage = std::max(slowestPage, page.elapsed());
        ++pages;
    }
    std::printf("rest of the list loaded in the background: %lld ms, %d rows\n", timer.elapsed(), model.rowCount());
    result(label("slowest background page (keyset paging)").constData(), slowestPage, "ms", "flat at any offset");

    const QStringList needles = {QStringLiteral("webhook"), QStringLiteral("org7/repo"), QStringLiteral("leak crash"),
                                 QStringLiteral("w"), QStringLiteral("nothing-matches-this")};
    // The operator starts typing a moment later: the list has settled (its order is
    // computed once, after the last page, not per keystroke).
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 200)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (qEnvironmentVariableIntValue("BENCH_NO_VIEW") == 1)
        view.setModel(nullptr);
    qint64 worst = 0;
    for (const QString &needle : needles) {
        TaskFilter f;
        f.text = needle;
        timer.restart();
        proxy.setFilter(f);
        const qint64 took = timer.elapsed();
        worst = std::max(worst, took);
        std::printf("search \"%s\": %lld ms, %d matches\n", qPrintable(needle), took, proxy.rowCount());
    }
    result(label("worst search").constData(), worst, "ms", "< 20 ms");

    timer.restart();
    AttentionModel attention(store);
    attention.load();
    std::printf("attention model loaded: %lld ms, %d need you\n", timer.elapsed(), attention.needsYouCount());
    result(label("peak memory").constData(), peakMb(), "MB", "< 200 MB");
    std::printf("(%.0f MB before opening the store)\n", baseline);
    return 0;
}
