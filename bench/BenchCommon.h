#pragma once

// What the benchmarks share: a data directory seeded straight through SQL (fast enough
// for 100,000 tasks), peak memory, and one result line per measure.

#include "domain/Task.h"
#include "domain/Timestamps.h"
#include "storage/Database.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>
#include <cstdio>
#include <sys/resource.h>

namespace agentdesk::bench {

inline const char *const kWords[] = {"parser", "cache",  "login",   "flaky",    "test",  "webhook",
                                     "retry",  "schema", "build",   "docs",     "api",   "timeout",
                                     "memory", "leak",   "upgrade", "refactor", "crash", "ui"};

inline QString words(QRandomGenerator &rng, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QString::fromLatin1(kWords[rng.bounded(int(std::size(kWords)))]);
    return out.join(QLatin1Char(' '));
}

// `tasks` tasks (every `unfinishedEvery`-th one running, the rest completed) with
// `activitiesPerTask` activities each, all of account "work".
inline void seed(Database &db, int tasks, int activitiesPerTask, int unfinishedEvery = 6)
{
    QRandomGenerator rng(42);
    QSqlDatabase c = db.connection();
    c.transaction();
    QSqlQuery t(c);
    t.prepare(QStringLiteral("INSERT INTO tasks (id, provider, account, external_id, status, title, prompt, repo_name, "
                             "repo_url, options, result, created_at, updated_at, activity_count) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery a(c);
    a.prepare(QStringLiteral("INSERT INTO activities (task_id, activity_id, seq, type, content, timestamp, metadata) "
                             "VALUES (?,?,?,?,?,?,?)"));
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-365);
    const QStringList providers = allProviderKeys();
    for (int i = 0; i < tasks; ++i) {
        const QString id =
            QStringLiteral("task_%1_%2").arg(base.toMSecsSinceEpoch() + i).arg(i, 16, 16, QLatin1Char('0'));
        const QString repo = QStringLiteral("org%1/repo%2").arg(i % 50).arg(i % 700);
        const QString when = toIso(base.addSecs(qint64(i) * 300));
        const bool unfinished = unfinishedEvery > 0 && i % unfinishedEvery == 0;
        t.addBindValue(id);
        t.addBindValue(providers.at(i % providers.size()));
        t.addBindValue(QStringLiteral("work"));
        t.addBindValue(QStringLiteral("ext-%1").arg(i));
        t.addBindValue(statusKey(unfinished ? TaskStatus::Running : TaskStatus::Completed));
        t.addBindValue(QStringLiteral("Fix %1").arg(words(rng, 4)));
        t.addBindValue(QStringLiteral("Please %1 and then %2.").arg(words(rng, 12), words(rng, 8)));
        t.addBindValue(repo);
        t.addBindValue(QString(QStringLiteral("https://github.com/") + repo));
        t.addBindValue(QStringLiteral("{}"));
        t.addBindValue(i % 3 == 0 ? QStringLiteral("{\"prUrl\":\"https://github.com/%1/pull/%2\"}").arg(repo).arg(i)
                                  : QStringLiteral("{}"));
        t.addBindValue(when);
        t.addBindValue(when);
        t.addBindValue(activitiesPerTask);
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

inline double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

inline double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// One measure: what, the figure, its unit, the goal. Read by scripts/bench.sh.
inline void result(const char *what, double value, const char *unit, const char *goal)
{
    std::printf("RESULT | %-52s | %10.1f %-5s | %s\n", what, value, unit, goal);
    std::fflush(stdout);
}

} // namespace agentdesk::bench
