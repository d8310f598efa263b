#pragma once

#include "providers/ProviderAdapter.h"

namespace agentdesk {

class SseStream;

// Cursor Cloud Agents (providers.md §5): v1 (durable agents with runs; follow-up = a
// new run; cancel = cancel the run; live events from the run's SSE stream, resumed with
// Last-Event-ID, falling back to polling when the stream is unavailable) and v0
// (agents, /conversation, /followup, /stop, DELETE). Basic auth, key as user name.
class CursorAdapter : public ProviderAdapter
{
    Q_OBJECT
public:
    explicit CursorAdapter(HttpClient &http, QObject *parent = nullptr);
    ~CursorAdapter() override;

    ProviderId id() const override { return ProviderId::CursorCloud; }
    Capabilities capabilities() const override;
    QString unsupportedReason(Operation op) const override;

    void create(const Credentials &c, const NewTask &input, Callback<RemoteTask> done) override;
    void fetch(const Credentials &c, const SyncCursor &cursor, Callback<RemoteTask> done) override;
    void sendMessage(const Credentials &c, const Task &task, const QString &text, Callback<RemoteTask> done) override;
    void cancel(const Credentials &c, const Task &task, Callback<Done> done) override;
    void remove(const Credentials &c, const Task &task, Callback<Done> done) override;
    void listSources(const Credentials &c, Callback<QList<SourceInfo>> done) override;

    int openStreamCount() const;

protected:
    QUrl defaultBaseUrl(const Credentials &c) const override;
    void authorize(HttpRequest &request, const Credentials &c) const override;
    QStringList supportedProviderOptions(const Credentials &c) const override;
    bool supportsEnvironment(const Credentials &c) const override;

private:
    struct RunStream;
    void fetchV0(const Credentials &c, const SyncCursor &cursor, Callback<RemoteTask> done);
    void fetchV1(const Credentials &c, const SyncCursor &cursor, Callback<RemoteTask> done);
    RunStream *ensureStream(const Credentials &c, const QString &agentId, const QString &runId, const QString &lastEventId);
    void onStreamEnded(RunStream *s, int status, const HttpError &error);
    void drain(RunStream *s, RemoteTask &task, bool runEnded);
    static Error explainConflict(const Error &e);

    QHash<QString, RunStream *> m_streams;   // by run id
};

} // namespace agentdesk
