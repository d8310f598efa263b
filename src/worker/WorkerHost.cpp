#include "WorkerHost.h"

#include "app/CoreContext.h"
#include "auth/AccessTokenSource.h"
#include "auth/PlatformSession.h"
#include "platform/PlatformClient.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/TaskStore.h"
#include "storage/WorkerStore.h"

#include <QCoreApplication>
#include <QThread>

namespace agentdesk {

namespace {

// The worker thread's view of the one PlatformSession on the host's thread.
class ThreadedTokenSource : public AccessTokenSource
{
public:
    ThreadedTokenSource(QPointer<PlatformSession> session, QObject *context) : m_session(std::move(session)), m_context(context) {}

    void accessToken(TokenCallback done) override { ask(false, std::move(done)); }
    void refreshAfterUnauthorized(TokenCallback done) override { ask(true, std::move(done)); }

private:
    void ask(bool refresh, TokenCallback done)
    {
        QPointer<QObject> context(m_context);
        auto reply = [context, done](const Secret &token, const Error &error) {
            if (context)
                QMetaObject::invokeMethod(context, [done, token, error] { done(token, error); }, Qt::QueuedConnection);
        };
        PlatformSession *session = m_session;
        if (!session) {
            done({}, Error::auth(QObject::tr("The platform session is gone.")));
            return;
        }
        QMetaObject::invokeMethod(session, [session, refresh, reply] {
            if (refresh)
                session->refreshAfterUnauthorized(reply);
            else
                session->accessToken(reply);
        }, Qt::QueuedConnection);
    }

    QPointer<PlatformSession> m_session;
    QObject *m_context;
};

// The worker thread's view of the keychain: every call runs on the host's thread.
// The keychain library delivers its answers through the main GLib context, so it is
// used from one thread only.
class ThreadedSecretStore : public SecretStore
{
public:
    explicit ThreadedSecretStore(QPointer<SecretStore> main) : m_main(std::move(main)) {}

    void read(const QString &key, SecretCallback done) override
    {
        forward(done, [key](SecretStore *s, SecretCallback reply) { s->read(key, reply); });
    }
    void write(const QString &key, const Secret &secret, SecretCallback done) override
    {
        forward(done, [key, secret](SecretStore *s, SecretCallback reply) { s->write(key, secret, reply); });
    }
    void remove(const QString &key, SecretCallback done) override
    {
        forward(done, [key](SecretStore *s, SecretCallback reply) { s->remove(key, reply); });
    }

private:
    void forward(SecretCallback done, std::function<void(SecretStore *, SecretCallback)> call)
    {
        QPointer<QObject> self(this);
        SecretCallback reply = [self, done](const SecretResult &r) {
            if (self)
                QMetaObject::invokeMethod(self, [done, r] { done(r); }, Qt::QueuedConnection);
        };
        SecretStore *main = m_main;
        if (!main) {
            SecretResult r;
            r.status = SecretResult::Unavailable;
            r.message = tr("The keychain is not available to the worker.");
            return done(r);
        }
        QMetaObject::invokeMethod(main, [main, call, reply] { call(main, reply); }, Qt::QueuedConnection);
    }

    QPointer<SecretStore> m_main;
};

} // namespace

// Everything that lives on the worker thread, built there and destroyed there.
class WorkerRuntime : public QObject
{
public:
    WorkerRuntime(const WorkerHost::Options &options, QPointer<PlatformSession> session, QPointer<SecretStore> secrets,
                  const PlatformConfig &platform, WorkerHost *host)
        : m_options(options), m_host(host), m_tokens(std::move(session), this), m_mainSecrets(std::move(secrets))
    {
        m_platformUrl = platform.platformUrl;
        m_workspace = platform.workspace;
    }

