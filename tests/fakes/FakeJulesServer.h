#pragma once

#include "FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTimer>

namespace agentdesk::fakes {

// A Jules v1alpha server (docs/providers.md, Jules) on loopback: sessions, paged activities
// (pageToken, default page 50, max 100, create_time filter), :approvePlan,
// :sendMessage, sources, DELETE; Google error envelopes; unknown extra fields in
// every answer; and the awkward parts on request: injected 429/5xx, a transient 404
// right after create.
//
// Sessions follow a script, one step per advance():
//   QUEUED -> PLANNING -> [planGenerated, AWAITING_PLAN_APPROVAL  (if requirePlanApproval)]
//   -> IN_PROGRESS + progress with shell output -> [agent question, AWAITING_USER_FEEDBACK
//   (if askForFeedback)] -> code change -> PR output (if AUTO_CREATE_PR) + sessionCompleted,
//   COMPLETED. Approval and feedback gates wait for :approvePlan / :sendMessage.
class FakeJulesServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeJulesServer(QString apiKey, QObject *parent = nullptr);

    bool start(quint16 port = 0);
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1alpha
    FakeHttpServer &http() { return m_http; }

    // A rotated key: from now on only this one is accepted.
    void setApiKey(const QString &key) { m_apiKey = key; }
    void addSource(const QString &owner, const QString &repo, const QString &defaultBranch = QStringLiteral("main"));
    void setAskForFeedback(bool ask) { m_askForFeedback = ask; }
    void setRefuseTimeFilter(bool refuse) { m_refuseTimeFilter = refuse; }
    void setTransientNotFoundAfterCreate(int count) { m_notFoundAfterCreate = count; }
    // The next `count` requests whose path contains `pathPart` answer `status`.
    void failNext(int count, int status, const QString &pathPart = {}, int retryAfterSeconds = -1)
    {
        m_http.failNext(count, status, pathPart, retryAfterSeconds);
    }
    void clearFaults() { m_http.clearFaults(); }
    void setAutoAdvance(int intervalMs); // advances every session on a timer

    void advance(const QString &sessionId);
    void advanceAll();
    // Many activities, for paging; `spacingMs` apart in the session's time (a history
    // that took a while, rather than a burst within one second).
    // A session started in the Jules web app, not through this API client; advanced
    // `steps` times. Listed by GET sessions (newest first), like every session.
    QString addSessionElsewhere(const QString &prompt, int steps = 1);
    void archive(const QString &sessionId); // listed only with filter=archived
    void forget(const QString &sessionId);  // gone: 404 from now on
    void addProgress(const QString &sessionId, int count, int spacingMs = 1);
    QString state(const QString &sessionId) const;
    QStringList sessionIds() const;
    int activityCount(const QString &sessionId) const;

private:
    struct Session {
        QJsonObject json;
        QJsonArray activities;
        int step = 0;
        int notFoundLeft = 0;
        bool approved = false;
        bool answered = false;
        int nextActivity = 1;
        bool archived = false;
    };

    FakeResponse handle(const FakeRequest &req);
    FakeResponse handleSessions(const FakeRequest &req, const QString &rest);
    FakeResponse listSources(const FakeRequest &req);
    FakeResponse listActivities(const FakeRequest &req, Session &s);
    FakeResponse listSessions(const FakeRequest &req);
    void addActivity(Session &s, const QJsonObject &member, const QString &memberName, const QJsonArray &artifacts = {},
                     const QString &originator = QStringLiteral("agent"));
    void setState(Session &s, const QString &state);
    static FakeResponse error(int code, const QString &status, const QString &message);
    static QJsonObject withExtras(QJsonObject o);

    FakeHttpServer m_http;
    QString m_apiKey;
    QJsonArray m_sources;
    QMap<QString, Session> m_sessions;
    QTimer m_autoAdvance;
    bool m_askForFeedback = false;
    bool m_refuseTimeFilter = false;
    int m_notFoundAfterCreate = 0;
    qint64 m_clockMs = 0;
};

} // namespace agentdesk::fakes
