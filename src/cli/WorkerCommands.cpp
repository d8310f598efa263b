// agentdeskctl worker …: the headless worker and its trusted configuration.
#include "Cli.h"

#include "app/CoreContext.h"
#include "auth/PlatformSession.h"
#include "domain/Timestamps.h"
#include "secrets/SecretStore.h"
#include "domain/TaskValidation.h"
#include "storage/AccountStore.h"
#include "storage/WorkerStore.h"
#include "worker/WorkerFeed.h"
#include "worker/WorkerHost.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace agentdesk {

namespace {

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Print JSON for scripts."));

// SIGTERM/SIGINT reach the event loop through a socket pair (the only safe thing a
// signal handler can do is write a byte).
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

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
    if (!ok || p > 65535 || !address->setAddress(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host))
        return false;
    *port = quint16(p);
    return true;
}

bool processAlive(qint64 pid)
{
    return WorkerFeedInfo::processAlive(pid);
}

} // namespace

void Cli::workerRun(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption agent(QStringLiteral("agent"), tr("The agent to work for (default: the only route's)."), QStringLiteral("ID"));
    const QCommandLineOption name(QStringLiteral("name"), tr("This worker's name on the platform (default: the host name)."), QStringLiteral("NAME"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), tr("Sessions at once (default 1)."), QStringLiteral("N"));
    const QCommandLineOption lease(QStringLiteral("lease-seconds"), tr("Lease length, 1..900 (default 900)."), QStringLiteral("S"));
    const QCommandLineOption listen(QStringLiteral("listen"), tr("Webhook listener address (default 127.0.0.1:8787)."), QStringLiteral("HOST:PORT"));
    const QCommandLineOption noListen(QStringLiteral("no-listen"), tr("Do not listen for webhooks; poll only."));
    const QCommandLineOption poll(QStringLiteral("poll-interval"), tr("Seconds between polls (default 30)."), QStringLiteral("SECONDS"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), tr("PEM certificate: serve webhooks over HTTPS."), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), tr("PEM private key for --tls-cert."), QStringLiteral("FILE"));
    p.addOptions({agent, name, concurrency, lease, listen, noListen, poll, cert, key});
    if (!parse(p, args) || showHelpIfAsked(p, QStringLiteral("worker"), QStringLiteral("run")))
        return;

    WorkerHost::Options o;
    auto number = [&](const QCommandLineOption &opt, int min, int max, int fallback, int *out) {
        if (!p.isSet(opt)) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = p.value(opt).toInt(&ok);
        if (!ok || *out < min || *out > max) {
            fail(Error::usage(tr("--%1 takes a number from %2 to %3.").arg(opt.names().first()).arg(min).arg(max)));
            return false;
        }
        return true;
    };
    int pollSeconds = 30;
    if (!number(concurrency, 1, 64, 1, &o.worker.concurrency) || !number(lease, 1, 900, 900, &o.worker.leaseSeconds)
        || !number(poll, 1, 3600, 30, &pollSeconds))
        return;
    o.worker.pollIntervalMs = pollSeconds * 1000;
    o.worker.name = p.isSet(name) ? p.value(name) : QSysInfo::machineHostName();
    o.listen = !p.isSet(noListen);
    if (p.isSet(listen) && !parseListen(p.value(listen), &o.listenAddress, &o.listenPort))
        return fail(Error::usage(tr("--listen takes HOST:PORT, such as 127.0.0.1:8787.")));
    if (p.isSet(cert) != p.isSet(key))
        return fail(Error::usage(tr("--tls-cert and --tls-key go together.")));
    if (p.isSet(cert)) {
        QFile certFile(p.value(cert)), keyFile(p.value(key));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(Error::usage(tr("Cannot read the TLS certificate or key.")));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QSslKey privateKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        if (chain.isEmpty() || privateKey.isNull())
            return fail(Error::usage(tr("The TLS certificate or key is not valid PEM (RSA keys are supported).")));
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(privateKey);
        o.tls = tls;
    }
    if (!openCore())
        return;
    WorkerStore store(m_core->database());
    const QList<WorkerRoute> routes = store.routes();
    o.worker.agentId = p.value(agent);
    if (o.worker.agentId.isEmpty()) {
        if (routes.size() != 1)
            return fail(Error::usage(tr("Pass --agent ID (routes exist for %n agent(s)).", nullptr, int(routes.size()))));
        o.worker.agentId = routes.first().agentId;
    }
    if (const std::optional<WorkerFeedInfo> other = WorkerFeedInfo::find(m_core->paths()))
        return fail(Error::usage(tr("Another worker is already running on this data directory (pid %1). "
                                    "Stop it first, or watch it with `agentdeskctl worker status --follow`.")
                                     .arg(other->pid)));
    if (!store.route(o.worker.agentId))
        m_err << tr("warning: no route for agent %1: its sessions will be released. Add one with `agentdeskctl worker route add`.")
                     .arg(o.worker.agentId)
              << Qt::endl;
    o.paths = m_core->paths();

    withPlatformLoaded([this, o] {
        auto &session = m_core->platform();
        if (session.state() == PlatformSession::State::KeychainUnavailable)
            return fail(Error::keychain(session.stateMessage()));
        if (session.state() != PlatformSession::State::SignedIn)
            return fail(Error::auth(session.state() == PlatformSession::State::NeedsSignIn
                                        ? session.stateMessage()
                                        : tr("Not signed in to the agent platform. Run `agentdeskctl platform login` first.")));
        auto *host = new WorkerHost(o, session, m_core->secrets(), this);
        auto log = [this](const QString &line) {
            m_err << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ' ' << line << Qt::endl;
        };
        connect(host, &WorkerHost::stateChanged, this, [log](Worker::State s, const QString &m) {
            log(QStringLiteral("worker %1 %2").arg(Worker::stateKey(s), m));
        });
        connect(host, &WorkerMonitor::eventLogged, this, [log](const WorkerEvent &e) {
            log(QStringLiteral("%1 %2 %3").arg(e.kind, e.sessionId, e.text));
        });
        connect(host, &WorkerHost::webhookListening, this, [log](quint16 port) {
            log(QStringLiteral("webhooks on port %1 (POST /webhook)").arg(port));
        });
        connect(host, &WorkerMonitor::deliveryLogged, this, [log](const WebhookDelivery &d) {
            log(QStringLiteral("webhook %1 %2 %3 %4").arg(d.outcome).arg(d.status).arg(d.type, d.reason));
        });
        connect(host, &WorkerHost::failed, this, [this, host](const QString &m) {
            host->stop();
            fail(Error::usage(m));
        });
        connect(host, &WorkerHost::stateChanged, this, [this](Worker::State s, const QString &m) {
            if (s == Worker::State::Rejected || s == Worker::State::Failed)
                fail(Error::auth(m));
        });
        // The live feed lives as long as the worker runs; its destructor tells followers "stopped".
        QPointer<WorkerFeedServer> feed = new WorkerFeedServer(*host, m_core->paths(), host);
        if (const Error e = feed->start())
            m_err << tr("warning: no live feed: %1").arg(e.message) << Qt::endl;
        connect(host, &WorkerHost::stopped, this, [this, feed] {
            delete feed.data();
            finish(0);
        });

        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
            auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
            connect(notifier, &QSocketNotifier::activated, this, [this, host, log] {
                char byte;
                [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &byte, 1);
                log(QStringLiteral("signal: draining (sessions not yet started are released)"));
                audit(QStringLiteral("worker_stop"), QStringLiteral("worker"), QStringLiteral("signal"));
                host->stop(false);
                // A platform that cannot be reached must not keep the process forever:
                // what is left in the outbox is sent on the next start.
                QTimer::singleShot(20000, this, [this] { finish(0); });
            });
            std::signal(SIGTERM, onSignal);
            std::signal(SIGINT, onSignal);
        }
        audit(QStringLiteral("worker_start"), QStringLiteral("worker"), o.worker.agentId);
        host->start();
    });
}

