// Generates 100,000 tasks and 1,000,000 activities, then measures what an operator
// feels: opening the store and showing the first page of the list, a search over all
// tasks, and peak memory. Targets (2 cores): first page < 200 ms, search < 50 ms,
// peak < 200 MB. Run through scripts/bench.sh.
#include "attention/AttentionModel.h"
#include "domain/Timestamps.h"
#include "storage/Database.h"
#include "storage/TaskStore.h"
#include "ui/models/TaskFilterProxyModel.h"
#include "ui/models/TaskListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeView>
#include <cstdio>
#include <sys/resource.h>

using namespace agentdesk;

namespace {

const char *const kWords[] = {"parser", "cache", "login", "flaky", "test", "webhook", "retry", "schema", "build",
                              "docs", "api", "timeout", "memory", "leak", "upgrade", "refactor", "crash", "ui"};

QString words(QRandomGenerator &rng, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QString::fromLatin1(kWords[rng.bounded(int(std::size(kWords)))]);
    return out.join(QLatin1Char(' '));
}

void generate(Database &db, int tasks, int activitiesPerTask)
{
    QRandomGenerator rng(42);
    QSqlDatabase c = db.connection();
    c.transaction();
    QSqlQuery t(c);
    t.prepare(QStringLiteral("INSERT INTO tasks (id, provider, account, external_id, status, title, prompt, repo_name, "
                             "repo_url, options, result, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery a(c);
    a.prepare(QStringLiteral("INSERT INTO activities (task_id, activity_id, seq, type, content, timestamp, metadata) "
                             "VALUES (?,?,?,?,?,?,?)"));
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-365);
    const QStringList providers = allProviderKeys();
    for (int i = 0; i < tasks; ++i) {
        const QString id = QStringLiteral("task_%1_%2").arg(base.toMSecsSinceEpoch() + i).arg(i, 16, 16, QLatin1Char('0'));
        const QString repo = QStringLiteral("org%1/repo%2").arg(i % 50).arg(i % 700);
        const QString when = toIso(base.addSecs(i * 300));
        t.addBindValue(id);
        t.addBindValue(providers.at(i % providers.size()));
        t.addBindValue(QStringLiteral("work"));
        t.addBindValue(QStringLiteral("ext-%1").arg(i));
        t.addBindValue(statusKey(TaskStatus(i % 6)));
        t.addBindValue(QStringLiteral("Fix %1").arg(words(rng, 4)));
        t.addBindValue(QStringLiteral("Please %1 and then %2.").arg(words(rng, 12), words(rng, 8)));
        t.addBindValue(repo);
        t.addBindValue(QString(QStringLiteral("https://github.com/") + repo));
        t.addBindValue(QStringLiteral("{}"));
        t.addBindValue(i % 3 == 0 ? QStringLiteral("{\"prUrl\":\"https://github.com/%1/pull/%2\"}").arg(repo).arg(i)
                                  : QStringLiteral("{}"));
        t.addBindValue(when);
        t.addBindValue(when);
        t.exec();
        for (int k = 0; k < activitiesPerTask; ++k) {
            a.addBindValue(id);
            a.addBindValue(QStringLiteral("a%1").arg(k));
            a.addBindValue(k);
            a.addBindValue(activityTypeKey(ActivityType(k % 6)));
            a.addBindValue(words(rng, 10));
            a.addBindValue(when);
            a.addBindValue(QStringLiteral("{}"));
            a.exec();
        }
    }
    c.commit();
}

double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int tasks = argc > 1 ? atoi(argv[1]) : 100000;
    const int perTask = argc > 2 ? atoi(argv[2]) : 10;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        Database db(file);
        db.open();
        QElapsedTimer gen;
        gen.start();
        generate(db, tasks, perTask);
        std::printf("generated %d tasks and %d activities in %.1f s\n", tasks, tasks * perTask, gen.elapsed() / 1000.0);
    }
    const double baseline = peakMb();

    QElapsedTimer timer;
    timer.start();
    Database db(file);
    db.open();
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
    const qint64 firstPage = timer.elapsed();
    std::printf("open store + first page shown: %lld ms (target < 200 ms), %d rows\n", firstPage, model.rowCount());

    timer.restart();
    while (!model.isFullyLoaded())
        QApplication::processEvents();
    std::printf("rest of the list loaded in the background: %lld ms, %d rows\n", timer.elapsed(), model.rowCount());

    const QStringList needles = {QStringLiteral("webhook"), QStringLiteral("org7/repo"), QStringLiteral("leak crash"),
                                 QStringLiteral("nothing-matches-this")};
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
    std::printf("worst search: %lld ms (target < 50 ms)\n", worst);

    timer.restart();
    AttentionModel attention(store);
    attention.load();
    std::printf("attention model loaded: %lld ms, %d need you\n", timer.elapsed(), attention.needsYouCount());
    std::printf("peak memory: %.0f MB (target < 200 MB; %.0f MB before opening the store)\n", peakMb(), baseline);
    return 0;
}
