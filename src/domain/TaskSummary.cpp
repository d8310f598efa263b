#include "TaskSummary.h"

namespace agentdesk {

TaskSummary TaskSummary::fromTask(const Task &task)
{
    TaskSummary s;
    s.id = task.id;
    s.provider = task.provider;
    s.account = task.account;
    s.status = task.status;
    s.attention = task.attention;
    s.title = task.displayTitle();
    s.repoName = task.source.repoName;
    s.prUrl = task.result.prUrl;
    s.error = task.error;
    s.updatedAt = task.updatedAt;
    s.origin = task.origin;
    s.hidden = task.hidden;
    s.archived = task.archived;
    s.gone = task.goneAt.isValid();
    s.cost = task.result.cost;
    s.pr = {task.pr.isKnown(), task.pr.state, task.pr.checks, task.pr.review};
    s.searchText = QString(task.id + QLatin1Char('\n') + s.title + QLatin1Char('\n') + s.repoName + QLatin1Char('\n')
                           + task.prompt.left(300))
                       .toLower()
                       .toUtf8();
    return s;
}

} // namespace agentdesk