void Cli::workerStatus(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption follow(QStringLiteral("follow"),
                                    tr("Attach to the running worker's live feed and print its events until it stops."));
    p.addOptions({kJson, follow});
    if (!parse(p, args) || showHelpIfAsked(p, QStringLiteral("worker"), QStringLiteral("status")) || !openCore())
        return;
    if (p.isSet(follow))
        return workerFollow();
    WorkerStore store(m_core->database());
    const qint64 pid = store.state(QStringLiteral("runPid")).toLongLong();
    QString state = store.state(QStringLiteral("runState"));
    if (state.isEmpty())
        state = QStringLiteral("never_run");
    else if (state != QLatin1String("stopped") && !processAlive(pid))
        state = QStringLiteral("not_running");
    const QList<ClaimRecord> open = store.openClaims();
    const QList<ClaimRecord> recent = store.recentClaims(10);
    if (m_json) {
        QJsonArray claims;
        for (const ClaimRecord &c : recent)
            claims.append(QJsonObject{{QStringLiteral("sessionId"), c.sessionId},
                                      {QStringLiteral("claimId"), c.claimId},
                                      {QStringLiteral("phase"), ClaimRecord::phaseKey(c.phase)},
                                      {QStringLiteral("leaseExpiresAt"), toIso(c.leaseExpiresAt)},
                                      {QStringLiteral("taskId"), c.taskId},
                                      {QStringLiteral("lastActivity"), c.lastActivity},
                                      {QStringLiteral("detail"), c.detail}});
        const QJsonObject o{{QStringLiteral("state"), state},
                            {QStringLiteral("pid"), pid},
                            {QStringLiteral("workerId"), store.state(QStringLiteral("workerId"))},
                            {QStringLiteral("agentId"), store.state(QStringLiteral("agentId"))},
                            {QStringLiteral("name"), store.state(QStringLiteral("workerName"))},
                            {QStringLiteral("lastHeartbeat"), store.state(QStringLiteral("lastHeartbeat"))},
                            {QStringLiteral("openClaims"), int(open.size())},
                            {QStringLiteral("outbox"), store.outboxSize()},
                            {QStringLiteral("webhookEvents"), store.webhookEventCount()},
                            {QStringLiteral("routes"), int(store.routes().size())},
                            {QStringLiteral("claims"), claims}};
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return finish(0);
    }
    const QString workerId = store.state(QStringLiteral("workerId"));
    m_out << tr("Worker: %1").arg(workerId.isEmpty() ? tr("not registered yet") : workerId + QStringLiteral(" (")
                                                                                     + store.state(QStringLiteral("workerName"))
                                                                                     + QStringLiteral(", agent ")
                                                                                     + store.state(QStringLiteral("agentId")) + QLatin1Char(')'))
          << '\n'
          << tr("State: %1%2").arg(state, processAlive(pid) ? tr(" (pid %1)").arg(pid) : QString()) << '\n'
          << tr("Last heartbeat: %1").arg(store.state(QStringLiteral("lastHeartbeat")).isEmpty() ? tr("none")
                                                                                               : store.state(QStringLiteral("lastHeartbeat")))
          << '\n'
          << tr("Open claims: %1 · outbox: %2 · webhook events seen: %3 · routes: %4")
                 .arg(open.size()).arg(store.outboxSize()).arg(store.webhookEventCount()).arg(store.routes().size())
          << '\n';
    for (const ClaimRecord &c : recent)
        m_out << QStringLiteral("  %1  %2  %3  %4\n").arg(c.sessionId, ClaimRecord::phaseKey(c.phase), c.taskId,
                                                           c.detail.isEmpty() ? c.lastActivity : c.detail);
    finish(0);
}

