#include "CommandRun.h"
#include "Cli.h"

#include "TerminalText.h"
#include "app/CoreContext.h"
#include "domain/Task.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>
#include <termios.h>
#include <unistd.h>

namespace agentdesk {

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

namespace {
const QCommandLineOption kHelpOption({QStringLiteral("h"), QStringLiteral("help")},
                                     QStringLiteral("Show help for this command."));
const QCommandLineOption
    kDataDirOption(QStringLiteral("data-dir"),
                   QStringLiteral("Keep data in DIR (default: $AGENTDESK_DATA_DIR or the user's data directory)."),
                   QStringLiteral("DIR"));
} // namespace

const QCommandLineOption &CommandRun::jsonOption()
{
    static const QCommandLineOption option(QStringLiteral("json"), QStringLiteral("Print JSON for scripts."));
    return option;
}

CommandRun::CommandRun(const Command &command, QString dataDirOption, QTextStream &out, QTextStream &err,
                       QObject *parent)
    : QObject(parent), m_command(command), m_dataDirOption(std::move(dataDirOption)), m_out(out), m_err(err)
{ }

CommandRun::~CommandRun()
{
    // What uses the core goes first, newest first.
    while (!m_kept.empty())
        m_kept.pop_back();
}

bool CommandRun::parse(QCommandLineParser &parser, const QStringList &args)
{
    parser.addOption(kHelpOption);
    parser.addOption(kDataDirOption);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("agentdeskctl")} + args)) {
        fail(Error::usage(parser.errorText() + QLatin1Char('.')));
        return false;
    }
    if (parser.isSet(kDataDirOption))
        m_dataDirOption = parser.value(kDataDirOption);
    m_json = parser.optionNames().contains(QLatin1String("json")) && parser.isSet(QStringLiteral("json"));
    if (parser.isSet(kHelpOption)) {
        m_out << QStringLiteral("Usage: agentdeskctl %1 %2 %3\n\n%4\n\n%5")
                     .arg(m_command.group, m_command.name, m_command.synopsis, m_command.summary,
                          parser.helpText().section(QLatin1Char('\n'), 2));
        finish(0);
        return false;
    }
    return true;
}

bool CommandRun::expectArguments(const QCommandLineParser &parser, int count, const QString &what)
{
    if (parser.positionalArguments().size() == count)
        return true;
    fail(Error::usage(what));
    return false;
}

bool CommandRun::openCore()
{
    if (m_core)
        return true;
    CoreContext::Options options;
    options.paths = AppPaths::resolve(m_dataDirOption);
    options.actor = QStringLiteral("cli");
    m_core = std::make_unique<CoreContext>(std::move(options));
    if (const Error e = m_core->open()) {
        fail(e);
        return false;
    }
    RetryPolicy policy = m_core->http().retryPolicy();
    policy.deadlineMs = m_timeoutSeconds * 1000;
    policy.timeoutMs = std::min(policy.timeoutMs, policy.deadlineMs);
    m_core->http().setRetryPolicy(policy);
    return true;
}

void CommandRun::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

void CommandRun::fail(const Error &error)
{
    if (m_finished)
        return;
    m_err << Cli::tr("error: ") << terminal::lines(error.message) << Qt::endl;
    finish(exitCodeFor(error));
}

QString CommandRun::costText(const Task &task)
{
    if (!task.result.cost)
        return Cli::tr("not reported by %1").arg(providerDisplayName(task.provider));
    if (!m_prices)
        m_prices = core().ledger().prices();
    return describeCost(task.provider, *task.result.cost, *m_prices);
}

QJsonObject CommandRun::taskJson(const Task &task, bool withActivities)
{
    if (!m_prices)
        m_prices = core().ledger().prices();
    QJsonObject o = task.toJson(withActivities);
    o.insert(QStringLiteral("cost"), Ledger::costJson(task, *m_prices));
    return o;
}

QString CommandRun::pullRequestLine(const PullRequestStatus &pr)
{
    if (!pr.isKnown())
        return Cli::tr("  (not read from GitHub yet)");
    return Cli::tr("  %1, checks %2, review %3")
        .arg(prStateKey(pr.state), checksStateKey(pr.checks), reviewStateKey(pr.review));
}

