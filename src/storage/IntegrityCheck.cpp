#include "IntegrityCheck.h"

#include "Database.h"

#include <QThread>

namespace agentdesk {

IntegrityCheck::IntegrityCheck(const Database &db, QObject *parent) : QObject(parent), m_db(db) { }

IntegrityCheck::~IntegrityCheck()
{
    if (m_thread) {
        // The window is closing: the check is interrupted (sqlite3_interrupt), so this
        // wait is short however large the file.
        m_interrupt->interrupt();
        m_thread->wait();
        delete m_thread;
    }
}

bool IntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void IntegrityCheck::start()
{
    if (isRunning())
        return;
    delete m_thread;
    m_problem.clear();
    m_interrupt = std::make_unique<Database::Interrupt>();
    const QString file = m_db.filePath();
    m_thread = QThread::create([this, file, interrupt = m_interrupt.get()] {
        const Database::Health h = Database::inspect(file, Database::Check::Full, interrupt);
        m_problem = h.ok || h.interrupted ? QString() : h.problem;
    });
    // Queued to this object's thread: by then the check's thread has stopped writing.
    connect(m_thread, &QThread::finished, this, [this] {
        const bool ok = m_problem.isEmpty();
        if (!ok)
            Q_EMIT damaged(m_db.damaged(m_problem));
        Q_EMIT finished(ok);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace agentdesk
