#include "FileLogger.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <cstdio>

namespace agentdesk {

namespace {
QFile *g_logFile = nullptr;
bool g_echoWarnings = false;
QMutex g_logMutex;

void writeLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const kLevels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + kLevels[type]
                            + ' ' + (context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
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