void Cli::workerFollow()
{
    auto *client = new WorkerFeedClient(m_core->paths(), this);
    auto line = [this](const QDateTime &at, const QString &text) {
        m_out << (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate) << ' ' << text << Qt::endl;
    };
    if (m_json) {
        connect(client, &WorkerFeedClient::messageReceived, this, [this](const QJsonObject &o) {
            m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        });
    } else {
        auto lastState = std::make_shared<QString>();
        connect(client, &WorkerFeedClient::attached, this, [client, line] {
            const WorkerStatus &s = client->status();
            line({}, tr("attached to worker %1 (pid %2): %3, %n open claim(s)", nullptr, s.openClaimCount())
                         .arg(s.workerId.isEmpty() ? s.name : s.workerId)
                         .arg(s.pid)
                         .arg(Worker::stateKey(s.state)));
        });
        connect(client, &WorkerMonitor::statusChanged, this, [client, line, lastState] {
            const QString state = Worker::stateKey(client->status().state);
            if (client->isAttached() && !lastState->isEmpty() && state != *lastState)
                line({}, tr("worker %1 %2").arg(state, client->status().message));
            *lastState = state;
        });
        connect(client, &WorkerMonitor::eventLogged, this, [client, line](const WorkerEvent &e) {
            if (client->isAttached())   // the backlog in the hello is history, not news
                line(e.at, QStringLiteral("%1 %2 %3").arg(e.kind, e.sessionId, e.text));
        });
        connect(client, &WorkerMonitor::deliveryLogged, this, [line](const WebhookDelivery &d) {
            line(d.at, QStringLiteral("webhook %1 %2 %3 %4").arg(d.outcome).arg(d.status).arg(d.type, d.reason));
        });
    }
    connect(client, &WorkerFeedClient::detached, this, [this, client](const QString &reason) {
        if (client->status().pid == 0)   // never attached
            return fail(Error::notFound(reason));
        m_err << reason << Qt::endl;
        finish(0);
    });
    client->attach();
}

