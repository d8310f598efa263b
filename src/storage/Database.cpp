#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDatabase, "agentdesk.storage")

namespace agentdesk {

namespace {

// Numbered migrations: entry N brings the schema from version N to N + 1. Never edit
// a released entry; append a new one.
const char *const kMigrations[] = {
    // 0 -> 1: tasks, their activities, and provider accounts (keys live in the keychain).
    R"SQL(
CREATE TABLE tasks (
    id               TEXT PRIMARY KEY,
    provider         TEXT NOT NULL,
    account          TEXT,
    external_id      TEXT,
    status           TEXT NOT NULL,
    upstream_status  TEXT,
    attention        TEXT,
    attention_reason TEXT,
    title            TEXT,
    web_url          TEXT,
    prompt           TEXT NOT NULL,
    repo_name        TEXT,
    repo_url         TEXT,
    branch           TEXT,
    options          TEXT NOT NULL DEFAULT '{}',
    result           TEXT NOT NULL DEFAULT '{}',
    error            TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    completed_at     TEXT,
    last_activity_at TEXT
);
CREATE INDEX tasks_by_updated ON tasks(updated_at DESC);
CREATE INDEX tasks_by_status ON tasks(status);
CREATE UNIQUE INDEX tasks_by_external ON tasks(provider, external_id) WHERE external_id IS NOT NULL;
CREATE TABLE activities (
    task_id     TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    activity_id TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    type        TEXT NOT NULL,
    content     TEXT NOT NULL DEFAULT '',
    timestamp   TEXT NOT NULL,
    metadata    TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (task_id, activity_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX activities_in_order ON activities(task_id, seq);
CREATE TABLE accounts (
    name       TEXT PRIMARY KEY,
    provider   TEXT NOT NULL,
    base_url   TEXT,
    created_at TEXT NOT NULL
);
)SQL",
    // 1 -> 2: per-account settings (API version, Codex account id) and the adapter's own
    // sync state per task (Cursor run and stream position, Codex turn).
    R"SQL(
ALTER TABLE accounts ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';
ALTER TABLE tasks ADD COLUMN provider_state TEXT NOT NULL DEFAULT '{}';
)SQL",
    // 2 -> 3: the personal worker. Trusted routes (agent -> provider account and
    // repository), its claims (stored before anything is reported, so a restart
    // resumes them), a durable outbox of platform calls, and webhook event ids seen.
    R"SQL(
CREATE TABLE worker_routes (
    agent_id      TEXT PRIMARY KEY,
    provider      TEXT NOT NULL,
    account       TEXT NOT NULL,
    repo_url      TEXT NOT NULL,
    allowed_repos TEXT NOT NULL DEFAULT '[]',
    branch        TEXT,
    auto_pr       INTEGER NOT NULL DEFAULT 0,
    plan_approval INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL
);
CREATE TABLE worker_claims (
    session_id       TEXT PRIMARY KEY,
    claim_id         TEXT NOT NULL,
    agent_id         TEXT NOT NULL,
    phase            TEXT NOT NULL,
    lease_seconds    INTEGER NOT NULL,
    lease_expires_at TEXT NOT NULL,
    task_id          TEXT,
    mirrored_count   INTEGER NOT NULL DEFAULT 0,
    forwarded_inputs TEXT NOT NULL DEFAULT '[]',
    reported_url     TEXT,
    last_activity    TEXT,
    detail           TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE TABLE worker_outbox (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id         TEXT NOT NULL,
    claim_id           TEXT NOT NULL,
    kind               TEXT NOT NULL,
    client_activity_id TEXT UNIQUE,
    body               TEXT NOT NULL,
    attempts           INTEGER NOT NULL DEFAULT 0,
    last_error         TEXT,
    created_at         TEXT NOT NULL
);
CREATE INDEX worker_outbox_by_session ON worker_outbox(session_id, id);
CREATE TABLE webhook_events (
    event_id    TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    session_id  TEXT,
    received_at TEXT NOT NULL
);
CREATE TABLE worker_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)SQL",
    // 3 -> 4: the audit trail of operator actions.
    R"SQL(
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    target  TEXT NOT NULL,
    detail  TEXT,
    outcome TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log(at);
)SQL",
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

} // namespace

bool execPrepared(QSqlQuery &query, Error *error)
{
    if (query.exec())
        return true;
    const QString message = tr("Database error: %1").arg(query.lastError().text());
    qCWarning(lcDatabase).noquote() << message;
    if (error)
        *error = Error::storage(message);
    return false;
}

Database::Database(QString filePath)
    : m_filePath(std::move(filePath)),
      m_namePrefix(QStringLiteral("agentdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    // Only the creating thread's connection can be closed here; workers close their own.
    closeThreadConnection();
}

QString Database::connectionName() const
{
    return m_namePrefix + QLatin1Char('-')
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

int Database::latestSchemaVersion()
{
    return int(std::size(kMigrations));
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCWarning(lcDatabase).noquote() << "cannot open" << m_filePath << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return db;
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Error Database::open()
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(tr("Cannot create the data directory %1.").arg(info.absolutePath()));
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::storage(tr("Cannot open the database %1: %2").arg(m_filePath, db.lastError().text()));
    return migrate(db);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Error Database::migrate(QSqlDatabase &db)
{
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        return Error::validation(tr("The database %1 was written by a newer AgentDesk (schema %2, this "
                                    "version knows %3). Upgrade AgentDesk; the file was left untouched.")
                                     .arg(m_filePath)
                                     .arg(current)
                                     .arg(latestSchemaVersion()));
    for (int version = current; version < latestSchemaVersion(); ++version) {
        if (!db.transaction())
            return Error::storage(tr("Cannot start a migration: %1").arg(db.lastError().text()));
        const QStringList statements =
            QString::fromUtf8(kMigrations[version]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                const QString message = tr("Migration %1 failed: %2").arg(version + 1).arg(q.lastError().text());
                db.rollback();
                return Error::storage(message);
            }
        }
        QSqlQuery bump(db);
        // PRAGMA takes no bound parameters; the value is our own integer.
        bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        if (!db.commit())
            return Error::storage(tr("Cannot commit migration %1: %2").arg(version + 1).arg(db.lastError().text()));
        qCInfo(lcDatabase) << "migrated schema to version" << version + 1;
    }
    return {};
}

} // namespace agentdesk
