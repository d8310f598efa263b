#pragma once

#include "FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTimer>

namespace agentdesk::fakes {

// GitHub's agent tasks REST API (public preview, API version 2026-03-10) on loopback, as
// GitHub documents it: POST /agents/repos/{o}/{r}/tasks (201, no sessions),
// GET /agents/tasks and /agents/repos/{o}/{r}/tasks (an object {tasks, total_active_count,
// total_archived_count}; per_page, page, sort, direction, since, is_archived — archived
// tasks only when asked), GET /agents/tasks/{id} and /agents/repos/{o}/{r}/tasks/{id}
// (with sessions[]). Ids are numbers for people and repositories; the PR is an artifact
// {id, global_id} with no URL. Around it the GitHub REST the adapter leans on: /user,
// /user/repos, /repositories/{id}, /repos/{o}/{r}/pulls?head=&state=all.
//
// Strict where GitHub is: Bearer token (401 "Bad credentials"), a User-Agent (403
// without), an X-GitHub-Api-Version GitHub supports (400 otherwise), GitHub's error body
// {"message","documentation_url","status":"401"} with the status as a string, 422 with
// errors[] for a bad body, rate-limit headers on every answer, and on request a spent
// primary limit (403, remaining 0) or a secondary limit (403, "secondary rate limit",
// Retry-After). There is no follow-up, cancel, archive or delete endpoint.
//
// Script: queued -> in_progress (branch) -> [waiting_for_user] -> completed with a PR
// artifact when one was asked for, else idle.
class FakeCopilotServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeCopilotServer(QString token, QObject *parent = nullptr);

    bool start(quint16 port = 0);
    QUrl baseUrl() const { return m_http.baseUrl(); }
    FakeHttpServer &http() { return m_http; }

    void addRepository(const QString &fullName);
    void advance(const QString &taskId);
    void setAutoAdvance(int intervalMs);
    void setAskForInput(bool ask) { m_askForInput = ask; }
    // A task started somewhere else (github.com, VS Code): not through this API's caller.
    QString addTaskElsewhere(const QString &repo, const QString &prompt,
                             const QString &state = QStringLiteral("in_progress"));
    void archive(const QString &taskId);
    void forget(const QString &taskId); // gone: its GET answers 404
    // The next `count` requests answer a spent primary limit, or a secondary one.
    void spendRateLimit(int count, bool secondary, int retryAfterSeconds = 1);
    QString state(const QString &taskId) const { return m_tasks.value(taskId).state; }
    QStringList taskIds() const { return m_tasks.keys(); }
    int requestsWithoutUserAgent() const { return m_noUserAgent; }

private:
    struct Session {
        QString id, state, prompt, createdAt, updatedAt, completedAt, model;
    };
    struct Task {
        QString id, repo, name, state, createdAt, updatedAt, archivedAt, baseRef, headRef;
        bool createPr = false;
        qint64 pullId = 0;
        int pullNumber = 0;
        int step = 0;
        QList<Session> sessions;
    };

    FakeResponse handle(const FakeRequest &req);
    FakeResponse listTasks(const FakeRequest &req, const QString &repo);
    QJsonObject taskJson(const Task &t, bool withSessions) const;
    FakeResponse error(int status, const QString &message) const;
    void touch(Task &t);
    qint64 repositoryId(const QString &repo) const;

    FakeHttpServer m_http;
    QString m_token;
    QMap<QString, Task> m_tasks;
    QStringList m_repositories;
    QTimer m_auto;
    bool m_askForInput = false;
    int m_next = 1;
    int m_limitLeft = 0;
    bool m_limitSecondary = false;
    int m_retryAfter = 1;
    int m_noUserAgent = 0;
    qint64 m_clock = 0; // seconds; strictly increasing update times
};

} // namespace agentdesk::fakes
