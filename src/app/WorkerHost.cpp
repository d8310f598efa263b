#include "WorkerHost.h"

#include "TaskStack.h"
#include "auth/AccessTokenSource.h"
#include "auth/PlatformSession.h"
#include "base/Async.h"
#include "net/HttpClient.h"
#include "net/RequestBudget.h"
#include "platform/PlatformClient.h"
#include "providers/RequestLimits.h"
#include "secrets/ProfileSecretStore.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/WorkerStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QThread>
#include <utility>

namespace agentdesk {

// The worker thread's parts: named, not anonymous, since WorkerRuntime (declared in the
// header) holds them.
namespace workerthread {

// The worker thread's view of the one PlatformSession on the host's thread.
class ThreadedTokenSource : public AccessTokenSource
{
public:
    explicit ThreadedTokenSource(QPointer<PlatformSession> session) : m_session(std::move(session)) { }

    void accessToken(const QObject *context, TokenCallback done) override { ask(false, context, std::move(done)); }
    void refreshAfterUnauthorized(const QObject *context, TokenCallback done) override
    {
        ask(true, context, std::move(done));
    }

private:
    void ask(bool refresh, const QObject *context, TokenCallback done)
    {
        // The answer comes back to the caller's thread, and only while its context lives.
        QPointer<const QObject> guard(context);
        auto reply = [guard, done](const Secret &token, const Error &error) {
            if (const QObject *c = guard.data())
                QMetaObject::invokeMethod(
                    const_cast<QObject *>(c),
                    [guard, done, token, error] {
                        if (guard)
                            done(token, error);
                    },
                    Qt::QueuedConnection);
        };
        PlatformSession *session = m_session;
        if (!session) {
            reply({}, Error::auth(QObject::tr("The platform session is gone.")));
            return;
        }
        QMetaObject::invokeMethod(
            session,
            [session, refresh, reply] {
                if (refresh)
                    session->refreshAfterUnauthorized(session, reply);
                else
                    session->accessToken(session, reply);
            },
            Qt::QueuedConnection);
    }

    QPointer<PlatformSession> m_session;
};

// The worker thread's view of the keychain: every call runs on the host's thread.
// The keychain library delivers its answers through the main GLib context, so it is
// used from one thread only.
class ThreadedSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(agentdesk::workerthread::ThreadedSecretStore)
public:
    explicit ThreadedSecretStore(QPointer<SecretStore> main) : m_main(std::move(main)) { }

    void read(const QString &key, const QObject *context, SecretCallback done) override
    {
        forward(context, done, [key](SecretStore *s, SecretCallback reply) { s->read(key, s, reply); });
    }
    void write(const QString &key, const Secret &secret, const QObject *context, SecretCallback done) override
    {
        forward(context, done,
                [key, secret](SecretStore *s, SecretCallback reply) { s->write(key, secret, s, reply); });
    }
    void remove(const QString &key, const QObject *context, SecretCallback done) override
    {
        forward(context, done, [key](SecretStore *s, SecretCallback reply) { s->remove(key, s, reply); });
    }

private:
    void forward(const QObject *context, SecretCallback done, std::function<void(SecretStore *, SecretCallback)> call)
    {
        QPointer<const QObject> guard(context);
        SecretCallback reply = [guard, done](const SecretResult &r) {
            if (const QObject *c = guard.data())
                QMetaObject::invokeMethod(
                    const_cast<QObject *>(c),
                    [guard, done, r] {
                        if (guard)
                            done(r);
                    },
                    Qt::QueuedConnection);
        };
        SecretStore *main = m_main;
        if (!main) {
            SecretResult r;
            r.status = SecretResult::Unavailable;
            r.message = tr("The keychain is not available to the worker.");
            return reply(r);
        }
        QMetaObject::invokeMethod(
            main, [main, call, reply] { call(main, reply); }, Qt::QueuedConnection);
    }

