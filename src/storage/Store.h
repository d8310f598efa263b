#pragma once

#include "Database.h"
#include "WriteQueue.h"
#include "base/Async.h"
#include "domain/Error.h"
#include "domain/Outcome.h"

#include <QObject>
#include <QThread>

namespace agentdesk {

// What every store has in common: the database, used through the calling thread's
// connection, from the one thread the store lives on (asserted: Qt Sql connections
// must not cross threads), and a signal for reads that failed where the caller could
// only go on with less (a list shown as it was).
class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(Database &db, QObject *parent = nullptr) : QObject(parent), m_db(db) { }

    Database &database() const { return m_db; }

Q_SIGNALS:
    void failed(const agentdesk::Error &error) const;

protected:
    // A write: `job` runs on the database's write queue when it has one (the window:
    // the GUI thread never waits on SQLite's lock), else here, at once. Then, on this
    // store's thread, `announce` (the store's signals) and `done` (unless its context
    // is gone).
    template <typename T>
    void write(std::function<Outcome<T>(QSqlDatabase)> job, std::function<void(const Outcome<T> &)> announce,
               const QObject *context, Callback<T> done)
    {
        auto answer = bindTo(context, std::move(done));
        auto back = [announce = std::move(announce), answer](const Outcome<T> &r) {
            if (announce)
                announce(r);
            if (answer)
                answer(r);
        };
        if (WriteQueue *queue = m_db.writeQueue())
            return queue->submit<T>(std::move(job), this, std::move(back));
        back(job(connection()));
    }

    QSqlDatabase connection() const
    {
        Q_ASSERT_X(QThread::currentThread() == thread(), metaObject()->className(),
                   "a store is used from the thread it lives on only");
        return m_db.connection();
    }
    // For convenience reads that cannot return their error: logged and announced.
    void reportFailure(const Error &error) const;

private:
    Database &m_db;
};

} // namespace agentdesk
