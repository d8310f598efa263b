// agentdeskctl sources …: the repositories an account can work on.
#include "Cli.h"
#include "CommandRun.h"
#include "TerminalText.h"

#include "app/CoreContext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace agentdesk {

namespace {

void sourcesList(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption provider(QStringLiteral("provider"), Cli::tr("Provider."), QStringLiteral("P"));
    const QCommandLineOption account(QStringLiteral("account"), Cli::tr("Account to use."), QStringLiteral("NAME"));
    p.addOptions({provider, account, CommandRun::jsonOption()});
    if (!run.parse(p, args))
        return;
    const auto id = providerFromKey(p.value(provider));
    if (!id)
        return run.fail(Error::validation(
            Cli::tr("sources list needs --provider (%1).").arg(allProviderKeys().join(QLatin1String(", ")))));
    if (!run.openCore())
        return;
    run.core().taskService().listSources(*id, p.value(account), &run, [&run](const Outcome<QList<SourceInfo>> &r) {
        if (!r.ok())
            return run.fail(r.error);
        QJsonArray array;
        for (const SourceInfo &s : r.value) {
            if (run.json())
                array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                         {QStringLiteral("repoName"), s.repoName},
                                         {QStringLiteral("url"), s.url},
                                         {QStringLiteral("defaultBranch"), s.defaultBranch},
                                         {QStringLiteral("branches"), QJsonArray::fromStringList(s.branches)}});
            else
                run.out() << terminal::column(s.repoName, 33) << terminal::column(s.defaultBranch, 17)
                          << terminal::line(s.name) << '\n';
        }
        if (run.json())
            run.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        run.finish(0);
    });
}

} // namespace

QList<Command> sourceCommands()
{
    return {
        {QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--provider P [--account NAME] [--json]"),
         QStringLiteral("List the repositories a provider account can work on."), &sourcesList},
    };
}

} // namespace agentdesk
