#pragma once

#include "Command.h"

#include <QObject>
#include <QStringList>

class QTextStream;

namespace agentdesk {

class CommandRun;

// agentdeskctl: reads the global options and the command words, finds the command in
// the table and runs it on the event loop; finished() reports its exit code, once.
// Human-readable output by default, --json for scripts; errors go to stderr with the
// documented exit codes.
class Cli : public QObject
{
    Q_OBJECT
public:
    Cli(QStringList arguments, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~Cli() override;

    // Starts the command; finished() follows exactly once.
    void start();

    static QString usageText();
    // Why an argument cannot be taken as it was given: one that is not UTF-8 would reach
    // a provider with replacement characters in it, as the same bytes in a prompt file
    // are refused. Empty when every argument is UTF-8.
    static QString nonUtf8Argument(int argc, const char *const *argv);
    static const QList<Command> &commands();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void end(int code);

    QStringList m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    CommandRun *m_run = nullptr;
};

} // namespace agentdesk