void Cli::workerRoute(const QStringList &args)
{
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    if (action == QLatin1String("add")) {
        QCommandLineParser p;
        const QCommandLineOption agent(QStringLiteral("agent"), tr("The platform agent."), QStringLiteral("ID"));
        const QCommandLineOption provider(QStringLiteral("provider"), tr("jules, devin, cursor or codex."), QStringLiteral("P"));
        const QCommandLineOption account(QStringLiteral("account"), tr("The provider account to use."), QStringLiteral("NAME"));
        const QCommandLineOption repo(QStringLiteral("repo"), tr("The default repository."), QStringLiteral("URL"));
        const QCommandLineOption allow(QStringLiteral("allow-repo"), tr("A further repository sessions may target (repeatable)."), QStringLiteral("URL"));
        const QCommandLineOption branch(QStringLiteral("branch"), tr("Branch to start from."), QStringLiteral("B"));
        const QCommandLineOption autoPr(QStringLiteral("auto-pr"), tr("Open a pull request when done."));
        const QCommandLineOption plan(QStringLiteral("plan-approval"), tr("Require plan approval in the console."));
        p.addOptions({agent, provider, account, repo, allow, branch, autoPr, plan});
        if (!parse(p, rest) || showHelpIfAsked(p, QStringLiteral("worker"), QStringLiteral("route")))
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
            return fail(Error::usage(tr("worker route add needs --agent, --provider, --account and --repo.")));
        if (!providerId)
            return fail(Error::usage(tr("Unknown provider \"%1\": use jules, devin, cursor or codex.").arg(p.value(provider))));
        r.provider = *providerId;
        for (const QString &url : QStringList{r.repoUrl} + r.allowedRepos)
            if (const QString problem = validateRepoUrl(url); !problem.isEmpty())
                return fail(Error::validation(problem));
        if (!openCore())
            return;
        const auto acct = m_core->accounts().account(r.account);
        if (!acct || acct->provider != r.provider)
            return fail(Error::notFound(tr("No %1 account named \"%2\". Add it with `agentdeskctl account add`.")
                                            .arg(providerKey(r.provider), r.account)));
        WorkerStore store(m_core->database());
        if (const Error e = store.saveRoute(r))
            return fail(e);
        m_out << tr("Sessions of agent %1 run at %2 (account %3) on %4.")
                     .arg(r.agentId, providerDisplayName(r.provider), r.account, r.repoUrl)
              << Qt::endl;
        return finish(0);
    }
    if (action == QLatin1String("list")) {
        QCommandLineParser p;
        p.addOption(kJson);
        if (!parse(p, rest) || !openCore())
            return;
        WorkerStore store(m_core->database());
        QJsonArray out;
        for (const WorkerRoute &r : store.routes()) {
            if (m_json) {
                out.append(QJsonObject{{QStringLiteral("agentId"), r.agentId}, {QStringLiteral("provider"), providerKey(r.provider)},
                                       {QStringLiteral("account"), r.account}, {QStringLiteral("repoUrl"), r.repoUrl},
                                       {QStringLiteral("allowedRepos"), QJsonArray::fromStringList(r.allowedRepos)},
                                       {QStringLiteral("branch"), r.branch}, {QStringLiteral("autoPr"), r.autoPr},
                                       {QStringLiteral("planApproval"), r.planApproval}});
            } else {
                m_out << QStringLiteral("%1 → %2/%3 %4%5\n")
                             .arg(r.agentId, providerKey(r.provider), r.account, r.repoUrl,
                                  r.allowedRepos.isEmpty() ? QString() : QStringLiteral(" (+ ") + r.allowedRepos.join(QStringLiteral(", ")) + QLatin1Char(')'));
            }
        }
        if (m_json)
            m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        else if (out.isEmpty() && store.routes().isEmpty())
            m_out << tr("No routes. `agentdeskctl worker route add --agent ID --provider P --account NAME --repo URL` adds one.") << '\n';
        return finish(0);
    }
    if (action == QLatin1String("remove")) {
        QCommandLineParser p;
        if (!parse(p, rest))
            return;
        if (p.positionalArguments().size() != 1)
            return fail(Error::usage(tr("worker route remove takes the agent id.")));
        if (!openCore())
            return;
        WorkerStore store(m_core->database());
        if (const Error e = store.removeRoute(p.positionalArguments().first()))
            return fail(e);
        m_out << tr("Route removed.") << Qt::endl;
        return finish(0);
    }
    fail(Error::usage(tr("worker route takes add, list or remove.")));
}

