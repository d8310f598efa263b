#include "Cli.h"

#include "CommandRun.h"
#include "domain/TaskValidation.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

namespace agentdesk {

const QList<Command> &Cli::commands()
{
    static const QList<Command> list = accountCommands() + taskCommands() + sourceCommands() + platformCommands()
                                       + auditCommands() + workerCommands() + dbCommands() + costCommands();
    return list;
}

QString Cli::nonUtf8Argument(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        const qsizetype bad = firstInvalidUtf8(arg);
        if (bad < 0)
            continue;
        const QString option = i > 1 && argv[i - 1][0] == '-' ? QString::fromUtf8(argv[i - 1]) : QString();
        return Cli::tr("The argument %1%2 is not UTF-8 text: the byte at offset %3 (0x%4) does not belong there. "
                       "Pass it as UTF-8 (a prompt can also come from a UTF-8 file with --prompt-file).")
            .arg(i)
            .arg(option.isEmpty() || firstInvalidUtf8(option.toUtf8()) >= 0 ? QString()
                                                                            : Cli::tr(" (after %1)").arg(option))
            .arg(bad)
            .arg(uint(uchar(arg.at(bad))), 2, 16, QLatin1Char('0'));
    }
    return {};
}

QString Cli::usageText()
{
    QString text = Cli::tr("Usage: agentdeskctl [--data-dir DIR] [--timeout SECONDS] COMMAND SUBCOMMAND [OPTIONS]\n\n"
                           "Console for cloud coding agents (Google Jules, Devin, Cursor Cloud Agents, OpenAI Codex "
                           "Cloud, GitHub Copilot).\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1 %2 %3\n      %4\n").arg(c.group, c.name, c.synopsis, c.summary);
    text +=
        Cli::tr("\nGlobal options:\n  --data-dir DIR   Keep data in DIR (or set AGENTDESK_DATA_DIR).\n"
                "  --timeout SECONDS  Give up on a provider or the platform after this long per request, "
                "retries included (default 60).\n"
                "  --help           Show this help; `agentdeskctl COMMAND --help` shows a command's help.\n"
                "  --version        Show the version.\n\n"
                "Exit codes: 0 ok, 2 usage or validation, 3 not found, 4 provider or network error, "
                "5 auth or keychain, 6 local storage (the database or the data directory), 7 refused by a budget, 130 "
                "stopped by Ctrl+C or "
                "SIGTERM (what was done is kept).\n");
    return text;
}

Cli::Cli(QStringList arguments, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_args(std::move(arguments)), m_out(out), m_err(err)
{ }

Cli::~Cli() = default; // the run (a child) goes with it, and its kept objects before its core

void Cli::end(int code)
{
    m_out.flush();
    m_err.flush();
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

void Cli::start()
{
    // Global options stand before the command words.
    QStringList rest = m_args.mid(1);
    QString dataDir;
    int timeoutSeconds = CommandRun::kDefaultTimeoutSeconds;
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString opt = rest.takeFirst();
        if (opt == QLatin1String("--version")) {
            m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
            return end(0);
        }
        if (opt == QLatin1String("--help")) {
            m_out << usageText();
            return end(0);
        }
        if (opt == QLatin1String("--data-dir") && !rest.isEmpty()) {
            dataDir = rest.takeFirst();
        } else if (opt.startsWith(QLatin1String("--data-dir="))) {
            dataDir = opt.mid(11);
        } else if (opt == QLatin1String("--timeout") || opt.startsWith(QLatin1String("--timeout="))) {
            const QString value = opt.contains(QLatin1Char('=')) ? opt.section(QLatin1Char('='), 1)
                                  : rest.isEmpty()               ? QString()
                                                                 : rest.takeFirst();
            bool ok = false;
            timeoutSeconds = value.toInt(&ok);
            if (!ok || timeoutSeconds < 1 || timeoutSeconds > 3600) {
                m_err << Cli::tr("error: ") << Cli::tr("--timeout takes a number of seconds from 1 to 3600.")
                      << Qt::endl;
                return end(2);
            }
        } else {
            m_err << Cli::tr("error: ") << Cli::tr("Unknown option %1. See `agentdeskctl --help`.").arg(opt)
                  << Qt::endl;
            return end(2);
        }
    }
    if (rest.isEmpty()) {
        m_err << usageText();
        return end(2);
    }
    const QString group = rest.takeFirst();
    bool groupKnown = false;
    for (const Command &c : commands())
        groupKnown |= c.group == group;
    if (!groupKnown) {
        m_err << Cli::tr("error: ") << Cli::tr("Unknown command \"%1\". See `agentdeskctl --help`.").arg(group)
              << Qt::endl;
        return end(2);
    }
    // A command that is a group of its own (`agentdeskctl cost …`) takes every word.
    for (const Command &c : commands()) {
        if (c.group == group && c.name.isEmpty()) {
            m_run = new CommandRun(c, dataDir, m_out, m_err, this);
            m_run->setTimeoutSeconds(timeoutSeconds);
            connect(m_run, &CommandRun::finished, this, &Cli::finished);
            c.run(*m_run, rest);
            return;
        }
    }
    if (rest.isEmpty() || rest.first().startsWith(QLatin1Char('-'))) {
        const bool help = rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"));
        QString text = Cli::tr("Usage: agentdeskctl %1 SUBCOMMAND\n\n").arg(group);
        for (const Command &c : commands())
            if (c.group == group)
                text += QStringLiteral("  %1 %2 %3\n      %4\n").arg(c.group, c.name, c.synopsis, c.summary);
        (help ? m_out : m_err) << text;
        return end(help ? 0 : 2);
    }
    const QString name = rest.takeFirst();
    for (const Command &c : commands()) {
        if (c.group == group && c.name == name) {
            m_run = new CommandRun(c, dataDir, m_out, m_err, this);
            m_run->setTimeoutSeconds(timeoutSeconds);
            connect(m_run, &CommandRun::finished, this, &Cli::finished);
            c.run(*m_run, rest);
            return;
        }
    }
    m_err << Cli::tr("error: ") << Cli::tr("Unknown command \"%1 %2\". See `agentdeskctl %1 --help`.").arg(group, name)
          << Qt::endl;
    end(2);
}

} // namespace agentdesk
