#pragma once

#include "Command.h"
#include "config/AppPaths.h"
#include "domain/Budget.h"
#include "domain/Error.h"
#include "domain/ProviderId.h"
#include "domain/PullRequest.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QObject>
#include <memory>
#include <optional>
#include <vector>

class QCommandLineParser;
class QTextStream;

namespace agentdesk {

class CoreContext;
struct Task;

// One run of agentdeskctl: its output streams, its data directory and core (opened on
// demand), and the way it ends (finished() exactly once, with one of the documented exit
// codes). Commands share its steps — parse with help, check the arguments, open the data,
// print a task — and use it as the context of every asynchronous call.
class CommandRun : public QObject
{
    Q_OBJECT
public:
    CommandRun(const Command &command, QString dataDirOption, QTextStream &out, QTextStream &err,
               QObject *parent = nullptr);
    ~CommandRun() override;

    // How long an operator waits for one provider or platform request, retries included:
    // a provider that drips its answer is given up on with a message naming its host.
    static constexpr int kDefaultTimeoutSeconds = 60;
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }

    const Command &command() const { return m_command; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool json() const { return m_json; }
    // Where this run keeps its data (--data-dir, $AGENTDESK_DATA_DIR or the default).
    AppPaths paths() const { return AppPaths::resolve(m_dataDirOption); }

    // Parses the command's options (help and --data-dir are added here). False when the
    // run is over: a parse error (exit 2) or --help (printed, exit 0).
    bool parse(QCommandLineParser &parser, const QStringList &args);
    // Exactly `count` positional arguments, else a usage error that shows `what`.
    bool expectArguments(const QCommandLineParser &parser, int count, const QString &what);
    // Opens the data directory; false (after saying why) when it cannot be used.
    bool openCore();
    CoreContext &core() { return *m_core; }
    // Objects that live as long as the run and must go before the core they use
    // (a worker host, a feed server): destroyed first, in reverse order of keeping.
    template <typename T>
    T *keep(std::unique_ptr<T> object)
    {
        T *raw = object.get();
        m_kept.push_back(std::move(object));
        return raw;
    }

    void finish(int code);
    void fail(const Error &error);
    bool isFinished() const { return m_finished; }

    // The pull request after its address: "  open, checks failure, review none".
    static QString pullRequestLine(const PullRequestStatus &pr);
    void printTask(const Task &task, bool withActivities);
    // A task as the JSON output carries it: with its cost priced ("cost": {amount, unit,
    // usd, exact} or null).
    QJsonObject taskJson(const Task &task, bool withActivities);
    QString costText(const Task &task);
    void noteExperimental(ProviderId provider);
    // A secret from standard input; from a terminal, without echo.
    QString readSecret(const QString &prompt);

    static const QCommandLineOption &jsonOption();

Q_SIGNALS:
    void finished(int exitCode);

private:
    const Command &m_command;
    QString m_dataDirOption;
    int m_timeoutSeconds = kDefaultTimeoutSeconds;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    std::optional<QList<Price>> m_prices; // read once per command
    bool m_finished = false;
    std::unique_ptr<CoreContext> m_core;
    std::vector<std::unique_ptr<QObject>> m_kept; // declared after the core: destroyed before it
};

// Common words for the table's help texts and messages.
QString localTime(const class QDateTime &time);

} // namespace agentdesk
