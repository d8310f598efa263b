#include "WriteQueue.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace agentdesk {

WriteQueue::WriteQueue(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_thread(new QThread), m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("agentdesk-db-writer"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    // Nobody waits on this thread: it may wait for another process's write lock far longer
    // than a connection that someone waits on, rather than fail the write.
    post([this] {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)))
            qWarning().noquote() << "write queue: cannot set the busy timeout:" << q.lastError().text();
    });
}

WriteQueue::~WriteQueue()
{
    // Queued after every job asked for: it runs last, closes the thread's connection
    // and ends the thread.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_db.closeThreadConnection();
            delete m_worker;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

void WriteQueue::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

} // namespace agentdesk
