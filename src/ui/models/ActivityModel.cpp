#include "ActivityModel.h"

#include "storage/TaskStore.h"

#include <QIcon>
#include <QLocale>

namespace agentdesk {

QString activityTypeDisplayName(ActivityType type)
{
    switch (type) {
    case ActivityType::Plan: return ActivityModel::tr("Plan");
    case ActivityType::Command: return ActivityModel::tr("Command");
    case ActivityType::CodeChange: return ActivityModel::tr("Code change");
    case ActivityType::Message: return ActivityModel::tr("Message");
    case ActivityType::Error: return ActivityModel::tr("Error");
    case ActivityType::Completion: return ActivityModel::tr("Completed");
    }
    return {};
}

ActivityModel::ActivityModel(TaskStore &store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    connect(&m_store, &TaskStore::activitiesChanged, this, &ActivityModel::refresh);
    connect(&m_store, &TaskStore::taskRemoved, this, [this](const QString &id) {
        if (id == m_taskId)
            setTaskId({});
    });
}

void ActivityModel::setTaskId(const QString &taskId)
{
    beginResetModel();
    m_taskId = taskId;
    m_rows = taskId.isEmpty() ? QList<Activity>() : m_store.activities(taskId).value;
    endResetModel();
}

void ActivityModel::refresh(const QString &taskId)
{
    if (taskId != m_taskId)
        return;
    const Outcome<QList<Activity>> read = m_store.activities(taskId);
    if (!read.ok())
        return m_store.failed(read.error);
    const QList<Activity> &fresh = read.value;
    // The store never reorders or drops activities, so the old rows are a prefix.
    bool prefix = fresh.size() >= m_rows.size();
    for (int i = 0; prefix && i < m_rows.size(); ++i)
        prefix = fresh.at(i).id == m_rows.at(i).id;
    if (!prefix) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!(fresh.at(i) == m_rows.at(i))) {
            m_rows[i] = fresh.at(i);
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
    if (fresh.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(fresh.size()) - 1);
        m_rows.append(fresh.mid(m_rows.size()));
        endInsertRows();
    }
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole: return a.content;
    case TypeRole: return int(a.type);
    case TimestampRole: return a.timestamp;
    case MetadataRole: return a.metadata.toVariantMap();
    case AuthorRole: return a.metadata.value(QLatin1String("author")).toString();
    case PatchRole: return a.metadata.value(QLatin1String("patch")).toString();
    case Qt::DecorationRole: return QIcon(QStringLiteral(":/icons/activity-%1.svg").arg(activityTypeKey(a.type)));
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2").arg(activityTypeDisplayName(a.type),
                                             QLocale().toString(a.timestamp.toLocalTime(), QLocale::LongFormat));
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2: %3")
            .arg(activityTypeDisplayName(a.type), QLocale().toString(a.timestamp.toLocalTime(), QLocale::ShortFormat),
                 a.content);
    default: return {};
    }
}

} // namespace agentdesk
