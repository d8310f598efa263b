#pragma once

#include "domain/Error.h"

#include <QSqlDatabase>
#include <QString>

namespace agentdesk {

// The SQLite file behind AgentDesk. Each thread gets its own named connection (Qt Sql
// connections must not cross threads); the schema is brought up to date by numbered
// migrations on open, tracked in PRAGMA user_version.
class Database
{
public:
    explicit Database(QString filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. Call once, before any connection().
    Error open();
    const QString &filePath() const { return m_filePath; }

    // The calling thread's connection, opened on first use with the same pragmas.
    QSqlDatabase connection() const;
    // Worker threads call this before they finish.
    void closeThreadConnection() const;

    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    QString connectionName() const;
    Error migrate(QSqlDatabase &db);

    QString m_filePath;
    QString m_namePrefix;
};

// Runs a prepared statement; on failure fills *error with the statement's context.
bool execPrepared(class QSqlQuery &query, Error *error = nullptr);

} // namespace agentdesk
