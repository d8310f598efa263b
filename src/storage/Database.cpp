#include "Database.h"

#include "base/Translate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <sqlite3.h>

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
    // 4 -> 5: one inbox and work that grows with what changed.
    //  - meta: this data directory's profile id (keychain entries are scoped by it).
    //  - tasks: where a task was started, hidden by the operator, archived upstream, gone
    //    upstream; activity_count is where the next activity goes (a re-sync never reads
    //    the task's history to find it).
    //  - task_changes: a journal of changed task ids, written by triggers whichever
    //    process writes, so an open window applies exactly what others changed.
    //  - account_sync: how far adoption got per account.
    //  - indexes for keyset paging and webhook pruning.
    R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('profile_id', lower(hex(randomblob(8))));
ALTER TABLE tasks ADD COLUMN origin TEXT NOT NULL DEFAULT 'agentdesk';
ALTER TABLE tasks ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tasks ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tasks ADD COLUMN gone_at TEXT;
ALTER TABLE tasks ADD COLUMN activity_count INTEGER NOT NULL DEFAULT 0;
UPDATE tasks SET activity_count = (SELECT COALESCE(MAX(seq) + 1, 0) FROM activities WHERE task_id = tasks.id);
UPDATE tasks SET last_activity_at = (SELECT MAX(timestamp) FROM activities WHERE task_id = tasks.id)
    WHERE EXISTS (SELECT 1 FROM activities WHERE task_id = tasks.id)
      AND (last_activity_at IS NULL OR last_activity_at < (SELECT MAX(timestamp) FROM activities WHERE task_id = tasks.id));
DROP INDEX tasks_by_updated;
CREATE INDEX tasks_by_updated ON tasks(updated_at DESC, id DESC);
CREATE INDEX tasks_unfinished ON tasks(status) WHERE status NOT IN ('completed', 'failed', 'cancelled');
CREATE TABLE task_changes (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id TEXT NOT NULL,
    at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TRIGGER task_inserted AFTER INSERT ON tasks BEGIN
    INSERT INTO task_changes (task_id) VALUES (new.id);
END;
CREATE TRIGGER task_updated AFTER UPDATE ON tasks BEGIN
    INSERT INTO task_changes (task_id) VALUES (new.id);
END;
CREATE TRIGGER task_deleted AFTER DELETE ON tasks BEGIN
    INSERT INTO task_changes (task_id) VALUES (old.id);
END;
CREATE TABLE account_sync (
    account        TEXT PRIMARY KEY,
    listed_at      TEXT,
    newest_seen_at TEXT,
    complete_at    TEXT,
    last_error     TEXT
);
CREATE INDEX webhook_events_by_time ON webhook_events(received_at);
)SQL",
    // 5 -> 6: one source of truth across processes.
    //  - tasks.observed_at: when the upstream state the row holds was asked for (this
    //    machine's clock); an answer asked for earlier never replaces it.
    //  - accounts.key_version: bumped whenever the account's key changes, so every
    //    process drops the key it keeps; pending_since: a name reserved by an `account
    //    add` whose key is not written yet (the account is not usable until it is).
    R"SQL(
ALTER TABLE tasks ADD COLUMN observed_at TEXT;
ALTER TABLE accounts ADD COLUMN key_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE accounts ADD COLUMN pending_since TEXT;
)SQL",
    // 6 -> 7: the cost ledger's settings (the figures themselves are in each task's result).
    //  - prices: the operator's price table, USD per unit per provider.
    //  - budgets: per account ('account:NAME') or overall ('all'), a limit in a unit over
    //    a period, and what happens once it is spent.
    R"SQL(
CREATE TABLE prices (
    provider TEXT NOT NULL,
    unit     TEXT NOT NULL,
    usd      REAL NOT NULL,
    set_at   TEXT NOT NULL,
    PRIMARY KEY (provider, unit)
);
CREATE TABLE budgets (
    scope    TEXT PRIMARY KEY,
    amount   REAL NOT NULL,
    unit     TEXT NOT NULL,
    period   TEXT NOT NULL,
    on_limit TEXT NOT NULL,
    set_at   TEXT NOT NULL
);
)SQL",
    // 7 -> 8: the pull request loop.
    //  - tasks.pr: the task's pull request as read from GitHub (domain/PullRequest.h,
    //    stored shape), '{}' until it is read.
    //  - pr_rounds: what was sent back to the agent, once per task, kind ('ci', 'review')
    //    and head commit; the rows of a task are its rounds.
    R"SQL(