    void start()
    {
        // Built here, on the worker thread: its own network access manager and database connection.
        CoreContext::Options o;
        o.paths = m_options.paths;
        o.keychainService = m_options.keychainService;
        o.secretStore = std::make_unique<ThreadedSecretStore>(m_mainSecrets);
        m_core = std::make_unique<CoreContext>(std::move(o));
        if (const Error e = m_core->open())
            return fail(e.message);
        m_store = std::make_unique<WorkerStore>(m_core->database());
        m_client = std::make_unique<PlatformClient>(m_core->http(), m_tokens, m_platformUrl, m_workspace);
        m_worker = std::make_unique<Worker>(m_options.worker, *m_client, *m_store, m_core->taskService());
        WorkerHost *host = m_host;
        connect(m_worker.get(), &Worker::stateChanged, host, &WorkerHost::stateChanged, Qt::QueuedConnection);
        // Lambdas with the host as context run on the host's thread.
        connect(m_worker.get(), &Worker::heartbeatSent, host, [host](const QDateTime &at) {
            host->mutableStatus().lastHeartbeat = at;
            Q_EMIT host->statusChanged();
        });
        connect(m_worker.get(), &Worker::claimsChanged, this, &WorkerRuntime::publishClaims);
        connect(m_worker.get(), &Worker::stateChanged, this, &WorkerRuntime::publishClaims);
        connect(m_worker.get(), &Worker::taskTouched, this, &WorkerRuntime::publishClaims);   // the task's status shows too
        connect(m_worker.get(), &Worker::taskTouched, host, &WorkerHost::taskTouched, Qt::QueuedConnection);
        connect(m_worker.get(), &Worker::event, host, [host](const QString &kind, const QString &sessionId, const QString &text) {
            host->logEvent({QDateTime::currentDateTimeUtc(), kind, sessionId, text});
        });
        connect(m_worker.get(), &Worker::stopped, host, &WorkerHost::stopped, Qt::QueuedConnection);
        // Lease bookkeeping is per process; the state file tells `worker status` who runs.
        connect(m_worker.get(), &Worker::stateChanged, this, [this](Worker::State s) {
            m_store->setState(QStringLiteral("runState"), Worker::stateKey(s));
            m_store->setState(QStringLiteral("runPid"), QString::number(QCoreApplication::applicationPid()));
        });
        connect(m_worker.get(), &Worker::heartbeatSent, this, [this](const QDateTime &at) {
            m_store->setState(QStringLiteral("lastHeartbeat"), at.toString(Qt::ISODate));
        });
        if (!m_options.listen) {
            m_worker->start();
            return;
        }
        m_core->secrets().read(WorkerHost::webhookKeyName(), [this](const SecretResult &r) {
            if (!r.ok() && r.status != SecretResult::NotFound)
                return fail(tr("Cannot read the webhook key from the keychain: %1").arg(r.message));
            const bool loopback = m_options.listenAddress.isLoopback();
            if (!r.ok() && !loopback)
                return fail(tr("Listening on %1 needs a webhook key: run `agentdeskctl worker webhook-key set` first.")
                                .arg(m_options.listenAddress.toString()));
            m_receiver = std::make_unique<WebhookReceiver>(*m_store);
            if (r.ok())
                m_receiver->setKey(r.secret);
            if (const Error e = m_receiver->listen(m_options.listenAddress, m_options.listenPort, m_options.tls))
                return fail(e.message);
            connect(m_receiver.get(), &WebhookReceiver::sessionQueued, m_worker.get(), &Worker::wake);
            connect(m_receiver.get(), &WebhookReceiver::sessionChanged, m_worker.get(), &Worker::sessionChanged);
            connect(m_receiver.get(), &WebhookReceiver::delivered, m_host, [host = m_host](const WebhookDelivery &d) { host->logDelivery(d); });
            QMetaObject::invokeMethod(m_host, [host = m_host, port = m_receiver->port()] { Q_EMIT host->webhookListening(port); },
                                      Qt::QueuedConnection);
            m_worker->start();
        });
    }

    void stop(bool handBack)
    {
        if (m_receiver)
            m_receiver.reset();   // no more wake-ups
        if (m_worker)
            m_worker->stop(handBack);
        else
            QMetaObject::invokeMethod(m_host, [host = m_host] { Q_EMIT host->stopped(); }, Qt::QueuedConnection);
    }

private:
    // Claims as the panel shows them, read here where the worker's database connection is.
    void publishClaims()
    {
        QList<ClaimView> views;
        const QList<ClaimRecord> open = m_store->openClaims();
        QList<ClaimRecord> all = open;
        for (const ClaimRecord &c : m_store->recentClaims(kEndedClaimsShown + int(open.size())))
            if (c.phase == ClaimRecord::Phase::Ended || c.phase == ClaimRecord::Phase::Lost)
                all << c;
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
                if (const std::optional<Task> t = m_core->tasks().task(c.taskId)) {
                    v.provider = providerKey(t->provider);
                    v.taskTitle = t->title;
                    v.taskStatus = statusKey(t->status);
                }
            }
            views << v;
            if (views.size() >= kEndedClaimsShown + open.size())
                break;
        }
        QMetaObject::invokeMethod(m_host, [host = m_host, views, id = m_worker->workerId()] { host->applyClaims(views, id); },
                                  Qt::QueuedConnection);
    }

    static constexpr int kEndedClaimsShown = 10;

    void fail(const QString &message)
    {
        QMetaObject::invokeMethod(m_host, [host = m_host, message] { Q_EMIT host->failed(message); }, Qt::QueuedConnection);
    }

    WorkerHost::Options m_options;
    WorkerHost *m_host;
    ThreadedTokenSource m_tokens;
    QPointer<SecretStore> m_mainSecrets;
    QUrl m_platformUrl;
    QString m_workspace;
    // Declared in dependency order: members go in reverse, the receiver and worker first.
    std::unique_ptr<CoreContext> m_core;
    std::unique_ptr<WorkerStore> m_store;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<Worker> m_worker;
    std::unique_ptr<WebhookReceiver> m_receiver;
};

WorkerHost::WorkerHost(Options options, PlatformSession &session, SecretStore &secrets, QObject *parent)
    : WorkerMonitor(parent), m_options(std::move(options)), m_session(&session), m_secrets(&secrets)
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
        if (m_thread) {
            QMetaObject::invokeMethod(m_runtime, [rt = m_runtime] { delete rt; }, Qt::BlockingQueuedConnection);
            m_runtime = nullptr;
            m_thread->quit();
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
        }
    });
}

WorkerHost::~WorkerHost()
{
    if (m_thread) {
        QMetaObject::invokeMethod(m_runtime, [rt = m_runtime] { delete rt; }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
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

void WorkerHost::start()
{
    if (m_thread || !m_session)
        return;
    mutableStatus().state = Worker::State::Starting;
    mutableStatus().message.clear();
    Q_EMIT statusChanged();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("agentdesk-worker"));
    auto *runtime = new WorkerRuntime(m_options, m_session, m_secrets, m_session->config(), this);
    runtime->moveToThread(m_thread);
    m_runtime = runtime;
    m_thread->start();
    QMetaObject::invokeMethod(runtime, [runtime] { runtime->start(); }, Qt::QueuedConnection);
}

void WorkerHost::stop(bool handBack)
{
    if (!m_thread)
        return;
    auto *runtime = static_cast<WorkerRuntime *>(m_runtime);
    QMetaObject::invokeMethod(runtime, [runtime, handBack] { runtime->stop(handBack); }, Qt::QueuedConnection);
}

} // namespace agentdesk
