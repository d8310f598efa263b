#pragma once

#include "providers/ProviderAdapter.h"

namespace agentdesk {

class CursorRunStream;

// Cursor Cloud Agents (docs/providers.md, Cursor): v1 (durable agents with runs; a
// follow-up is a new run, also after the agent finished; cancel = cancel the run; live
// events from the run's SSE stream, resumed with Last-Event-ID, falling back to polling
// when the stream is unavailable) and v0 (agents, /conversation, /followup which also
// restarts a finished agent, /stop, DELETE). Basic auth, key as user name.
class CursorAdapter : public ProviderAdapter
{
    Q_OBJECT
public:
    explicit CursorAdapter(HttpClient &http, QObject *parent = nullptr);
    ~CursorAdapter() override;

    ProviderId id() const override { return ProviderId::CursorCloud; }
    Capabilities capabilities() const override;
    QString unsupportedReason(Operation op) const override;

    void create(const Credentials &c, const NewTask &input, const QObject *context, Callback<RemoteTask> done) override;
    void fetch(const Credentials &c, const SyncCursor &cursor, const QObject *context,
               Callback<RemoteTask> done) override;
    void sendMessage(const Credentials &c, const Task &task, const QString &text, const QObject *context,
                     Callback<RemoteTask> done) override;
    void cancel(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done) override;
    void remove(const Credentials &c, const Task &task, const QObject *context, Callback<Done> done) override;
    void listSources(const Credentials &c, const QObject *context, Callback<QList<SourceInfo>> done) override;
    void listTasks(const Credentials &c, const ListQuery &query, const QObject *context,
                   Callback<RemotePage> done) override;
    void checkKey(const Credentials &c, const QObject *context, Callback<KeyCheck> done) override;

    int openStreamCount() const;
    // How long a fetch of a running run waits for the stream's backlog to stop arriving,
    // and the most it waits for any run. For tests.
    void setStreamWaits(int quietMs, int capMs);
    void setStreamIdleTimeout(int ms) { m_streamIdleMs = ms; }

protected:
    QUrl defaultBaseUrl(const Credentials &c) const override;
    QString apiPrefix(const Credentials &c) const override;
    void authorize(HttpRequest &request, const Credentials &c) const override;
    QStringList supportedProviderOptions(const Credentials &c) const override;
    bool supportsEnvironment(const Credentials &c) const override;

private:
    void fetchV0(const Credentials &c, const SyncCursor &cursor, const QObject *context, Callback<RemoteTask> done);
    void fetchV1(const Credentials &c, const SyncCursor &cursor, const QObject *context, Callback<RemoteTask> done);
    void withUsage(const Credentials &c, const QString &agentId, const QObject *context, Callback<RemoteTask> done,
                   const Outcome<RemoteTask> &fetched);
    CursorRunStream *ensureStream(const Credentials &c, const QString &agentId, const QString &runId,
                                  const QString &lastEventId);
    void retireStream(CursorRunStream *s);
    void dropStream(CursorRunStream *s);
    void onStreamEvent(CursorRunStream *s, const QString &id, const QString &type, const QByteArray &data);
    void onStreamEnded(CursorRunStream *s, int status, const HttpError &error);
    static Error explainConflict(const Error &e);

    QHash<QString, CursorRunStream *> m_streams; // by run id; children of this adapter
    int m_quietMs = 400;
    int m_capMs = 10000;
    int m_streamIdleMs = 60000;
};

} // namespace agentdesk