void CommandRun::printTask(const Task &task, bool withActivities)
{
    using terminal::line;
    if (m_json) {
        m_out << QJsonDocument(taskJson(task, withActivities)).toJson(QJsonDocument::Indented);
        return;
    }
    m_out << task.id << "  " << providerDisplayName(task.provider) << "  " << statusDisplayName(task.status);
    if (!task.upstreamStatus.isEmpty())
        m_out << " (" << line(task.upstreamStatus) << ')';
    m_out << '\n';
    if (task.goneAt.isValid())
        m_out << Cli::tr("  GONE UPSTREAM since ") << localTime(task.goneAt) << '\n';
    if (task.attention.needsYou())
        m_out << Cli::tr("  NEEDS YOU: ") << line(task.attention.text()) << '\n';
    m_out << Cli::tr("  Title:    ") << line(task.displayTitle()) << '\n';
    m_out << Cli::tr("  Repo:     ") << line(task.source.repoUrl)
          << (task.source.branch.isEmpty() ? QString() : QStringLiteral(" @ ") + line(task.source.branch)) << '\n';
    if (!task.account.isEmpty())
        m_out << Cli::tr("  Account:  ") << task.account << '\n';
    m_out << Cli::tr("  Origin:   ")
          << (task.origin == TaskOrigin::Elsewhere ? Cli::tr("started elsewhere (adopted)") : Cli::tr("started here"))
          << (task.archived ? Cli::tr(", archived upstream") : QString())
          << (task.hidden ? Cli::tr(", hidden") : QString()) << '\n';
    if (!task.externalId.isEmpty())
        m_out << Cli::tr("  Upstream: ") << line(task.externalId)
              << (task.webUrl.isEmpty() ? QString() : QStringLiteral("  ") + line(task.webUrl)) << '\n';
    if (!task.result.prUrl.isEmpty())
        m_out << Cli::tr("  PR:       ") << line(task.result.prUrl) << pullRequestLine(task.pr) << '\n';
    for (const FailingCheck &f : task.pr.failing)
        m_out << Cli::tr("    failing: ") << line(f.name) << " (" << f.conclusion << ")  " << line(f.url) << '\n';
    if (!task.pr.problem.isEmpty())
        m_out << "    " << line(task.pr.problem) << '\n';
    if (!task.result.summary.isEmpty())
        m_out << Cli::tr("  Summary:  ") << line(task.result.summary) << '\n';
    if (!task.error.isEmpty())
        m_out << Cli::tr("  Error:    ") << line(task.error) << '\n';
    m_out << Cli::tr("  Cost:     ") << costText(task) << '\n';
    m_out << Cli::tr("  Created:  ") << localTime(task.createdAt) << Cli::tr("   Updated: ")
          << localTime(task.updatedAt) << '\n';
    if (withActivities) {
        m_out << Cli::tr("  Activities (%1):").arg(task.activities.size()) << '\n';
        for (const Activity &a : task.activities) {
            const QStringList text = terminal::lines(a.content).split(QLatin1Char('\n'));
            m_out << "    " << localTime(a.timestamp) << "  " << terminal::column(activityTypeKey(a.type), 12)
                  << text.value(0) << '\n';
            for (int i = 1; i < text.size(); ++i)
                m_out << QString(35, QLatin1Char(' ')) << text.at(i) << '\n';
        }
    }
}

void CommandRun::noteExperimental(ProviderId provider)
{
    if (m_core && m_core->taskService().capabilities(provider).experimental)
        m_err << Cli::tr("note: %1 support is experimental: it uses an unofficial API that may change.")
                     .arg(providerDisplayName(provider))
              << Qt::endl;
}

QString CommandRun::readSecret(const QString &prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        m_err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    QByteArray data;
    if (in.open(stdin, QIODevice::ReadOnly))
        data = tty ? in.readLine() : in.read(64 * 1024);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_err << Qt::endl;
    }
    return QString::fromUtf8(data).trimmed();
}

} // namespace agentdesk
