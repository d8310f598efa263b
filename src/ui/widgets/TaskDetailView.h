#pragma once

#include "domain/Task.h"

#include <QWidget>

class QLabel;
class QListView;

namespace agentdesk {

class ActivityModel;
class TaskStore;

// The right-hand pane: one task's state, what it needs from you, its result and PR,
// its error, and the live activity timeline.
class TaskDetailView : public QWidget
{
    Q_OBJECT
public:
    TaskDetailView(TaskStore &store, QWidget *parent = nullptr);

    void showTask(const QString &taskId);
    const QString &taskId() const { return m_taskId; }
    ActivityModel *activityModel() const { return m_activities; }
    QListView *timeline() const { return m_timeline; }

private:
    void reloadHeader();

    TaskStore &m_store;
    QString m_taskId;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_attention;
    QLabel *m_meta;
    QLabel *m_result;
    QLabel *m_error;
    QLabel *m_placeholder;
    QListView *m_timeline;
    ActivityModel *m_activities;
};

} // namespace agentdesk
