#pragma once

#include "FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTimer>

namespace agentdesk::fakes {

// The ChatGPT backend's Codex task endpoints as the Codex CLI reads them
// (docs/providers.md, Codex), under /backend-api/wham: Bearer token + ChatGPT-Account-Id,
// environments (listed and by repository), new_task / follow_up creates, task bundles
// with turns (epoch-second times), cancel and archive. Three environments: acme/widgets
// has one, acme/api has two (ambiguous), others none.
//
// Script: turn 1 works, then completes with a question; a follow-up adds turn 2, which
// completes with a diff and an external pull request.
class FakeCodexServer : public QObject
{
    Q_OBJECT
public:
    FakeCodexServer(QString token, QString accountId, QObject *parent = nullptr);

    bool start(quint16 port = 0);
    QUrl baseUrl() const; // http://127.0.0.1:PORT/backend-api
    FakeHttpServer &http() { return m_http; }

    void advance(const QString &taskId);
    void setAutoAdvance(int intervalMs);
    QStringList taskIds() const { return m_tasks.keys(); }
    bool archived(const QString &taskId) const { return m_tasks.value(taskId).archived; }
    // A task started from the Codex CLI or chatgpt.com; advanced `steps` times.
    QString addTaskElsewhere(const QString &prompt, int steps = 1);
    void archive(const QString &taskId) { m_tasks[taskId].archived = true; }
    void forget(const QString &taskId) { m_tasks.remove(taskId); }

private:
    struct Turn {
        QString userTurnId;
        QString id;
        QString prompt;
        QString status = QStringLiteral("pending");
        QJsonArray worklog;
        QJsonArray outputs;
        double created = 0;
        int step = 0;
    };
    struct CodexTask {
        QString environmentId;
        QString branch;
        QString title;
        QList<Turn> turns;
        QJsonArray prs;
        bool archived = false;
        int bestOf = 1;
        double created = 0;
        double updated = 0;
    };

    FakeResponse handle(const FakeRequest &req);
    QJsonObject bundle(const QString &id, const CodexTask &t) const;
    QJsonArray environmentsFor(const QString &repo) const;
    QJsonObject listItem(const QString &id, const CodexTask &t) const;
    FakeResponse listTasks(const FakeRequest &req) const;
    static FakeResponse error(int status, const QString &code, const QString &message);

    FakeHttpServer m_http;
    QString m_token;
    QString m_accountId;
    QJsonArray m_environments;
    QMap<QString, CodexTask> m_tasks;
    QTimer m_auto;
    int m_next = 1;
};

} // namespace agentdesk::fakes
