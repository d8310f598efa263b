#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <mutex>

namespace agentdesk {

// The SQLite file behind AgentDesk. Each thread gets its own named connection (Qt Sql
// connections must not cross threads); the schema is brought up to date by numbered
// migrations on open, tracked in PRAGMA user_version.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(agentdesk::Database)
public:
    explicit Database(QString filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // How thoroughly an existing file is looked at before it is opened. Full reads every
    // page (PRAGMA quick_check: its cost grows with the database); Quick reads the header
    // and the schema only, for the window's start, which then runs the full check in the
    // background (IntegrityCheck). A database that needs migrating is always checked in full.
    enum class Check { Full, Quick };

    // Opens (creating if needed, owner-only) and migrates. An existing file is first
    // checked read-only: a damaged one is never migrated, rewritten or replaced, and
    // before a migration a backup copy is kept next to it. Call once, before any connection().
    Error open(Check check = Check::Full);
    const QString &filePath() const { return m_filePath; }

    // The calling thread's connection, opened on first use with the same pragmas.
    QSqlDatabase connection() const;
    // Where the stores of a thread that must never wait on SQLite's lock send their
    // writes (the window sets one up); null: they write on their own connection.
    class WriteQueue *writeQueue() const { return m_writeQueue; }
    void setWriteQueue(class WriteQueue *queue) { m_writeQueue = queue; }
    // Worker threads call this before they finish.
    void closeThreadConnection() const;

    int schemaVersion() const;
    static int latestSchemaVersion();
    // A new database with an older AgentDesk's schema (the migrations up to `version`):
    // what upgrade tests start from.
    static Error createAtSchema(const QString &filePath, int version);
    // This data directory's id, made when its database was created (keychain scope).
    QString profileId() const;
    QString meta(const QString &key) const;

    // What a read-only look at a database file finds.
    struct Health {
        bool ok = false;
        int schemaVersion = -1;
        QString problem;          // SQLite's words: "file is not a database", quick_check findings
        bool interrupted = false; // stopped by its Interrupt: says nothing about the file
    };
    // Stops an inspect() under way from another thread (sqlite3_interrupt), or before it
    // starts.
    class Interrupt
    {
    public:
        void interrupt();

    private:
        friend class Database;
        bool watch(const QVariant &handle); // false: interrupted before it began
        bool unwatch();                     // true: it was interrupted
        std::mutex m_mutex;
        void *m_handle = nullptr; // the inspecting connection's sqlite3*
        bool m_interrupted = false;
    };
    static Health inspect(const QString &filePath, Check check = Check::Full, Interrupt *interrupt = nullptr);
    QStringList existingBackups() const;
    // What the operator reads about a damaged file: which one, why, what to do.
    Error damaged(const QString &why) const;

private:
    static void inspectOpen(QSqlDatabase &db, Check check, Health &h);
    QString connectionName() const;
    Error prepareDirectory() const;
    Error backUp(QSqlDatabase &db, int fromVersion) const;
    // Brings the schema to m_targetVersion: one process at a time (a lock file next to
    // the database), the version read again once the lock is held.
    Error upgrade(QSqlDatabase &db, bool existed);
    Error migrate(QSqlDatabase &db);

    QString m_filePath;
    QString m_namePrefix;
    int m_targetVersion;
    class WriteQueue *m_writeQueue = nullptr;
};

// Runs a prepared statement; on failure fills *error with the statement's context.
bool execPrepared(class QSqlQuery &query, Error *error = nullptr);
// Makes a file (or directory) readable and writable by its owner only; true when it is.
bool tightenPermissions(const QString &path, bool directory);

} // namespace agentdesk
