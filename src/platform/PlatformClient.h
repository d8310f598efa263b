#pragma once

#include "PlatformTypes.h"
#include "domain/Error.h"
#include "domain/Outcome.h"

#include <QObject>
#include <functional>

namespace agentdesk {

class AccessTokenSource;
class HttpClient;

// The agent platform's worker API (docs/platform.md, REST endpoints). Every path and
// field name the docs leave to us lives in the one route table in PlatformClient.cpp,
// so adopting the real ones later is a change to that file only. Calls carry a bearer
// token from the signed-in user; a 401 refreshes once and retries once. Every call
// names its context: nothing is delivered, and its request is aborted, once it is gone.
class PlatformClient : public QObject
{
    Q_OBJECT
public:
    PlatformClient(HttpClient &http, AccessTokenSource &tokens, QUrl platformUrl, QString workspace,
                   QObject *parent = nullptr);

    QUrl apiBase() const;

    struct WorkerSpec {
        QString agentId;
        QString name;
        int concurrency = 1;
        QStringList capabilities;
        QStringList policy;
    };
    void registerWorker(const WorkerSpec &spec, const QObject *context, Callback<WorkerRegistration> done);
    // The saved worker still exists (404/410: rejected).
    void checkWorker(const QString &workerId, const QObject *context, Callback<QJsonObject> done);
    // Answers the heartbeat interval the platform asks for.
    void heartbeat(const QString &workerId, const QString &status, const QStringList &activeSessionIds, int capacity,
                   const QObject *context, Callback<int> done);
    void pollSessions(const QString &workerId, int limit, const QObject *context,
                      Callback<QList<PlatformSessionInfo>> done);
    void fetchSession(const QString &sessionId, const QObject *context, Callback<PlatformSessionInfo> done);
    void claim(const QString &sessionId, const QString &workerId, int leaseSeconds, const QObject *context,
               Callback<ClaimGrant> done);
    void renewLease(const QString &sessionId, const QString &claimId, int leaseSeconds, const QObject *context,
                    Callback<QDateTime> done);
    void postActivity(const QString &sessionId, const QString &claimId, const SessionActivity &activity,
                      const QObject *context, Callback<QString> done);
    void complete(const QString &sessionId, const QString &claimId, const QString &summary, const QString &externalUrl,
                  const QObject *context, Callback<PlatformSessionInfo> done);
    void fail(const QString &sessionId, const QString &claimId, const QString &errorMessage, bool retryable,
              const QObject *context, Callback<PlatformSessionInfo> done);
    void release(const QString &sessionId, const QString &claimId, const QString &reason, const QObject *context,
                 Callback<PlatformSessionInfo> done);

    // 409 on a claimed session's call: the claim is not (or no longer) this worker's.
    static bool isClaimConflict(const Error &e) { return e.httpStatus == 409; }
    // 404/410 on the worker: the platform rejected the saved worker.
    static bool isRejectedWorker(const Error &e) { return e.httpStatus == 404 || e.httpStatus == 410; }

private:
    enum class Op;
    void call(Op op, const QHash<QString, QString> &args, const QJsonObject &body, const QObject *context,
              Callback<QJsonObject> done, bool afterRefresh = false);

    HttpClient &m_http;
    AccessTokenSource &m_tokens;
    QUrl m_platformUrl;
    QString m_workspace;
};

} // namespace agentdesk
