// agentdeskctl worker …: the headless worker and its trusted configuration.
#include "Cli.h"
#include "CommandRun.h"
#include "StopSignals.h"
#include "TerminalText.h"

#include "app/CoreContext.h"
#include "app/WorkerHost.h"
#include "app/WorkerLock.h"
#include "app/WorkerSetup.h"
#include "domain/Timestamps.h"
#include "storage/WorkerStore.h"
#include "worker/WorkerFeed.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QSysInfo>
#include <QTextStream>
#include <QTimer>

namespace agentdesk {

namespace {

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535
        || !address->setAddress(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host))
        return false;
    *port = quint16(p);
    return true;
}

template <typename T>
bool check(CommandRun &run, const Outcome<T> &r)
{
    if (!r.ok())
        run.fail(r.error);
    return r.ok();
}

// --number options of `worker run`: unset gives the fallback; out of range fails the run.
bool numberOption(CommandRun &run, const QCommandLineParser &p, const QCommandLineOption &opt, int min, int max,
                  int fallback, int *out)
{
    if (!p.isSet(opt)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    *out = p.value(opt).toInt(&ok);
    if (!ok || *out < min || *out > max) {
        run.fail(
            Error::usage(Cli::tr("--%1 takes a number from %2 to %3.").arg(opt.names().first()).arg(min).arg(max)));
        return false;
    }
    return true;
}

// --tls-cert and --tls-key as the listener's TLS configuration.
std::optional<QSslConfiguration> tlsFromFiles(CommandRun &run, const QString &certPath, const QString &keyPath)
{
    QFile certFile(certPath), keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        run.fail(Error::usage(Cli::tr("Cannot read the TLS certificate or key.")));
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QSslKey privateKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || privateKey.isNull()) {
        run.fail(Error::usage(Cli::tr("The TLS certificate or key is not valid PEM (RSA keys are supported).")));
        return std::nullopt;
    }
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(privateKey);
    return tls;
}

