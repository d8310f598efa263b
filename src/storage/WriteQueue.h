#pragma once

#include "Database.h"
#include "domain/Outcome.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <functional>

class QThread;

namespace agentdesk {

// Where the database writes of a thread that must never wait on SQLite's lock (the
// window's GUI thread) run: a thread of its own with its own connection, one write after
// the other, in the order they came. While another process holds the write lock, the
// writes wait there and the window keeps painting. Each write's answer comes back to
// the thread of the object that asked, in order. A thread without a queue (the command
// line, the worker's thread) writes on its own connection, at once (Store::write).
class WriteQueue : public QObject
{
    Q_OBJECT
public:
    explicit WriteQueue(Database &db, QObject *parent = nullptr);
    // Finishes what is queued (a write already asked for is never dropped), then stops.
    ~WriteQueue() override;

    // Runs `job` on the queue's thread with its connection; `back` gets the outcome on
    // `receiver`'s thread (nothing when `receiver` is gone: the write happened anyway).
    template <typename T>
    void submit(std::function<Outcome<T>(QSqlDatabase)> job, const QObject *receiver,
                std::function<void(const Outcome<T> &)> back)
    {
        QPointer<const QObject> guard(receiver);
        post([this, job = std::move(job), guard, back = std::move(back)] {
            const Outcome<T> r = job(m_db.connection());
            if (const QObject *to = guard.data())
                QMetaObject::invokeMethod(
                    const_cast<QObject *>(to),
                    [guard, back, r] {
                        if (guard)
                            back(r);
                    },
                    Qt::QueuedConnection);
        });
    }

    static constexpr int kBusyTimeoutMs = 120000;

private:
    void post(std::function<void()> job);

    Database &m_db;
    QThread *m_thread;
    QObject *m_worker; // lives on m_thread: runs the jobs
};

} // namespace agentdesk
