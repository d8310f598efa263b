#include "base/ProcessHardening.h"
#include "cli/Cli.h"
#include "config/AppPaths.h"
#include "config/FileLogger.h"
#include "config/Translations.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agentdeskctl"));
    agentdesk::installTranslations(); // the command line follows LANG / LC_MESSAGES
    QCoreApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));

    const agentdesk::AppPaths paths =
        agentdesk::AppPaths::resolve(agentdesk::AppPaths::dataDirFromArguments(QCoreApplication::arguments()));
    agentdesk::installFileLogger(paths, QStringLiteral("agentdeskctl"), false);
    // Before any key or token is read into memory.
    if (const QString problems = agentdesk::hardenProcess(); !problems.isEmpty())
        qWarning().noquote() << "process hardening:" << problems;

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const QString bad = agentdesk::Cli::nonUtf8Argument(argc, argv); !bad.isEmpty()) {
        err << agentdesk::Cli::tr("error: ") << bad << Qt::endl;
        return 2;
    }
    agentdesk::Cli cli(QCoreApplication::arguments(), out, err);
    QObject::connect(&cli, &agentdesk::Cli::finished, &app, [](int code) { QCoreApplication::exit(code); });
    cli.start();
    return QCoreApplication::exec();
}
