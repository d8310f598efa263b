#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace agentdesk {

AppPaths AppPaths::resolve(const QString &dataDirOption)
{
    AppPaths p;
    if (!dataDirOption.isEmpty())
        p.dataDir = dataDirOption;
    else if (const QString env = qEnvironmentVariable("AGENTDESK_DATA_DIR"); !env.isEmpty())
        p.dataDir = env;
    else
        p.dataDir =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/agentdesk");
    p.dataDir = QDir(p.dataDir).absolutePath();
    return p;
}

QString AppPaths::dataDirFromArguments(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--data-dir") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--data-dir=")))
            return a.mid(11);
    }
    return {};
}

QString AppPaths::databaseFile() const
{
    return dataDir + QStringLiteral("/agentdesk.sqlite");
}

QString AppPaths::settingsFile() const
{
    return dataDir + QStringLiteral("/agentdesk.ini");
}

QString defaultKeychainService()
{
    const QString fromEnv = qEnvironmentVariable("AGENTDESK_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? QStringLiteral("agentdesk") : fromEnv;
}

QString AppPaths::logFile(const QString &program) const
{
    return dataDir + QStringLiteral("/logs/") + program + QStringLiteral(".log");
}

} // namespace agentdesk
