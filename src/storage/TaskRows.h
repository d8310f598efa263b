#pragma once

#include "domain/Error.h"
#include "domain/Outcome.h"
#include "domain/Task.h"
#include "domain/TaskSummary.h"
#include "storage/SqlValues.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcTaskStore)

// How a row of the tasks and activities tables becomes a Task, a TaskSummary or an
// Activity, and how values are bound on the way in. TaskStore's private helpers.
namespace agentdesk::taskrows {

// The columns taskFromQuery and summaryFromQuery read, in their order.
extern const QString kTaskColumns;
extern const QString kSummaryColumns;

// A row whose provider, status or origin this version does not know (written by a
// newer AgentDesk, or damaged) is refused rather than read as something it is not.
Error unreadableRow(const QString &id, const QString &what, const QString &value);

Outcome<Task> taskFromQuery(const QSqlQuery &q);
// `searchable`: also the lower-cased text the list's search looks in (not needed by the
// refresher or the attention model, which read every unfinished task at start).
Outcome<TaskSummary> summaryFromQuery(const QSqlQuery &q, bool searchable = true);
// Reads every row of a summary query; a row that cannot be read is left out with a warning.
Outcome<QList<TaskSummary>> readSummaries(QSqlQuery &q, int reserve = 0, bool searchable = true);
Activity activityFromQuery(const QSqlQuery &q);

// The first row of an executed query, read by `read`: none, the row, or why it cannot be read.
template <typename T, typename Read>
Outcome<std::optional<T>> firstRow(QSqlQuery &q, Read read)
{
    if (!q.next())
        return {};
    Outcome<T> row = read(q);
    if (!row.ok())
        return {{}, row.error};
    return {std::move(row.value), {}};
}

} // namespace agentdesk::taskrows
