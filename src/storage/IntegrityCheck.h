#pragma once

#include "Database.h"
#include "domain/Error.h"

#include <QObject>
#include <memory>

class QThread;

namespace agentdesk {

// Reads every page of the database (PRAGMA quick_check) on a thread of its own, for the
// window: it opens after a quick look at the file (Database::Check::Quick) so its first
// paint does not wait for a check whose cost grows with the history, and learns about
// damage a moment later. The command line checks in full before it opens.
class IntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityCheck(const Database &db, QObject *parent = nullptr);
    ~IntegrityCheck() override; // interrupts a check under way

    void start();
    bool isRunning() const;

Q_SIGNALS:
    // The file is damaged: which, why and what to do (Database::damaged).
    void damaged(const agentdesk::Error &error);
    void finished(bool ok);

private:
    const Database &m_db;
    QThread *m_thread = nullptr;
    std::unique_ptr<Database::Interrupt> m_interrupt; // of the check under way
    QString m_problem;                                // written by the thread, read after it finished
};

} // namespace agentdesk
