#pragma once

#include "domain/Task.h"

#include <QAbstractListModel>

namespace agentdesk {

class TaskStore;

// The activity timeline of one task, oldest first. Follows the store live: new
// activities are appended as rows, edited ones change in place.
class ActivityModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TypeRole = Qt::UserRole + 1, // int(ActivityType)
        TimestampRole,
        ContentRole,
        MetadataRole, // QJsonObject as QVariantMap
        AuthorRole,
        PatchRole,
    };

    explicit ActivityModel(TaskStore &store, QObject *parent = nullptr);

    void setTaskId(const QString &taskId);
    const QString &taskId() const { return m_taskId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void refresh(const QString &taskId);

    TaskStore &m_store;
    QString m_taskId;
    QList<Activity> m_rows;
};

QString activityTypeDisplayName(ActivityType type);

} // namespace agentdesk
