#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace agentdesk {

// One write transaction that takes the write lock before it reads anything (BEGIN
// IMMEDIATE), so a read-modify-write is never interleaved with another writer's —
// another thread's connection or another process. Rolled back unless committed.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(agentdesk::Transaction)
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Error begin();
    [[nodiscard]] Error commit();
    void rollback();
    bool isOpen() const { return m_open; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace agentdesk
