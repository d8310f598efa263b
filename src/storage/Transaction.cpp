#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace agentdesk {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) { }

Transaction::~Transaction()
{
    rollback();
}

Error Transaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error::storage(tr("Cannot start writing to the database: %1").arg(q.lastError().text()));
    m_open = true;
    return {};
}

Error Transaction::commit()
{
    if (!m_open)
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return Error::storage(tr("Cannot finish writing to the database: %1").arg(q.lastError().text()));
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

} // namespace agentdesk
