#pragma once

#include "FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace agentdesk::fakes {

// Cursor Cloud Agents on loopback: v0 (/v0/agents, /conversation, /followup, /stop,
// DELETE, /repositories) and v1 per its OpenAPI spec (agents + runs, 201 answers,
// 409 agent_busy / run_not_cancellable, run SSE stream with ids, Last-Event-ID
// replay, 410 stream_expired). Basic auth with the key as user name. Strict where the
// real API is: a top-level autoCreatePr is refused (it belongs under target).
//
// Script: the first run works, then asks a question and finishes; a follow-up starts
// a new run that fixes the code and finishes with a PR (when auto PR was asked).
class FakeCursorServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeCursorServer(QString apiKey, QObject *parent = nullptr);

    bool start(quint16 port = 0);
    QUrl baseUrl() const { return m_http.baseUrl(); }
    FakeHttpServer &http() { return m_http; }

    void advance(const QString &agentId);
    void setAutoAdvance(int intervalMs);
    void dropStreams();                   // network drop: clients must resume
    void setStreamsExpired(bool expired); // 410 stream_expired
    // What the spec allows and a client must survive: a stream that stays open after
    // "done" (heartbeats until the client hangs up), and events that arrive split
    // across many small reads.
    void setStayOpenAfterDone(bool on) { m_stayOpen = on; }
    void setSplitWrites(bool on) { m_splitWrites = on; }
    // GET /v1/agents/{id}/usage answers 403 feature_unavailable (plans without it).
    void setUsageUnavailable(bool on) { m_usageUnavailable = on; }
    // The tokens the fake reports for an agent: what its runs' events "used" (each event
    // 1,000 input, 250 output, 100 cache write and 500 cache read tokens).
    qint64 totalTokens(const QString &agentId) const;
    int openStreams() const;
    // Streams asked for with a Last-Event-ID that is not one of the run's (answered 400).
    int invalidLastEventIds() const { return m_invalidLastEventIds; }
    // An agent started in Cursor's IDE or web app; its run advanced `steps` times.
    QString addAgentElsewhere(const QString &prompt, bool v1, int steps = 1);
    void archive(const QString &agentId); // v1: status ARCHIVED
    void forget(const QString &agentId);  // gone: 404 from now on
    QStringList agentIds() const { return m_agents.keys(); }
    QString runStatus(const QString &agentId) const;

private:
    struct Event {
        QString id;
        QString type;
        QJsonObject data;
    };
    struct Run {
        QString id;
        QString status = QStringLiteral("CREATING");
        QString prompt;
        QList<Event> events;
        int step = 0;
        QString created;
        QString updated;
    };
    struct Agent {
        bool v1 = true;
        QString name;
        QString repo;
        QString ref;
        bool autoPr = false;
        QList<Run> runs;
        QJsonArray conversation; // v0
        QString prUrl;
        bool stopped = false;
        bool archived = false;
    };

    FakeResponse handle(const FakeRequest &req);
    FakeResponse handleV0(const FakeRequest &req, const QString &rest);
    FakeResponse handleV1(const FakeRequest &req, const QString &rest);
    FakeResponse usage(const QString &agentId) const;
    FakeResponse stream(const FakeRequest &req, Agent &agent, Run &run);
    // limit/cursor paging over the agents of one API version, newest first.
    FakeResponse listAgents(const FakeRequest &req, bool v1);
    QJsonObject agentV0(const QString &id, const Agent &a) const;
    QJsonObject agentV1(const QString &id, const Agent &a) const;
    QJsonObject runJson(const QString &agentId, const Run &r) const;
    void emitEvent(Run &run, const QString &type, const QJsonObject &data);
    void setRunStatus(Run &run, const QString &status);
    void say(Agent &a, const QString &type, const QString &text);
    static FakeResponse error(int status, const QString &code, const QString &message);
    void send(QTcpSocket *socket, const QByteArray &bytes);
    void endStream(QTcpSocket *socket);

    FakeHttpServer m_http;
    QString m_key;
    QMap<QString, Agent> m_agents;
    QHash<QString, QList<QPointer<QTcpSocket>>> m_subscribers; // by run id
    QTimer m_auto;
    bool m_expired = false;
    bool m_stayOpen = false;
    bool m_usageUnavailable = false;
    bool m_splitWrites = false;
    int m_nextId = 1;
    int m_nextMessage = 1;
    int m_invalidLastEventIds = 0;
};

} // namespace agentdesk::fakes