ALTER TABLE tasks ADD COLUMN pr TEXT NOT NULL DEFAULT '{}';
CREATE TABLE pr_rounds (
    task_id  TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL,
    head_sha TEXT NOT NULL,
    sent_at  TEXT NOT NULL,
    route    TEXT NOT NULL,
    PRIMARY KEY (task_id, kind, head_sha)
);
)SQL",
};

// Statements of a migration, split at the semicolons that end them (not those inside a
// trigger's BEGIN ... END).
QStringList statementsOf(const char *migration)
{
    QStringList out;
    QString current;
    int depth = 0;
    const QStringList lines = QString::fromUtf8(migration).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (t.endsWith(QLatin1String(" BEGIN")))
            ++depth;
        if (t == QLatin1String("END;"))
            --depth;
        if (depth == 0 && t.endsWith(QLatin1Char(';'))) {
            out << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr int kBackupsKept = 3;
constexpr int kUpgradeWaitMs = 120000;

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

bool tightenPermissions(const QString &path, bool directory)
{
    QFile f(path);
    if (!f.exists())
        return true;
    const QFileDevice::Permissions wanted = directory ? kOwnerOnlyDir : kOwnerOnlyFile;
    if ((f.permissions() & ~(wanted | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser)) == 0)
        return true;
    return f.setPermissions(wanted);
}

Database::Database(QString filePath)
    : m_filePath(std::move(filePath)),
      m_namePrefix(QStringLiteral("agentdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_targetVersion(latestSchemaVersion())
{ }

Error Database::createAtSchema(const QString &filePath, int version)
{
    if (QFileInfo::exists(filePath))
        return Error::validation(tr("%1 exists already.").arg(filePath));
    Database db(filePath);
    db.m_targetVersion = std::clamp(version, 0, latestSchemaVersion());
    return db.open();
}

Database::~Database()
{
    // Only the creating thread's connection can be closed here; workers close their own.
    closeThreadConnection();
}

QString Database::connectionName() const
{
    return m_namePrefix + QLatin1Char('-') + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
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
    // Checked once in open(); a later connection reports a failing pragma in the log.
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
        if (!q.exec(QString::fromLatin1(pragma)))
            qCWarning(lcDatabase).noquote() << pragma << "failed:" << q.lastError().text();
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

Error Database::prepareDirectory() const
{
    const QFileInfo file(m_filePath);
    const QString dir = file.absolutePath();
    const QFileInfo dirInfo(dir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return Error::storage(tr("The data directory %1 is a file, not a directory. Move that file away, or choose "
                                 "another place with --data-dir (or AGENTDESK_DATA_DIR).")
                                  .arg(dir));
    if (!dirInfo.exists()) {
        if (!QDir().mkpath(dir))
            return Error::storage(tr("Cannot create the data directory %1 (check that its parent exists and is "
                                     "writable), or choose another place with --data-dir.")
                                      .arg(dir));
        QFile(dir).setPermissions(kOwnerOnlyDir);
    }
    if (!QFileInfo(dir).isWritable() || (file.exists() && !file.isWritable()))
        return Error::storage(tr("The data directory %1 is read-only for you: AgentDesk needs to write its "
                                 "database there. Make it writable, or choose another place with --data-dir.")
                                  .arg(dir));
    // Prompts, repositories and the audit trail are the operator's alone.
    tightenPermissions(dir, true);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        tightenPermissions(m_filePath + suffix, false);
    return {};
}

void Database::Interrupt::interrupt()
{
    std::lock_guard lock(m_mutex);
    m_interrupted = true;
    if (m_handle)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_handle));
}

Database::Health Database::inspect(const QString &filePath, Check check, Interrupt *interrupt)
{
    Health h;
    const QString name = QStringLiteral("agentdesk-inspect-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        // Read-only: looking must never change (or "repair") a damaged file.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            h.problem = db.lastError().text();
        } else if (interrupt && !interrupt->watch(db.driver()->handle())) {
            h.interrupted = true;
        } else {
            inspectOpen(db, check, h);
            if (interrupt && interrupt->unwatch())
                h = Health{false, h.schemaVersion, {}, true};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    h.ok = h.problem.isEmpty() && !h.interrupted;
    return h;
}

bool Database::Interrupt::watch(const QVariant &handle)
{
    std::lock_guard lock(m_mutex);
    if (m_interrupted)
        return false;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<void *const *>(handle.data());
    return true;
}

bool Database::Interrupt::unwatch()
{
    std::lock_guard lock(m_mutex);
    m_handle = nullptr;
    return m_interrupted;
}

void Database::inspectOpen(QSqlDatabase &db, Check check, Health &h)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        h.problem = q.lastError().text();
        return;
    }
    h.schemaVersion = q.value(0).toInt();
    q.finish();
    if (check == Check::Quick) {
        // The header and the schema pages: what "not a database" and a garbled start
        // look like.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            h.problem = q.lastError().text();
    } else if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        h.problem = q.lastError().text();
    } else {
        QStringList findings;
        while (q.next() && findings.size() < 5)
            findings << q.value(0).toString();
        if (findings != QStringList{QStringLiteral("ok")})
            h.problem = findings.join(QStringLiteral("; "));
    }
}

Error Database::damaged(const QString &why) const
{
    const QStringList backups = existingBackups();
    return Error::storage(
        tr("The database %1 is damaged (%2). AgentDesk has not changed it. Restore it from a "
           "backup%3, or move it away to start with an empty one; `agentdeskctl db check` shows "
           "what is wrong.")
            .arg(m_filePath, why,
                 backups.isEmpty() ? QString() : tr(" (the newest AgentDesk kept is %1)").arg(backups.constLast())));
}

QStringList Database::existingBackups() const
{
    const QFileInfo info(m_filePath);
    QStringList names =
        QDir(info.absolutePath()).entryList({info.fileName() + QStringLiteral(".backup-*")}, QDir::Files, QDir::Name);
    for (QString &n : names)
        n = info.absolutePath() + QLatin1Char('/') + n;
    return names;
}

Error Database::backUp(QSqlDatabase &db, int fromVersion) const
{
    // The time sorts the backups; the process id keeps two upgrades in one second apart.
    const QString target = QStringLiteral("%1.backup-v%2-%3-%4")
                               .arg(m_filePath)
                               .arg(fromVersion)
                               .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz")))
                               .arg(QCoreApplication::applicationPid());
    QSqlQuery q(db);
    // VACUUM INTO writes a consistent copy, WAL included.
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return Error::storage(tr("Cannot back up %1 before upgrading it: %2. Nothing was changed.")
                                  .arg(m_filePath, q.lastError().text()));
    QFile(target).setPermissions(kOwnerOnlyFile);
    QStringList backups = existingBackups();
    while (backups.size() > kBackupsKept)
        QFile::remove(backups.takeFirst());
    qCInfo(lcDatabase).noquote() << "backed up" << m_filePath << "to" << target;
    return {};
}

Error Database::open(Check check)
{
    if (const Error e = prepareDirectory())
        return e;
    const bool existed = QFileInfo::exists(m_filePath) && QFileInfo(m_filePath).size() > 0;
    int version = 0;
    if (existed) {
        Health h = inspect(m_filePath, check);
        if (h.ok && check == Check::Quick && h.schemaVersion < m_targetVersion)
            h = inspect(m_filePath, Check::Full); // never migrate what was not looked at in full
        if (!h.ok)
            return damaged(h.problem);
        version = h.schemaVersion;
        if (version > latestSchemaVersion())
            return Error::validation(tr("The database %1 was written by a newer AgentDesk (schema %2, this "
                                        "version knows %3). Upgrade AgentDesk; the file was left untouched.")
                                         .arg(m_filePath)
                                         .arg(version)
                                         .arg(latestSchemaVersion()));
    } else if (!QFileInfo::exists(m_filePath)) {
        // Created owner-only before SQLite opens it; its -wal and -shm files inherit that.
        // Another process may create it in the same moment: then it is there, and fine.
        QFile create(m_filePath);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile) && !QFileInfo::exists(m_filePath))
            return Error::storage(tr("Cannot create the database %1: %2").arg(m_filePath, create.errorString()));
    }
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::storage(tr("Cannot open the database %1: %2").arg(m_filePath, db.lastError().text()));
    QSqlQuery mode(db);
    // A new file another process is creating (and converting) in the same moment may
    // refuse the change to WAL for a moment (it is locked): asked again, briefly.
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && mode.next()
            && mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            break;
        mode.finish();
        QThread::msleep(20);
    }
    mode.finish();
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next()
        || mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::storage(
            tr("The database %1 cannot use write-ahead logging (journal mode \"%2\"), which AgentDesk "
               "needs so the window, the command line and the worker can share it. Keep the data "
               "directory on a local file system.")
                .arg(m_filePath, mode.value(0).toString()));
    mode.finish(); // no statement may be open while a migration commits
    if (version >= m_targetVersion)
        return {}; // current: nothing to migrate
    return upgrade(db, existed);
}

