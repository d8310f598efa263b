#include "PrRoundStore.h"

#include "Transaction.h"
#include "domain/Timestamps.h"

#include <QSqlQuery>

namespace agentdesk {

namespace {
Outcome<PrRoundStore::Claim> readClaim(QSqlDatabase db, const QString &taskId, const QString &kind,
                                       const QString &headSha)
{
    PrRoundStore::Claim c;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*), max(CASE WHEN kind = ? AND head_sha = ? THEN sent_at END) "
                             "FROM pr_rounds WHERE task_id = ?"));
    q.addBindValue(kind);
    q.addBindValue(headSha);
    q.addBindValue(taskId);
    Error error;
    if (!execPrepared(q, &error) || !q.next())
        return {{}, error ? error : Error::storage(QStringLiteral("pr_rounds: no answer"))};
    c.rounds = q.value(0).toInt();
    c.sentBefore = fromIso(q.value(1).toString());
    return {c, {}};
}
} // namespace

Outcome<PrRoundStore::Claim> PrRoundStore::peek(const QString &taskId, const QString &kind,
                                                const QString &headSha) const
{
    return readClaim(connection(), taskId, kind, headSha);
}

void PrRoundStore::claim(const QString &taskId, const QString &kind, const QString &headSha, const QString &route,
                         int maxRounds, const QDateTime &now, const QObject *context, Callback<Claim> done)
{
    write<Claim>(
        [=](QSqlDatabase db) -> Outcome<Claim> {
            Transaction tx(db);
            if (const Error e = tx.begin())
                return {{}, e};
            Outcome<Claim> c = readClaim(db, taskId, kind, headSha);
            if (!c.ok() || c.value.sentBefore.isValid() || c.value.rounds >= maxRounds)
                return c;
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO pr_rounds (task_id, kind, head_sha, sent_at, route) VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(taskId);
            q.addBindValue(kind);
            q.addBindValue(headSha);
            q.addBindValue(toIso(now));
            q.addBindValue(route);
            Error error;
            if (!execPrepared(q, &error))
                return {{}, error};
            if (const Error e = tx.commit())
                return {{}, e};
            c.value.claimed = true;
            return c;
        },
        {}, context, std::move(done));
}

void PrRoundStore::giveBack(const QString &taskId, const QString &kind, const QString &headSha, const QObject *context,
                            Callback<Done> done)
{
    write<Done>(
        [=](QSqlDatabase db) -> Outcome<Done> {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM pr_rounds WHERE task_id = ? AND kind = ? AND head_sha = ?"));
            q.addBindValue(taskId);
            q.addBindValue(kind);
            q.addBindValue(headSha);
            Error error;
            if (!execPrepared(q, &error))
                return {{}, error};
            return {Done{}, {}};
        },
        {}, context, std::move(done));
}

} // namespace agentdesk