void Cli::workerWebhookKey(const QStringList &args)
{
    if (args.value(0) != QLatin1String("set"))
        return fail(Error::usage(tr("worker webhook-key takes \"set\" (the key is read from standard input).")));
    QCommandLineParser p;
    if (!parse(p, args.mid(1)) || !openCore())
        return;
    const Secret key(readStdinSecret());
    if (key.reveal().size() < 16)
        return fail(Error::validation(tr("The webhook key on standard input is missing or shorter than 16 characters.")));
    m_core->secrets().write(WorkerHost::webhookKeyName(), key, [this](const SecretResult &r) {
        if (!r.ok())
            return fail(Error::keychain(r.message));
        m_out << tr("Webhook key saved in the OS keychain.") << Qt::endl;
        finish(0);
    });
}

void Cli::workerForget(const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(p, args) || showHelpIfAsked(p, QStringLiteral("worker"), QStringLiteral("forget")) || !openCore())
        return;
    WorkerStore store(m_core->database());
    if (!store.openClaims().isEmpty())
        return fail(Error::validation(tr("The worker still holds claims; run it once more to finish or release them.")));
    for (const char *k : {"workerId", "agentId", "workerName", "runState", "runPid", "lastHeartbeat"})
        store.clearState(QString::fromLatin1(k));
    m_out << tr("Forgot the worker registration; the next `worker run` registers again.") << Qt::endl;
    finish(0);
}

} // namespace agentdesk
