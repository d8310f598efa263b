// agentdeskctl audit …: what the operator did, from the window and from here.
#include "Cli.h"
#include "CommandRun.h"
#include "TerminalText.h"

#include "app/CoreContext.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace agentdesk {

namespace {

void auditList(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption csv(QStringLiteral("csv"), Cli::tr("Print CSV."));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("At most N entries (default 100)."),
                                   QStringLiteral("N"));
    p.addOptions({CommandRun::jsonOption(), csv, limit});
    if (!run.parse(p, args))
        return;
    bool ok = true;
    const int n = p.isSet(limit) ? p.value(limit).toInt(&ok) : 100;
    if (!ok || n < 1)
        return run.fail(Error::usage(Cli::tr("--limit takes a positive number.")));
    if (!run.openCore())
        return;
    const Outcome<QList<AuditEntry>> entries = run.core().audit().entries(n);
    if (!entries.ok())
        return run.fail(entries.error);
    if (run.json()) {
        run.out() << AuditLog::toJson(entries.value);
    } else if (p.isSet(csv)) {
        run.out() << AuditLog::toCsv(entries.value);
    } else {
        for (const AuditEntry &e : entries.value) {
            const QString target =
                e.targetTitle.isEmpty() ? e.target : QStringLiteral("%1 \"%2\"").arg(e.target, e.targetTitle);
            run.out() << QStringLiteral("%1  %2  %3  %4  %5%6\n")
                             .arg(localTime(e.at), terminal::column(e.actor, 4),
                                  terminal::line(auditActionName(e.action)), terminal::line(target),
                                  terminal::line(e.outcome),
                                  e.detail.isEmpty()
                                      ? QString()
                                      : QStringLiteral("  (") + terminal::line(e.detail) + QLatin1Char(')'));
        }
    }
    run.finish(0);
}

} // namespace

QList<Command> auditCommands()
{
    return {
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("[--limit N] [--json | --csv]"),
         QStringLiteral("The audit trail of operator actions (GUI and command line), newest first."), &auditList},
    };
}

} // namespace agentdesk
