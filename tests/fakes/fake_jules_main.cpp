// A standalone fake Jules for driving the CLI and GUI by hand, for screenshots and for
// the sync benchmark:
//   fake-jules --port 8765 --key KEY --auto-advance-ms 3000 --source acme/widgets
//   fake-jules --key KEY --auto-advance-ms 0 --sessions 200 --activities 56
#include "FakeJulesServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <memory>
#include <utility>

namespace {

// One burst of "slow down": what a provider at its quota does. A client that obeys sends
// nothing once the first refusals reached it (those already on the wire arrive at once).
void throttleOnce(agentdesk::fakes::FakeHttpServer &http, int after)
{
    using agentdesk::fakes::FakeResponse;
    if (after <= 0)
        return;
    struct State {
        bool armed = false;
        int seen = 0;
        qint64 openedAt = -1;
        int refused = 0;
        int early = 0;
        bool reported = false;
    };
    auto state = std::make_shared<State>();
    http.setResponseFilter([state, after](const agentdesk::fakes::FakeRequest &request, FakeResponse &response) {
        if (request.path == QLatin1String("/__bench/throttle")) {
            state->armed = true;
            response = FakeResponse::json(200, "{}");
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!state->armed)
            return;
        if (state->openedAt < 0 && ++state->seen >= after)
            state->openedAt = now;
        if (state->openedAt < 0)
            return;
        if (now < state->openedAt + 2000) {
            ++state->refused;
            state->early += now > state->openedAt + 250 ? 1 : 0;
            response = FakeResponse::json(
                429,
                R"({"error":{"code":429,"message":"Resource has been exhausted.","status":"RESOURCE_EXHAUSTED"}})");
            response.addHeader("Retry-After", "2");
        } else if (!std::exchange(state->reported, true)) {
            QTextStream(stdout) << "THROTTLE refused=" << state->refused << " early=" << state->early << Qt::endl;
        }
    });
}

} // namespace

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
    const QCommandLineOption sessions(QStringLiteral("sessions"),
                                      QStringLiteral("Start with N finished sessions made elsewhere."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption activities(QStringLiteral("activities"),
                                        QStringLiteral("About N activities in each of those sessions."),
                                        QStringLiteral("N"), QStringLiteral("56"));
    const QCommandLineOption throttle(
        QStringLiteral("throttle-after"),
        QStringLiteral("N requests after a POST to /__bench/throttle, answer 429 with Retry-After: 2 for two "
                       "seconds, once; then print THROTTLE refused=R early=E (E: requests that came over 250 ms "
                       "into the pause)."),
        QStringLiteral("N"), QStringLiteral("0"));
    p.addOptions({port, key, advance, source, ask, elsewhere, sessions, activities, throttle});
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
    const int perSession = p.value(activities).toInt();
    for (int i = 0, n = p.value(sessions).toInt(); i < n; ++i) {
        const QString id = server.addSessionElsewhere(QStringLiteral("Benchmark session %1").arg(i), 4);
        server.addProgress(id, std::max(0, perSession - server.activityCount(id)));
    }
    if (!server.start(quint16(p.value(port).toUInt()))) {
        QTextStream(stderr) << "fake-jules: cannot listen\n";
        return 1;
    }
    server.setAutoAdvance(p.value(advance).toInt());
    throttleOnce(server.http(), p.value(throttle).toInt());
    QTextStream(stdout) << server.baseUrl().toString() << Qt::endl;
    return app.exec();
}