Error Database::upgrade(QSqlDatabase &db, bool existed)
{
    // Two processes starting on a new or an old database at once: the first upgrades,
    // the other waits for it and then finds the schema current.
    QLockFile lock(m_filePath + QStringLiteral(".upgrade-lock"));
    lock.setStaleLockTime(0); // a live holder keeps it however long it takes; a dead one's is taken over
    if (!lock.tryLock(kUpgradeWaitMs)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return Error::storage(tr("Another AgentDesk process (%1, pid %2) is upgrading the database %3 and has not "
                                 "finished in %4 s. Wait for it, or stop it and try again.")
                                  .arg(app)
                                  .arg(pid)
                                  .arg(m_filePath)
                                  .arg(kUpgradeWaitMs / 1000));
    }
    const int version = schemaVersion();
    if (version < 0)
        return damaged(tr("its schema version cannot be read"));
    if (version >= m_targetVersion)
        return {};
    if (existed && version > 0)
        if (const Error e = backUp(db, version))
            return e;
    return migrate(db);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString Database::meta(const QString &key) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return execPrepared(q) && q.next() ? q.value(0).toString() : QString();
}

QString Database::profileId() const
{
    return meta(QStringLiteral("profile_id"));
}

Error Database::migrate(QSqlDatabase &db)
{
    for (;;) {
        // Each step in an exclusive transaction that reads the version first: whoever
        // writes the file at the same time (an AgentDesk without the lock file) cannot
        // run the same step twice.
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN EXCLUSIVE")))
            return Error::storage(tr("Cannot start upgrading %1: %2").arg(m_filePath, begin.lastError().text()));
        QSqlQuery read(db);
        if (!read.exec(QStringLiteral("PRAGMA user_version")) || !read.next()) {
            const QString why = read.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Error::storage(tr("Cannot read the schema version of %1: %2").arg(m_filePath, why));
        }
        const int version = read.value(0).toInt();
        read.finish();
        if (version >= m_targetVersion) {
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
            return {};
        }
        const QStringList statements = statementsOf(kMigrations[version]);
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                const QString message = tr("Upgrading %1 to schema %2 failed (%3); it was left at schema %4.")
                                            .arg(m_filePath)
                                            .arg(version + 1)
                                            .arg(q.lastError().text())
                                            .arg(version);
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return Error::storage(message);
            }
        }
        QSqlQuery bump(db);
        // PRAGMA takes no bound parameters; the value is our own integer.
        if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))) {
            const QString message = tr("Upgrading %1 to schema %2 failed: the version could not be recorded (%3).")
                                        .arg(m_filePath)
                                        .arg(version + 1)
                                        .arg(bump.lastError().text());
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Error::storage(message);
        }
        bump.finish();
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            const QString message = tr("Cannot commit the upgrade of %1 to schema %2: %3")
                                        .arg(m_filePath)
                                        .arg(version + 1)
                                        .arg(commit.lastError().text());
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Error::storage(message);
        }
        qCInfo(lcDatabase) << "migrated schema to version" << version + 1;
    }
}

} // namespace agentdesk
