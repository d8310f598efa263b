#include "TaskExport.h"

#include "CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace agentdesk {

QByteArray tasksToJson(const QList<Task> &tasks)
{
    QJsonArray a;
    for (const Task &t : tasks)
        a.append(t.toJson(true));
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}

QByteArray tasksToCsv(const QList<Task> &tasks)
{
    CsvWriter csv({QStringLiteral("id"), QStringLiteral("provider"), QStringLiteral("account"),
                   QStringLiteral("status"), QStringLiteral("title"), QStringLiteral("repository"),
                   QStringLiteral("branch"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                   QStringLiteral("pr_url"), QStringLiteral("error"), QStringLiteral("activities")});
    for (const Task &t : tasks)
        csv.addRow({t.id, providerKey(t.provider), t.account, statusKey(t.status), t.displayTitle(), t.source.repoUrl,
                    t.source.branch, t.createdAt.toString(Qt::ISODate), t.updatedAt.toString(Qt::ISODate),
                    t.result.prUrl, t.error, QString::number(t.activities.size())});
    return csv.data();
}

} // namespace agentdesk
