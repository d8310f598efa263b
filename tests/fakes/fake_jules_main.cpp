// A standalone fake Jules for driving the CLI and GUI by hand and for screenshots:
//   fake-jules --port 8765 --key KEY --auto-advance-ms 3000 --source acme/widgets
#include "FakeJulesServer.h"

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
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("The API key it accepts."),
                                 QStringLiteral("KEY"));
    const QCommandLineOption advance(QStringLiteral("auto-advance-ms"), QStringLiteral("Advance sessions every N ms."),
                                     QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("owner/repo to offer (repeatable)."),
                                    QStringLiteral("R"));
    const QCommandLineOption ask(QStringLiteral("ask"), QStringLiteral("Sessions ask the user a question."));
    const QCommandLineOption elsewhere(QStringLiteral("elsewhere"),
                                       QStringLiteral("A session started in the Jules web app (repeatable)."),
                                       QStringLiteral("PROMPT"));
    p.addOptions({port, key, advance, source, ask, elsewhere});
    p.process(app);
    if (!p.isSet(key)) {
        QTextStream(stderr) << "fake-jules: --key is required\n";
        return 2;
    }
    agentdesk::fakes::FakeJulesServer server(p.value(key));
    QStringList sources = p.values(source);
    if (sources.isEmpty())
        sources << QStringLiteral("acme/widgets");
    for (const QString &s : std::as_const(sources))
        server.addSource(s.section(QLatin1Char('/'), 0, 0), s.section(QLatin1Char('/'), 1, 1));
    server.setAskForFeedback(p.isSet(ask));
    for (const QString &prompt : p.values(elsewhere))
        server.addSessionElsewhere(prompt, 2);
    if (!server.start(quint16(p.value(port).toUInt()))) {
        QTextStream(stderr) << "fake-jules: cannot listen\n";
        return 1;
    }
    server.setAutoAdvance(p.value(advance).toInt());
    QTextStream(stdout) << server.baseUrl().toString() << Qt::endl;
    return app.exec();
}
