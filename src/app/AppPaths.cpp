#include "AppPaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>
#include <cstdio>

namespace agentdesk {

AppPaths AppPaths::resolve(const QString &dataDirOption)
{
    AppPaths p;
    if (!dataDirOption.isEmpty())
        p.dataDir = dataDirOption;
    else if (const QString env = qEnvironmentVariable("AGENTDESK_DATA_DIR"); !env.isEmpty())
        p.dataDir = env;
    else
        p.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/agentdesk");
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

QString AppPaths::logFile(const QString &program) const
{
    return dataDir + QStringLiteral("/logs/") + program + QStringLiteral(".log");
}

namespace {
QFile *g_logFile = nullptr;
bool g_echoWarnings = false;
QMutex g_logMutex;

void writeLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const kLevels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + kLevels[type] + ' ' + (context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    QMutexLocker lock(&g_logMutex);
    if (g_logFile) {
        g_logFile->write(line);
        g_logFile->flush();
    }
    if (g_echoWarnings && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg))
        std::fputs(line.constData(), stderr);
}
} // namespace

void installFileLogger(const AppPaths &paths, const QString &program, bool echoWarningsToStderr)
{
    QDir().mkpath(paths.dataDir + QStringLiteral("/logs"));
    static QFile file;
    file.setFileName(paths.logFile(program));
    if (file.open(QIODevice::Append | QIODevice::Text)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        g_logFile = &file;
    }
    g_echoWarnings = echoWarningsToStderr;
    qInstallMessageHandler(writeLog);
}

} // namespace agentdesk
