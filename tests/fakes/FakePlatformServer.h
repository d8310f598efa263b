#pragma once

#include "FakeHttpServer.h"
#include "base/Clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace agentdesk::fakes {

// The agent platform (docs/platform.md) on loopback with strict claim semantics: a claim is
// atomic (one active claim per session; others get 409), every call on a claimed
// session must carry the active claimId (else 409), leases expire (active -> stale, the
// old claim answers 409) and stale sessions are requeued on the next poll. Activities
// are idempotent by clientActivityId. It has its own OAuth endpoints under /app/auth
// (authorization code + PKCE S256, rotating refresh tokens) and accepts only the
// bearer tokens it issued.
class FakePlatformServer : public QObject
{
    Q_OBJECT
public:
    explicit FakePlatformServer(QObject *parent = nullptr);

    bool start(quint16 port = 0);
    QUrl baseUrl() const { return m_http.baseUrl(); }
    FakeHttpServer &http() { return m_http; }

    // The platform's own time (leases expire by it): a test moves it instead of sleeping.
    void setClock(const Clock &clock) { m_clock = &clock; }

    // A token the server accepts without a sign-in, for in-process tests.
    QString issueToken();

    QString addSession(const QString &agentId, const QString &prompt, const QJsonObject &untrustedContext = {},
                       const QString &targetRepository = {}, const QString &trustedInstructions = {});
    void cancel(const QString &sessionId);
    void addInput(const QString &sessionId, const QString &text);
    void rejectWorker(const QString &workerId) { m_rejectedWorkers.insert(workerId); }

    QJsonObject session(const QString &sessionId) const;
    QString state(const QString &sessionId) const { return m_sessions.value(sessionId).state; }
    QJsonArray activities(const QString &sessionId) const { return m_sessions.value(sessionId).activities; }
    int claimCount(const QString &sessionId) const { return m_sessions.value(sessionId).claims; }
    QStringList sessionIds() const { return m_sessions.keys(); }
    int heartbeats() const { return m_heartbeats; }
    QStringList workerIds() const { return m_workers.keys(); }
    // Calls refused because their claim was not the active one.
    int staleClaimCalls() const { return m_staleClaimCalls; }

private:
    struct Session {
        QJsonObject base; // prompt, context, target, ...
        QString agentId;
        QString state = QStringLiteral("queued");
        QString activeClaimId;
        QString claimWorker;
        qint64 leaseExpiresMs = 0;
        int leaseSeconds = 0;
        int claims = 0;
        QJsonArray activities;
        QMap<QString, QString> byClientId;
        QJsonArray inputs;
        QString summary, errorMessage, externalUrl;
        qint64 created = 0, updated = 0;
    };
    struct Worker {
        QString agentId, name;
        int concurrency = 1;
    };

    FakeResponse handle(const FakeRequest &req);
    FakeResponse handleAuth(const FakeRequest &req, const QString &rest);
    FakeResponse handleApi(const FakeRequest &req, const QString &rest);
    FakeResponse claimCall(const FakeRequest &req, const QString &sessionId, const QString &action);
    QJsonObject sessionJson(const QString &id) const;
    void expireLeases();
    static FakeResponse error(int status, const QString &message);

    FakeHttpServer m_http;
    const Clock *m_clock = &Clock::system();
    QMap<QString, Session> m_sessions;
    QMap<QString, Worker> m_workers;
    QSet<QString> m_rejectedWorkers;
    QSet<QString> m_tokens;
    QMap<QString, QString> m_refreshTokens;         // refresh token -> subject
    QMap<QString, QPair<QString, QString>> m_codes; // code -> (challenge, redirect_uri)
    int m_next = 1;
    int m_heartbeats = 0;
    int m_staleClaimCalls = 0;
};

} // namespace agentdesk::fakes
