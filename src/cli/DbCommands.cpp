// agentdeskctl db …: look at the database without changing it.
#include "Cli.h"
#include "CommandRun.h"

#include "config/AppPaths.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace agentdesk {

namespace {

void dbCheck(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CommandRun::jsonOption());
    if (!run.parse(p, args) || !run.expectArguments(p, 0, Cli::tr("db check takes no arguments.")))
        return;
    // Never opens the database for writing: a damaged file is only looked at.
    const AppPaths paths = run.paths();
    const QString file = paths.databaseFile();
    Database db(file);
    const QStringList backups = db.existingBackups();
    if (!QFileInfo::exists(file)) {
        run.out() << Cli::tr("There is no database at %1 yet; it is created on first use.").arg(file) << Qt::endl;
        return run.finish(0);
    }
    const Database::Health h = Database::inspect(file);
    if (run.json()) {
        run.out() << QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                               {QStringLiteral("ok"), h.ok},
                                               {QStringLiteral("schemaVersion"), h.schemaVersion},
                                               {QStringLiteral("latestSchemaVersion"), Database::latestSchemaVersion()},
                                               {QStringLiteral("problem"), h.problem},
                                               {QStringLiteral("backups"), QJsonArray::fromStringList(backups)}})
                         .toJson(QJsonDocument::Indented);
    } else {
        run.out() << Cli::tr("Database: %1").arg(file) << '\n';
        if (h.ok)
            run.out()
                << Cli::tr("Integrity: ok; schema %1 of %2.").arg(h.schemaVersion).arg(Database::latestSchemaVersion())
                << '\n';
        else
            run.out()
                << Cli::tr("Integrity: DAMAGED (%1).").arg(h.problem) << '\n'
                << Cli::tr(
                       "Restore a backup over it (with AgentDesk closed), or move it away to start with an empty one.")
                << '\n';
        run.out() << Cli::tr("Backups kept next to it: %1")
                         .arg(backups.isEmpty() ? Cli::tr("none") : backups.join(QStringLiteral(", ")))
                  << '\n';
    }
    if (!h.ok)
        return run.fail(Error::storage(Cli::tr("The database %1 is damaged.").arg(file)));
    run.finish(0);
}

} // namespace

QList<Command> dbCommands()
{
    return {
        {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("[--json]"),
         QStringLiteral("Check the database's integrity (read-only) and list the backups kept before upgrades."),
         &dbCheck},
    };
}

} // namespace agentdesk
