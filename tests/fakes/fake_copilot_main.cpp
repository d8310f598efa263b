// A standalone fake of GitHub's agent tasks API for driving the CLI and GUI by hand and
// for screenshots:
//   fake-copilot --port 8766 --token TOKEN --repo acme/widgets --elsewhere "Fix issue #12"
#include "FakeCopilotServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("The token it accepts."),
                                   QStringLiteral("TOKEN"));
    const QCommandLineOption advance(QStringLiteral("auto-advance-ms"),
                                     QStringLiteral("Advance tasks every N ms (0: never)."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption repo(QStringLiteral("repo"), QStringLiteral("owner/repo to offer (repeatable)."),
                                  QStringLiteral("R"));
    const QCommandLineOption ask(QStringLiteral("ask"), QStringLiteral("Tasks wait for the user before they finish."));
    const QCommandLineOption elsewhere(
        QStringLiteral("elsewhere"),
        QStringLiteral("A task started on github.com, in the first repository (repeatable)."),
        QStringLiteral("PROMPT"));
    p.addOptions({port, token, advance, repo, ask, elsewhere});
    p.process(app);
    if (!p.isSet(token)) {
        QTextStream(stderr) << "fake-copilot: --token is required\n";
        return 2;
    }
    agentdesk::fakes::FakeCopilotServer server(p.value(token));
    QStringList repos = p.values(repo);
    if (repos.isEmpty())
        repos << QStringLiteral("acme/widgets");
    for (const QString &r : std::as_const(repos))
        server.addRepository(r);
    server.setAskForInput(p.isSet(ask));
    for (const QString &prompt : p.values(elsewhere))
        server.addTaskElsewhere(repos.first(), prompt);
    if (!server.start(quint16(p.value(port).toUInt()))) {
        QTextStream(stderr) << "fake-copilot: cannot listen\n";
        return 1;
    }
    server.setAutoAdvance(p.value(advance).toInt());
    QTextStream(stdout) << server.baseUrl().toString() << Qt::endl;
    return app.exec();
}
