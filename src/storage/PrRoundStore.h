#pragma once

#include "Store.h"

#include <QDateTime>

namespace agentdesk {

// What was sent back to an agent about its pull request, one row per task, kind ("ci",
// "review") and head commit: nothing is sent twice for the same commit, and a pull
// request gets at most a set number of rounds. Claimed before the send (one write
// transaction: two processes cannot both claim) and given back when the send fails.
class PrRoundStore : public Store
{
    Q_OBJECT
public:
    explicit PrRoundStore(Database &db, QObject *parent = nullptr) : Store(db, parent) { }

    struct Claim {
        bool claimed = false;
        QDateTime sentBefore; // set when this commit had its round already
        int rounds = 0;       // rounds of this task before this one
    };
    void claim(const QString &taskId, const QString &kind, const QString &headSha, const QString &route, int maxRounds,
               const QDateTime &now, const QObject *context, Callback<Claim> done);
    void giveBack(const QString &taskId, const QString &kind, const QString &headSha, const QObject *context,
                  Callback<Done> done);
    // Without writing: the round of this commit, if any, and the rounds so far.
    Outcome<Claim> peek(const QString &taskId, const QString &kind, const QString &headSha) const;
};

} // namespace agentdesk
