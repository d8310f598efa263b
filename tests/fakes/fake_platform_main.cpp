// A standalone fake agent platform for driving `agentdeskctl worker run` and the GUI by
// hand and for the SIGKILL test:
//   fake-platform --port 8790 --session agt_1:"Fix the login test" --add-every-ms 0
// Prints its base URL. Each line on standard input "add AGENT PROMPT" queues a session;
// "state SESSION" prints the session's JSON; "activities SESSION" its activities.
#include "FakePlatformServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption session(
        QStringLiteral("session"), QStringLiteral("AGENT:PROMPT to queue at start (repeatable)."), QStringLiteral("S"));
    p.addOptions({port, session});
    p.process(app);
    agentdesk::fakes::FakePlatformServer server;
    if (!server.start(quint16(p.value(port).toUInt()))) {
        QTextStream(stderr) << "fake-platform: cannot listen\n";
        return 1;
    }
    for (const QString &s : p.values(session))
        server.addSession(s.section(QLatin1Char(':'), 0, 0), s.section(QLatin1Char(':'), 1));
    QTextStream out(stdout);
    out << server.baseUrl().toString() << Qt::endl;
    QSocketNotifier input(fileno(stdin), QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char line[4096];
        if (!std::fgets(line, sizeof line, stdin)) {
            input.setEnabled(false);
            return;
        }
        const QString command = QString::fromUtf8(line).trimmed();
        const QString verb = command.section(QLatin1Char(' '), 0, 0);
        const QString arg = command.section(QLatin1Char(' '), 1, 1);
        if (verb == QLatin1String("add"))
            out << server.addSession(arg, command.section(QLatin1Char(' '), 2)) << Qt::endl;
        else if (verb == QLatin1String("state"))
            out << QJsonDocument(server.session(arg)).toJson(QJsonDocument::Compact) << Qt::endl;
        else if (verb == QLatin1String("activities"))
            out << QJsonDocument(server.activities(arg)).toJson(QJsonDocument::Compact) << Qt::endl;
        else if (verb == QLatin1String("claims"))
            out << server.claimCount(arg) << Qt::endl;
    });
    return app.exec();
}
