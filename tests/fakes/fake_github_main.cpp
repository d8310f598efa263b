// A standalone fake of GitHub's REST API for the pull request loop, for driving the CLI
// and GUI by hand and for screenshots:
//   fake-github --token TOKEN --pull acme/widgets#7 --fail unit-tests --pass lint
// Every pull gets the same head commit; each --fail check has a short job log.
#include "FakeGitHubServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("The token it accepts."),
                                   QStringLiteral("TOKEN"));
    const QCommandLineOption pull(QStringLiteral("pull"), QStringLiteral("owner/repo#N (repeatable)."),
                                  QStringLiteral("PR"));
    const QCommandLineOption fail(QStringLiteral("fail"), QStringLiteral("A failing check (repeatable)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption pass(QStringLiteral("pass"), QStringLiteral("A passing check (repeatable)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption review(QStringLiteral("request-changes"),
                                    QStringLiteral("A reviewer asks for changes with this text."),
                                    QStringLiteral("TEXT"));
    p.addOptions({token, pull, fail, pass, review});
    p.process(app);
    if (!p.isSet(token)) {
        QTextStream(stderr) << "fake-github: --token is required\n";
        return 2;
    }
    agentdesk::fakes::FakeGitHubServer server(p.value(token));
    const QString sha = QStringLiteral("c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00");
    qint64 checkId = 7100000000LL;
    for (const QString &pr : p.values(pull)) {
        const QString repo = pr.section(QLatin1Char('#'), 0, 0);
        const int number = pr.section(QLatin1Char('#'), 1).toInt();
        server.addPull(repo, number, sha);
        if (p.isSet(review))
            server.addReview(repo, number, 900 + number, QStringLiteral("reviewer"),
                             QStringLiteral("CHANGES_REQUESTED"), p.value(review));
    }
    for (const QString &name : p.values(fail))
        server.addCheckRun(sha, name, QStringLiteral("failure"), ++checkId,
                           "Run pytest -q\n"
                           "..........F\n"
                           "FAILED tests/test_parser.py::test_empty_input - AssertionError: assert None == []\n"
                           "1 failed, 10 passed in 0.42s\n"
                           "Error: Process completed with exit code 1.\n");
    for (const QString &name : p.values(pass))
        server.addCheckRun(sha, name, QStringLiteral("success"), ++checkId);
    if (!server.start()) {
        QTextStream(stderr) << "fake-github: cannot listen\n";
        return 1;
    }
    QTextStream(stdout) << server.baseUrl().toString() << Qt::endl;
    return app.exec();
}
