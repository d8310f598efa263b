#pragma once

#include "FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTimer>

namespace agentdesk::fakes {

// Devin's API on loopback (docs/providers.md, Devin): v1 under /v1 (apk_ keys; create answers
// {session_id, url, is_new_session}; messages[] inside the session; POST .../message
// with {message} — {content} is refused as FastAPI would; DELETE terminates) and v3
// under /v3/organizations/{org} (cog_ keys; GET /v3/self; status + status_detail;
// /messages paged with first/after; epoch times). Unknown fields in every answer.
//
// Script per session, one step per advance(): new -> working (+ "On it") ->
// blocked / waiting_for_user (+ a question; waits for a message) -> PR opened (+ message)
// -> finished. A terminated session reads as expired (v1) or exit (v3).
class FakeDevinServer : public QObject
{
    Q_OBJECT
public:
    FakeDevinServer(QString v1Key, QString v3Key, QObject *parent = nullptr);

    bool start(quint16 port = 0);
    QUrl baseUrl() const { return m_http.baseUrl(); }
    FakeHttpServer &http() { return m_http; }
    static QString orgId() { return QStringLiteral("org-fake"); }

    void advance(const QString &sessionId);
    void setAutoAdvance(int intervalMs);
    void addMessages(const QString &sessionId, int count); // for paging
    // A session started in Devin's web app or Slack, not through this API client.
    QString addSessionElsewhere(const QString &prompt, int steps = 1);
    void forget(const QString &sessionId); // gone: 404 from now on
    QStringList sessionIds() const { return m_sessions.keys(); }
    bool terminated(const QString &sessionId) const { return m_sessions.value(sessionId).terminated; }
    // What the session has used so far, as its acus_consumed says (1.5 ACU per step).
    double acusConsumed(const QString &sessionId) const { return 1.5 * m_sessions.value(sessionId).step; }

private:
    struct Session {
        bool v3 = false;
        QString title;
        QString prompt;
        QJsonArray repos;
        int step = 0;
        bool terminated = false;
        QString prUrl;
        QJsonArray messages; // v1-shaped; v3 answers are derived
        qint64 created = 0;
        qint64 updated = 0;
    };

    FakeResponse handle(const FakeRequest &req);
    FakeResponse handleV1(const FakeRequest &req, const QString &rest);
    FakeResponse handleV3(const FakeRequest &req, const QString &rest);
    QJsonObject v1Session(const QString &id, const Session &s) const;
    QJsonObject v3Session(const QString &id, const Session &s) const;
    QStringList newestFirst() const;
    void say(Session &s, const QString &type, const QString &text);
    QString v1Status(const Session &s) const;
    QPair<QString, QString> v3Status(const Session &s) const;

    FakeHttpServer m_http;
    QString m_v1Key;
    QString m_v3Key;
    QMap<QString, Session> m_sessions;
    QTimer m_auto;
    int m_nextId = 1;
    qint64 m_lastCreated = 0;
    int m_nextEvent = 1;
};

} // namespace agentdesk::fakes
