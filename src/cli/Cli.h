#pragma once

#include "domain/Error.h"
#include "domain/ProviderId.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class QCommandLineParser;
class QTextStream;

namespace agentdesk {

class CoreContext;
struct Task;

// agentdeskctl: parses one command line, runs it asynchronously on the event loop and
// reports an exit code through finished(). Human-readable output by default, --json
// for scripts; errors go to stderr with the documented exit codes.
class Cli : public QObject
{
    Q_OBJECT
public:
    Cli(QStringList arguments, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~Cli() override;

    // Starts the command; finished() follows exactly once.
    void start();

    static QString usageText();

Q_SIGNALS:
    void finished(int exitCode);

private:
    using Handler = void (Cli::*)(const QStringList &args);
    struct Command {
        QString group;
        QString name;
        QString synopsis;
        QString summary;
        Handler handler;
    };
    static const QList<Command> &commands();

    bool parse(QCommandLineParser &parser, const QStringList &args);
    bool showHelpIfAsked(const QCommandLineParser &parser, const QString &group, const QString &name);
    bool openCore();
    void finish(int code);
    void fail(const Error &error);
    void printTask(const Task &task, bool json, bool withActivities);
    void noteExperimental(ProviderId provider);

    void accountAdd(const QStringList &args);
    void accountList(const QStringList &args);
    void accountRemove(const QStringList &args);
    void taskCreate(const QStringList &args);
    void taskList(const QStringList &args);
    void taskShow(const QStringList &args);
    void taskSync(const QStringList &args);
    void taskApprove(const QStringList &args);
    void taskMessage(const QStringList &args);
    void taskCancel(const QStringList &args);
    void taskDelete(const QStringList &args);
    void sourcesList(const QStringList &args);
    void platformLogin(const QStringList &args);
    void platformLogout(const QStringList &args);
    void platformStatus(const QStringList &args);
    void withPlatformLoaded(std::function<void()> then);
    // Worker commands (WorkerCommands.cpp).
    void workerRun(const QStringList &args);
    void workerStatus(const QStringList &args);
    void workerFollow();
    void auditList(const QStringList &args);
    // Records an operator action in the audit trail.
    void audit(const QString &action, const QString &target, const QString &detail, const Error &error = {});
    void workerRoute(const QStringList &args);
    void workerWebhookKey(const QStringList &args);
    void workerForget(const QStringList &args);
    QString readStdinSecret();

    QStringList m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dataDirOption;
    bool m_json = false;
    std::unique_ptr<CoreContext> m_core;
    bool m_finished = false;
};

} // namespace agentdesk