    QPointer<SecretStore> m_main;
};

// What the worker thread builds for itself: its own database connection, network
// access manager and task stack, the worker's store and platform client — only what the
// worker uses. Members in dependency order.
struct WorkerContext {
    WorkerContext(const WorkerHost::Options &options, QPointer<SecretStore> keychain, AccessTokenSource &tokens,
                  const PlatformConfig &platform)
        : db(options.paths.databaseFile()), keychainView(std::move(keychain)),
          secrets(keychainView, options.keychainProfile), http(&nam), stack(db, secrets, http, Clock::system()),
          store(db), client(http, tokens, platform.platformUrl, platform.workspace)
    {
        // The process's budget when there is one (it is thread-safe): one pace per account
        // for the window and its worker.
        applyProviderLimits(budget);
        http.setBudget(options.budget ? options.budget.data() : &budget);
    }

    Database db;
    ThreadedSecretStore keychainView;
    ProfileSecretStore secrets;
    QNetworkAccessManager nam;
    RequestBudget budget; // when the process has none to share
    HttpClient http;
    TaskStack stack;
    WorkerStore store;
    PlatformClient client;
};

} // namespace workerthread

using workerthread::ThreadedTokenSource;
using workerthread::WorkerContext;

// Everything that lives on the worker thread, built there and destroyed there.
class WorkerRuntime : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(agentdesk::WorkerRuntime)
public:
    WorkerRuntime(const WorkerHost::Options &options, QPointer<PlatformSession> session, QPointer<SecretStore> keychain,
                  const PlatformConfig &platform, WorkerHost *host)
        : m_options(options), m_host(host), m_tokens(std::move(session)), m_keychain(std::move(keychain)),
          m_platform(platform)
    { }

    ~WorkerRuntime() override
    {
        // The receiver and the worker go before the context they use.
        m_receiver.reset();
        m_worker.reset();
        m_context.reset(); // its Database closes this thread's connection
    }

    void start()
    {
        // Built here, on the worker thread: its own network access manager and database connection.
        m_context = std::make_unique<WorkerContext>(m_options, m_keychain, m_tokens, m_platform);
        if (const Error e = m_context->db.open())
            return fail(e.message);
        m_worker =
            std::make_unique<Worker>(m_options.worker, m_context->client, m_context->store, m_context->stack.service);
        WorkerHost *host = m_host;
        connect(m_worker.get(), &Worker::stateChanged, host, &WorkerHost::stateChanged, Qt::QueuedConnection);
        // Lambdas with the host as context run on the host's thread.
        connect(m_worker.get(), &Worker::heartbeatSent, host, [host](const QDateTime &at) {
            host->mutableStatus().lastHeartbeat = at;
            Q_EMIT host->statusChanged();
        });
        connect(m_worker.get(), &Worker::claimsChanged, this, &WorkerRuntime::publishClaims);
        connect(m_worker.get(), &Worker::stateChanged, this, &WorkerRuntime::publishClaims);
        connect(m_worker.get(), &Worker::taskTouched, host, &WorkerHost::taskTouched, Qt::QueuedConnection);
        connect(m_worker.get(), &Worker::reported, host,
                [host](const QString &kind, const QString &sessionId, const QString &text) {
                    host->logEvent({QDateTime::currentDateTimeUtc(), kind, sessionId, text});
                });
        connect(m_worker.get(), &Worker::stopped, host, &WorkerHost::stopped, Qt::QueuedConnection);
        // Lease bookkeeping is per process; the state file tells `worker status` who runs.
        connect(m_worker.get(), &Worker::stateChanged, this, [this](Worker::State s) {
            if (const Error e = m_context->store.setState(QStringLiteral("runState"), Worker::stateKey(s)))
                qWarning().noquote() << e.message;
            if (const Error e = m_context->store.setState(QStringLiteral("runPid"),
                                                          QString::number(QCoreApplication::applicationPid())))
                qWarning().noquote() << e.message;
        });
        connect(m_worker.get(), &Worker::heartbeatSent, this, [this](const QDateTime &at) {
            if (const Error e = m_context->store.setState(QStringLiteral("lastHeartbeat"), at.toString(Qt::ISODate)))
                qWarning().noquote() << e.message;
        });
        if (!m_options.listen) {
            m_worker->start();
            return;
        }
        m_context->secrets.read(WorkerHost::webhookKeyName(), this, [this](const SecretResult &r) {
            if (!r.ok() && r.status != SecretResult::NotFound)
                return fail(tr("Cannot read the webhook key from the keychain: %1").arg(r.message));
            const bool loopback = m_options.listenAddress.isLoopback();
            if (!r.ok() && !loopback)
                return fail(tr("Listening on %1 needs a webhook key: run `agentdeskctl worker webhook-key set` first.")
                                .arg(m_options.listenAddress.toString()));
            m_receiver = std::make_unique<WebhookReceiver>(m_context->store);
            if (r.ok())
                m_receiver->setKey(r.secret);
            if (const Error e = m_receiver->listen(m_options.listenAddress, m_options.listenPort, m_options.tls))
                return fail(e.message);
            connect(m_receiver.get(), &WebhookReceiver::sessionQueued, m_worker.get(), &Worker::wake);
            connect(m_receiver.get(), &WebhookReceiver::sessionChanged, m_worker.get(), &Worker::sessionChanged);
            connect(m_receiver.get(), &WebhookReceiver::delivered, m_host,
                    [host = m_host](const QList<WebhookDelivery> &d, int more) { host->logDeliveries(d, more); });
            QMetaObject::invokeMethod(
                m_host, [host = m_host, port = m_receiver->port()] { Q_EMIT host->webhookListening(port); },
                Qt::QueuedConnection);
            if (!m_receiver->hasKey()) {
                // Said where the operator looks (the panel, `worker run`), not only in the log.
                const QString warning = tr("Webhooks are taken without a key: any program on this machine can wake the "
                                           "worker (it still only acts on what the platform says). Set a key with "
                                           "`agentdeskctl worker webhook-key set`.");
                QMetaObject::invokeMethod(
                    m_host,
                    [host = m_host, warning] {
                        host->logEvent({QDateTime::currentDateTimeUtc(), QStringLiteral("warning"), {}, warning});
                    },
                    Qt::QueuedConnection);
            }
            m_worker->start();
        });
    }

    void stop(bool handBack)
    {
        if (m_receiver)
            m_receiver.reset(); // no more wake-ups
        if (m_worker)
            m_worker->stop(handBack);
        else
            QMetaObject::invokeMethod(
                m_host, [host = m_host] { Q_EMIT host->stopped(); }, Qt::QueuedConnection);
    }

