#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace agentdesk {

class CommandRun;

// One agentdeskctl command: where it sits (group and name), how it is called, what it
// does, and the function that runs it. Each group's commands live in a file of their own.
struct Command {
    QString group;
    QString name;
    QString synopsis;
    QString summary;
    void (*run)(CommandRun &run, const QStringList &args);
};

QList<Command> accountCommands();
QList<Command> taskCommands();
QList<Command> sourceCommands();
QList<Command> platformCommands();
QList<Command> auditCommands();
QList<Command> workerCommands();
QList<Command> dbCommands();
QList<Command> costCommands(); // cost, budget, price

} // namespace agentdesk