// The worker's options from the command line; nullopt when the run failed.
std::optional<WorkerHost::Options> workerOptions(CommandRun &run, const QStringList &args, QString *agentId)
{
    QCommandLineParser p;
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   Cli::tr("The agent to work for (default: the only route's)."), QStringLiteral("ID"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Cli::tr("This worker's name on the platform (default: the host name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), Cli::tr("Sessions at once (default 1)."),
                                         QStringLiteral("N"));
    const QCommandLineOption lease(QStringLiteral("lease-seconds"), Cli::tr("Lease length, 1..900 (default 900)."),
                                   QStringLiteral("S"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    Cli::tr("Webhook listener address (default 127.0.0.1:8787)."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption noListen(QStringLiteral("no-listen"), Cli::tr("Do not listen for webhooks; poll only."));
    const QCommandLineOption poll(QStringLiteral("poll-interval"), Cli::tr("Seconds between polls (default 30)."),
                                  QStringLiteral("SECONDS"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), Cli::tr("PEM certificate: serve webhooks over HTTPS."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), Cli::tr("PEM private key for --tls-cert."),
                                 QStringLiteral("FILE"));
    p.addOptions({agent, name, concurrency, lease, listen, noListen, poll, cert, key});
    if (!run.parse(p, args) || !run.expectArguments(p, 0, Cli::tr("worker run takes options only.")))
        return std::nullopt;
    WorkerHost::Options o;
    int pollSeconds = 30;
    if (!numberOption(run, p, concurrency, 1, 64, 1, &o.worker.concurrency)
        || !numberOption(run, p, lease, 1, 900, 900, &o.worker.leaseSeconds)
        || !numberOption(run, p, poll, 1, 3600, 30, &pollSeconds))
        return std::nullopt;
    o.worker.pollIntervalMs = pollSeconds * 1000;
    o.worker.name = p.isSet(name) ? p.value(name) : QSysInfo::machineHostName();
    o.listen = !p.isSet(noListen);
    if (p.isSet(listen) && !parseListen(p.value(listen), &o.listenAddress, &o.listenPort)) {
        run.fail(Error::usage(Cli::tr("--listen takes HOST:PORT, such as 127.0.0.1:8787.")));
        return std::nullopt;
    }
    if (p.isSet(cert) != p.isSet(key)) {
        run.fail(Error::usage(Cli::tr("--tls-cert and --tls-key go together.")));
        return std::nullopt;
    }
    if (p.isSet(cert)) {
        o.tls = tlsFromFiles(run, p.value(cert), p.value(key));
        if (!o.tls)
            return std::nullopt;
    }
    *agentId = p.value(agent);
    return o;
}

// The agent this worker serves: the one asked for, or the only one with a route.
bool chooseAgent(CommandRun &run, WorkerStore &store, WorkerHost::Options &o)
{
    const Outcome<QList<WorkerRoute>> routes = store.routes();
    if (!check(run, routes))
        return false;
    if (o.worker.agentId.isEmpty()) {
        if (routes.value.size() != 1) {
            run.fail(Error::usage(
                Cli::tr("Pass --agent ID (routes exist for %n agent(s)).", nullptr, int(routes.value.size()))));
            return false;
        }
        o.worker.agentId = routes.value.first().agentId;
    }
    const Outcome<std::optional<WorkerRoute>> route = store.route(o.worker.agentId);
    if (!check(run, route))
        return false;
    if (!route.value)
        run.err()
            << Cli::tr(
                   "warning: no route for agent %1: its sessions will be released. Add one with `agentdeskctl worker route add`.")
                   .arg(o.worker.agentId)
            << Qt::endl;
    return true;
}

// The worker's state, events and deliveries as log lines on standard error.
void logWorker(CommandRun &run, WorkerHost *host)
{
    auto log = [&run](const QString &line) {
        run.err() << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ' ' << terminal::line(line) << Qt::endl;
    };
    QObject::connect(host, &WorkerHost::stateChanged, &run, [log](Worker::State s, const QString &m) {
        log(QStringLiteral("worker %1 %2").arg(Worker::stateKey(s), m));
    });
    QObject::connect(host, &WorkerMonitor::eventLogged, &run,
                     [log](const WorkerEvent &e) { log(QStringLiteral("%1 %2 %3").arg(e.kind, e.sessionId, e.text)); });
    QObject::connect(host, &WorkerHost::webhookListening, &run,
                     [log](quint16 port) { log(QStringLiteral("webhooks on port %1 (POST /webhook)").arg(port)); });
    QObject::connect(host, &WorkerMonitor::deliveriesLogged, &run, [log](const QList<WebhookDelivery> &list, int more) {
        for (auto it = list.crbegin(); it != list.crend(); ++it)
            log(QStringLiteral("webhook %1 %2 %3 %4").arg(it->outcome).arg(it->status).arg(it->type, it->reason));
        if (more > 0)
            log(Cli::tr("webhook … and %n more delivery(s)", nullptr, more));
    });
}

// SIGTERM and SIGINT drain the worker: sessions not started are released.
void drainOnSignals(CommandRun &run, WorkerHost *host)
{
    auto *stop = new StopSignals(&run);
    QObject::connect(stop, &StopSignals::stopRequested, &run, [&run, host] {
        run.err() << QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
                  << " signal: draining (sessions not yet started are released)" << Qt::endl;
        run.core().actions().note(AuditAction::WorkerStop, QStringLiteral("worker"), QStringLiteral("signal"));
        host->stop(false);
        // A platform that cannot be reached must not keep the process forever: what is
        // left in the outbox is sent on the next start.
        QTimer::singleShot(20000, &run, [&run] { run.finish(0); });
    });
}

// Signed in: the worker on its thread, its log, its live feed, its signals.
void runSignedIn(CommandRun &run, const WorkerHost::Options &o)
{
    CoreContext &ctx = run.core();
    PlatformSession &session = ctx.platform();
    if (session.state() == PlatformSession::State::KeychainUnavailable)
        return run.fail(Error::keychain(session.stateMessage()));
    if (session.state() != PlatformSession::State::SignedIn)
        return run.fail(Error::auth(
            session.state() == PlatformSession::State::NeedsSignIn
                ? session.stateMessage()
                : Cli::tr("Not signed in to the agent platform. Run `agentdeskctl platform login` first.")));
    WorkerHost::Options shared = o;
    shared.budget = &ctx.budget(); // one pace per account for the command and its worker
    // Kept by the run: both go before the core they use.
    WorkerHost *host = run.keep(std::make_unique<WorkerHost>(shared, session, ctx.keychain()));
    logWorker(run, host);
    QObject::connect(host, &WorkerHost::failed, &run, [&run, host](const QString &m) {
        host->stop();
        run.fail(Error::usage(m));
    });
    QObject::connect(host, &WorkerHost::stateChanged, &run, [&run](Worker::State s, const QString &m) {
        if (s == Worker::State::Rejected || s == Worker::State::Failed)
            run.fail(Error::auth(m));
    });
    drainOnSignals(run, host);
    if (const Error e = host->start()) // takes the data directory's worker lock
        return run.fail(e);
    // The live feed lives as long as the worker runs; going, it tells followers "stopped".
    WorkerFeedServer *feed = run.keep(std::make_unique<WorkerFeedServer>(*host, ctx.paths()));
    if (const Error e = feed->start())
        run.err() << Cli::tr("warning: no live feed: %1").arg(e.message) << Qt::endl;
    // While it runs, the worker also keeps the open pull requests of this data directory's
    // tasks current (and sends what an account's "auto" policy sends), as the window does:
    // it learns of the tasks its own thread writes through the change journal.
    ctx.changes().start();
    ctx.pullRequestWatcher().start();
    QObject::connect(host, &WorkerHost::stopped, &run, [&run, &ctx, feed] {
        ctx.pullRequestWatcher().stop();
        feed->close();
        run.finish(0);
    });
    ctx.actions().note(AuditAction::WorkerStart, QStringLiteral("worker"), o.worker.agentId);
}

void workerRun(CommandRun &run, const QStringList &args)
{
    QString agentId;
    std::optional<WorkerHost::Options> options = workerOptions(run, args, &agentId);
    if (!options || !run.openCore())
        return;
    WorkerHost::Options &o = *options;
    o.worker.agentId = agentId;
    CoreContext &core = run.core();
    WorkerStore store(core.database(), core.clock());
    if (!chooseAgent(run, store, o))
        return;
    // Said early; the lock WorkerHost::start takes is what decides.
    if (const std::optional<qint64> other = WorkerLock::holder(core.paths()))
        return run.fail(Error::usage(Cli::tr("Another worker is already running on this data directory (pid %1). "
                                             "Stop it first, or watch it with `agentdeskctl worker status --follow`.")
                                         .arg(*other)));
    o.paths = core.paths();
    o.keychainProfile = core.database().profileId();
    core.platform().load(&run, [&run, o] { runSignedIn(run, o); });
}

void workerFollow(CommandRun &run)
{
    auto *client = new WorkerFeedClient(run.paths(), &run);
    auto line = [&run](const QDateTime &at, const QString &text) {
        run.out() << (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate) << ' '
                  << terminal::line(text) << Qt::endl;
    };
    if (run.json()) {
        QObject::connect(client, &WorkerFeedClient::messageReceived, &run, [&run](const QJsonObject &o) {
            run.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        });
    } else {
        auto lastState = std::make_shared<QString>();
        QObject::connect(client, &WorkerFeedClient::attached, &run, [client, line] {
            const WorkerStatus &s = client->status();
            line({}, Cli::tr("attached to worker %1 (pid %2): %3, %n open claim(s)", nullptr, s.openClaimCount())
                         .arg(s.workerId.isEmpty() ? s.name : s.workerId)
                         .arg(s.pid)
                         .arg(Worker::stateKey(s.state)));
        });
        QObject::connect(client, &WorkerMonitor::statusChanged, &run, [client, line, lastState] {
            const QString state = Worker::stateKey(client->status().state);
            if (client->isAttached() && !lastState->isEmpty() && state != *lastState)
                line({}, Cli::tr("worker %1 %2").arg(state, client->status().message));
            *lastState = state;
        });
        QObject::connect(client, &WorkerMonitor::eventLogged, &run, [client, line](const WorkerEvent &e) {
            if (client->isAttached()) // the backlog in the hello is history, not news
                line(e.at, QStringLiteral("%1 %2 %3").arg(e.kind, e.sessionId, e.text));
        });
        QObject::connect(
            client, &WorkerMonitor::deliveriesLogged, &run, [line](const QList<WebhookDelivery> &list, int more) {
                for (auto it = list.crbegin(); it != list.crend(); ++it)
                    line(it->at, QStringLiteral("webhook %1 %2 %3 %4")
                                     .arg(it->outcome)
                                     .arg(it->status)
                                     .arg(it->type, it->reason));
                if (more > 0)
                    line(QDateTime::currentDateTimeUtc(), Cli::tr("webhook … and %n more delivery(s)", nullptr, more));
            });
    }
    QObject::connect(client, &WorkerFeedClient::detached, &run, [&run, client](const QString &reason) {
        if (client->status().pid == 0) // never attached
            return run.fail(Error::notFound(reason));
        run.err() << reason << Qt::endl;
        run.finish(0);
    });
    client->attach();
}

void workerStatus(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption follow(
        QStringLiteral("follow"),
        Cli::tr("Attach to the running worker's live feed and print its events until it stops."));
    p.addOptions({CommandRun::jsonOption(), follow});
    if (!run.parse(p, args) || !run.expectArguments(p, 0, Cli::tr("worker status takes options only.")))
        return;
    if (p.isSet(follow))
        return workerFollow(run);
    if (!run.openCore())
        return;
    WorkerStore store(run.core().database(), run.core().clock());
    auto state = [&store](const char *key) { return store.state(QString::fromLatin1(key)); };
    const Outcome<QString> pidText = state("runPid"), runState = state("runState"), workerId = state("workerId"),
                           agentId = state("agentId"), workerName = state("workerName"),
                           heartbeat = state("lastHeartbeat");
    for (const auto *o : {&pidText, &runState, &workerId, &agentId, &workerName, &heartbeat})
        if (!check(run, *o))
            return;
    const Outcome<QList<ClaimRecord>> open = store.openClaims();
    const Outcome<QList<ClaimRecord>> recent = store.recentClaims(10);
    const Outcome<int> outbox = store.outboxSize();
    const Outcome<int> events = store.webhookEventCount();
    const Outcome<QList<WorkerRoute>> routes = store.routes();
    if (!check(run, open) || !check(run, recent) || !check(run, outbox) || !check(run, events) || !check(run, routes))
        return;
    const qint64 pid = pidText.value.toLongLong();
    QString shownState = runState.value;
    if (shownState.isEmpty())
        shownState = QStringLiteral("never_run");
    else if (shownState != QLatin1String("stopped") && !WorkerFeedInfo::processAlive(pid))
        shownState = QStringLiteral("not_running");
    if (run.json()) {
        QJsonArray claims;
        for (const ClaimRecord &c : recent.value)
            claims.append(QJsonObject{{QStringLiteral("sessionId"), c.sessionId},
                                      {QStringLiteral("claimId"), c.claimId},
                                      {QStringLiteral("phase"), ClaimRecord::phaseKey(c.phase)},
                                      {QStringLiteral("leaseExpiresAt"), toIso(c.leaseExpiresAt)},
                                      {QStringLiteral("taskId"), c.taskId},
                                      {QStringLiteral("lastActivity"), c.lastActivity},
                                      {QStringLiteral("detail"), c.detail}});
        const QJsonObject o{{QStringLiteral("state"), shownState},
                            {QStringLiteral("pid"), pid},
                            {QStringLiteral("workerId"), workerId.value},
                            {QStringLiteral("agentId"), agentId.value},
                            {QStringLiteral("name"), workerName.value},
                            {QStringLiteral("lastHeartbeat"), heartbeat.value},
                            {QStringLiteral("openClaims"), int(open.value.size())},
                            {QStringLiteral("outbox"), outbox.value},
                            {QStringLiteral("webhookEvents"), events.value},
                            {QStringLiteral("routes"), int(routes.value.size())},
                            {QStringLiteral("claims"), claims}};
        run.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return run.finish(0);
    }
    run.out() << Cli::tr("Worker: %1")
                     .arg(
                         workerId.value.isEmpty()
                             ? Cli::tr("not registered yet")
                             : QStringLiteral("%1 (%2, agent %3)").arg(workerId.value, workerName.value, agentId.value))
              << '\n'
              << Cli::tr("State: %1%2")
                     .arg(shownState, WorkerFeedInfo::processAlive(pid) ? Cli::tr(" (pid %1)").arg(pid) : QString())
              << '\n'
              << Cli::tr("Last heartbeat: %1").arg(heartbeat.value.isEmpty() ? Cli::tr("none") : heartbeat.value)
              << '\n'
              << Cli::tr("Open claims: %1 · outbox: %2 · webhook events seen: %3 · routes: %4")
                     .arg(open.value.size())
                     .arg(outbox.value)
                     .arg(events.value)
                     .arg(routes.value.size())
              << '\n';
    for (const ClaimRecord &c : recent.value)
        run.out() << QStringLiteral("  %1  %2  %3  %4\n")
                         .arg(c.sessionId, ClaimRecord::phaseKey(c.phase), c.taskId,
                              terminal::line(c.detail.isEmpty() ? c.lastActivity : c.detail));
    run.finish(0);
}

void routeAdd(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption agent(QStringLiteral("agent"), Cli::tr("The platform agent."), QStringLiteral("ID"));
    const QCommandLineOption provider(QStringLiteral("provider"),
                                      Cli::tr("The provider (%1).").arg(allProviderKeys().join(QLatin1String(", "))),
                                      QStringLiteral("P"));
    const QCommandLineOption account(QStringLiteral("account"), Cli::tr("The provider account to use."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption repo(QStringLiteral("repo"), Cli::tr("The default repository."), QStringLiteral("URL"));
    const QCommandLineOption allow(QStringLiteral("allow-repo"),
                                   Cli::tr("A further repository sessions may target (repeatable)."),
                                   QStringLiteral("URL"));
    const QCommandLineOption branch(QStringLiteral("branch"), Cli::tr("Branch to start from."), QStringLiteral("B"));
    const QCommandLineOption autoPr(QStringLiteral("auto-pr"), Cli::tr("Open a pull request when done."));
    const QCommandLineOption plan(QStringLiteral("plan-approval"), Cli::tr("Require plan approval in the console."));
    p.addOptions({agent, provider, account, repo, allow, branch, autoPr, plan});
    if (!run.parse(p, args))
        return;
    WorkerRoute r;
    r.agentId = p.value(agent).trimmed();
    const auto providerId = providerFromKey(p.value(provider));
    r.account = p.value(account).trimmed();
    r.repoUrl = p.value(repo).trimmed();
    r.allowedRepos = p.values(allow);
    r.branch = p.value(branch);
    r.autoPr = p.isSet(autoPr);
    r.planApproval = p.isSet(plan);
    if (r.agentId.isEmpty() || r.account.isEmpty() || r.repoUrl.isEmpty() || !p.isSet(provider))
        return run.fail(Error::usage(Cli::tr("worker route add needs --agent, --provider, --account and --repo.")));
    if (!providerId)
        return run.fail(Error::usage(Cli::tr("Unknown provider \"%1\"; choose one of: %2.")
                                         .arg(p.value(provider), allProviderKeys().join(QLatin1String(", ")))));
    r.provider = *providerId;
    if (!run.openCore())
        return;
    run.keep(std::make_unique<WorkerSetup>(run.core()))->saveRoute(r, &run, [&run, r](const Outcome<Done> &saved) {
        if (!saved.ok())
            return run.fail(saved.error);
        run.out() << Cli::tr("Sessions of agent %1 run at %2 (account %3) on %4.")
                         .arg(r.agentId, providerDisplayName(r.provider), r.account, r.repoUrl)
                  << Qt::endl;
        run.finish(0);
    });
}

void routeList(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CommandRun::jsonOption());
    if (!run.parse(p, args) || !run.openCore())
        return;
    WorkerStore store(run.core().database(), run.core().clock());
    const Outcome<QList<WorkerRoute>> routes = store.routes();
    if (!check(run, routes))
        return;
    QJsonArray out;
    for (const WorkerRoute &r : routes.value) {
        if (run.json())
            out.append(QJsonObject{{QStringLiteral("agentId"), r.agentId},
                                   {QStringLiteral("provider"), providerKey(r.provider)},
                                   {QStringLiteral("account"), r.account},
                                   {QStringLiteral("repoUrl"), r.repoUrl},
                                   {QStringLiteral("allowedRepos"), QJsonArray::fromStringList(r.allowedRepos)},
                                   {QStringLiteral("branch"), r.branch},
                                   {QStringLiteral("autoPr"), r.autoPr},
                                   {QStringLiteral("planApproval"), r.planApproval}});
        else
            run.out() << QStringLiteral("%1 → %2/%3 %4%5\n")
                             .arg(r.agentId, providerKey(r.provider), r.account, r.repoUrl,
                                  r.allowedRepos.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" (+ ") + r.allowedRepos.join(QStringLiteral(", "))
                                            + QLatin1Char(')'));
    }
    if (run.json())
        run.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    else if (routes.value.isEmpty())
        run.out() << Cli::tr(
            "No routes. `agentdeskctl worker route add --agent ID --provider P --account NAME --repo URL` adds one.")
                  << '\n';
    run.finish(0);
}

void routeRemove(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    if (!run.parse(p, args) || !run.expectArguments(p, 1, Cli::tr("worker route remove takes the agent id."))
        || !run.openCore())
        return;
    run.keep(std::make_unique<WorkerSetup>(run.core()))
        ->removeRoute(p.positionalArguments().first(), &run, [&run](const Outcome<Done> &removed) {
            if (!removed.ok())
                return run.fail(removed.error);
            run.out() << Cli::tr("Route removed.") << Qt::endl;
            run.finish(0);
        });
}

void workerRoute(CommandRun &run, const QStringList &args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("add"))
        return routeAdd(run, args.mid(1));
    if (action == QLatin1String("list"))
        return routeList(run, args.mid(1));
    if (action == QLatin1String("remove"))
        return routeRemove(run, args.mid(1));
    QCommandLineParser p;
    if (run.parse(p, args)) // --help prints the command's help
        run.fail(Error::usage(Cli::tr("worker route takes add, list or remove.")));
}

void workerWebhookKey(CommandRun &run, const QStringList &args)
{
    if (args.value(0) != QLatin1String("set")) {
        QCommandLineParser p;
        if (run.parse(p, args))
            run.fail(Error::usage(Cli::tr("worker webhook-key takes \"set\" (the key is read from standard input).")));
        return;
    }
    QCommandLineParser p;
    if (!run.parse(p, args.mid(1)))
        return;
    const Secret key(run.readSecret(Cli::tr("Webhook key (input hidden): ")));
    if (key.reveal().isEmpty())
        return run.fail(Error::validation(Cli::tr("No webhook key on standard input.")));
    if (!run.openCore())
        return;
    auto *setup = new WorkerSetup(run.core(), &run);
    setup->setWebhookKey(key, &run, [&run](const Outcome<Done> &r) {
        if (!r.ok())
            return run.fail(r.error);
        run.out() << Cli::tr("Webhook key saved in the OS keychain.") << Qt::endl;
        run.finish(0);
    });
}

void workerForget(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    if (!run.parse(p, args) || !run.openCore())
        return;
    WorkerStore store(run.core().database(), run.core().clock());
    const Outcome<QList<ClaimRecord>> open = store.openClaims();
    if (!check(run, open))
        return;
    if (!open.value.isEmpty())
        return run.fail(
            Error::validation(Cli::tr("The worker still holds claims; run it once more to finish or release them.")));
    for (const char *k : {"workerId", "agentId", "workerName", "runState", "runPid", "lastHeartbeat"})
        if (const Error e = store.clearState(QString::fromLatin1(k)))
            return run.fail(e);
    run.out() << Cli::tr("Forgot the worker registration; the next `worker run` registers again.") << Qt::endl;
    run.finish(0);
}

} // namespace

QList<Command> workerCommands()
{
    return {
        {QStringLiteral("worker"), QStringLiteral("run"),
         QStringLiteral(
             "[--agent ID] [--name NAME] [--concurrency N] [--lease-seconds S] [--listen HOST:PORT | --no-listen] "
             "[--poll-interval SECONDS] [--tls-cert FILE --tls-key FILE]"),
         QStringLiteral("Run the personal worker headless: claim platform sessions and run them as provider tasks. "
                        "Logs to stderr; SIGTERM/SIGINT drain it."),
         &workerRun},
        {QStringLiteral("worker"), QStringLiteral("status"), QStringLiteral("[--json] [--follow]"),
         QStringLiteral(
             "The worker's identity, state, claims, outbox and webhook counts; --follow watches the running one."),
         &workerStatus},
        {QStringLiteral("worker"), QStringLiteral("route"),
         QStringLiteral("add --agent ID --provider P --account NAME --repo URL [--allow-repo URL]... [--branch B] "
                        "[--auto-pr] [--plan-approval] | list [--json] | remove AGENT"),
         QStringLiteral("The trusted routes: which provider account and repository run an agent's sessions."),
         &workerRoute},
        {QStringLiteral("worker"), QStringLiteral("webhook-key"), QStringLiteral("set"),
         QStringLiteral("Read the platform's webhook key from standard input into the OS keychain."),
         &workerWebhookKey},
        {QStringLiteral("worker"), QStringLiteral("forget"), QString(),
         QStringLiteral("Forget the saved worker registration (after the platform rejected it)."), &workerForget},
    };
}

} // namespace agentdesk