private:
    // Claims as the panel shows them: two queries, and what the worker already knows of
    // each provider task (never a read per claim).
    void publishClaims()
    {
        const Outcome<QList<ClaimRecord>> open = m_context->store.openClaims();
        const Outcome<QList<ClaimRecord>> recent = m_context->store.recentClaims(kEndedClaimsShown + 50);
        if (!open.ok() || !recent.ok())
            return;
        QList<ClaimRecord> all = open.value;
        int ended = 0;
        for (const ClaimRecord &c : recent.value)
            if (!c.isOpen() && ended++ < kEndedClaimsShown)
                all << c;
        QList<ClaimView> views;
        for (const ClaimRecord &c : std::as_const(all)) {
            ClaimView v;
            v.sessionId = c.sessionId;
            v.claimId = c.claimId;
            v.phase = ClaimRecord::phaseKey(c.phase);
            v.leaseExpiresAt = c.leaseExpiresAt;
            v.taskId = c.taskId;
            v.lastActivity = c.lastActivity;
            v.detail = c.detail;
            if (!c.taskId.isEmpty()) {
                const SessionMirror::TaskView t = m_worker->taskView(c.taskId);
                v.provider = t.provider;
                v.taskTitle = t.title;
                v.taskStatus = t.status;
            }
            views << v;
        }
        QMetaObject::invokeMethod(
            m_host, [host = m_host, views, id = m_worker->workerId()] { host->applyClaims(views, id); },
            Qt::QueuedConnection);
    }

    static constexpr int kEndedClaimsShown = 10;

    void fail(const QString &message)
    {
        QMetaObject::invokeMethod(
            m_host, [host = m_host, message] { Q_EMIT host->failed(message); }, Qt::QueuedConnection);
    }

    WorkerHost::Options m_options;
    WorkerHost *m_host;
    ThreadedTokenSource m_tokens;
    QPointer<SecretStore> m_keychain;
    PlatformConfig m_platform;
    // Declared in dependency order: members go in reverse, the receiver and worker first.
    std::unique_ptr<WorkerContext> m_context;
    std::unique_ptr<Worker> m_worker;
    std::unique_ptr<WebhookReceiver> m_receiver;
};

