// AgentDesk's webhook listener on its own, as `worker run --listen` runs it (same
// receiver, same store, same durability: the event id is committed before the 2xx), for
// the intake benchmark: prints "LISTENING <port>", serves until terminated.
//   bench_webhook_receiver --key KEY [--port N] [--data-dir DIR]
#include "config/AppPaths.h"
#include "storage/Database.h"
#include "storage/WorkerStore.h"
#include "webhook/WebhookReceiver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <csignal>
#include <cstdio>

using namespace agentdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Webhook key."), QStringLiteral("KEY"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port."), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory."),
                                     QStringLiteral("DIR"));
    p.addOptions({key, port, dataDir});
    p.process(app);
    QTemporaryDir temp;
    const QString dir = p.isSet(dataDir) ? p.value(dataDir) : temp.path();
    Database db(AppPaths{dir}.databaseFile());
    if (const Error e = db.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 6;
    }
    WorkerStore store(db);
    WebhookReceiver receiver(store);
    receiver.setKey(Secret(p.value(key)));
    if (const Error e = receiver.listen(QHostAddress::LocalHost, quint16(p.value(port).toUInt()))) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 2;
    }
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    std::printf("LISTENING %u\n", receiver.port());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
