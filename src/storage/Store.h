#pragma once

#include "Database.h"
#include "domain/Error.h"

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
    explicit Store(Database &db, QObject *parent = nullptr) : QObject(parent), m_db(db) {}

    Database &database() const { return m_db; }

Q_SIGNALS:
    void failed(const agentdesk::Error &error) const;

protected:
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