WorkerHost::WorkerHost(Options options, PlatformSession &session, SecretStore &keychain, QObject *parent)
    : WorkerMonitor(parent), m_options(std::move(options)), m_session(&session), m_secrets(&keychain),
      m_lock(m_options.paths)
{
    WorkerStatus initial;
    initial.agentId = m_options.worker.agentId;
    initial.name = m_options.worker.name;
    initial.pid = QCoreApplication::applicationPid();
    setStatus(initial);
    auto setState = [this](Worker::State s, const QString &m) {
        mutableStatus().state = s;
        mutableStatus().message = m;
        Q_EMIT statusChanged();
    };
    connect(this, &WorkerHost::stateChanged, this, setState);
    connect(this, &WorkerHost::failed, this, [setState](const QString &m) { setState(Worker::State::Failed, m); });
    connect(this, &WorkerHost::webhookListening, this, [this](quint16 port) {
        mutableStatus().webhookPort = port;
        Q_EMIT statusChanged();
    });
    connect(this, &WorkerHost::stopped, this, [this] {
        if (state() != Worker::State::Failed && state() != Worker::State::Rejected)
            mutableStatus().state = Worker::State::Stopped;
        mutableStatus().webhookPort = 0;
        Q_EMIT statusChanged();
        endThreadLater();
    });
}

WorkerHost::~WorkerHost()
{
    // Only here, as the window closes, does this thread wait for the worker's: what the
    // runtime owns must be deleted on the thread it lives on.
    if (!m_thread)
        return;
    if (m_runtime)
        endThreadLater();
    m_thread->wait();
    delete m_thread;
}

void WorkerHost::endThreadLater()
{
    // The runtime is deleted on its own thread, which then ends; the lock is released
    // once it has. Nothing here waits: a stopping worker never freezes the window.
    QObject *runtime = std::exchange(m_runtime, nullptr);
    QMetaObject::invokeMethod(
        runtime,
        [runtime] {
            delete runtime;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
}

void WorkerHost::threadEnded()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_lock.release();
    Q_EMIT statusChanged();
}

void WorkerHost::applyClaims(const QList<ClaimView> &claims, const QString &workerId)
{
    mutableStatus().claims = claims;
    if (!workerId.isEmpty())
        mutableStatus().workerId = workerId;
    Q_EMIT statusChanged();
}

bool WorkerHost::isRunning() const
{
    return m_thread != nullptr;
}

Error WorkerHost::start()
{
    if (m_thread && !m_runtime)
        return Error::validation(tr("The worker is still stopping; start it again in a moment."));
    if (m_thread)
        return {};
    if (!m_session)
        return Error::auth(tr("The platform session is gone."));
    if (const Error e = m_lock.acquire())
        return e;
    mutableStatus().state = Worker::State::Starting;
    mutableStatus().message.clear();
    Q_EMIT statusChanged();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("agentdesk-worker"));
    connect(m_thread, &QThread::finished, this, &WorkerHost::threadEnded);
    auto *runtime = new WorkerRuntime(m_options, m_session, m_secrets, m_session->config(), this);
    runtime->moveToThread(m_thread);
    m_runtime = runtime;
    m_thread->start();
    QMetaObject::invokeMethod(
        runtime, [runtime] { runtime->start(); }, Qt::QueuedConnection);
    return {};
}

void WorkerHost::stop(bool handBack)
{
    if (!m_runtime)
        return;
    auto *runtime = static_cast<WorkerRuntime *>(m_runtime);
    QMetaObject::invokeMethod(
        runtime, [runtime, handBack] { runtime->stop(handBack); }, Qt::QueuedConnection);
}

} // namespace agentdesk
