#pragma once

#include <QAbstractListModel>
#include <QPointer>

class QAction;

namespace agentdesk {

class TaskListModel;

// What the palette offers for a query: every enabled action by its name, and tasks by
// title, repository, id or prompt. Words match in any order; actions come first.
class PaletteModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, TaskIdRole };
    struct Entry {
        enum Kind { Action, Task } kind;
        QString text;
        QString detail;         // shortcut, or status and repository
        QPointer<QAction> action;
        QString taskId;
        QString statusKey;      // tasks: for the icon
    };

    PaletteModel(QList<QAction *> actions, const TaskListModel &tasks, QObject *parent = nullptr);
    void setQuery(const QString &query);
    const Entry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static constexpr int kMaxTasks = 50;

private:
    QList<QAction *> m_actions;
    const TaskListModel &m_tasks;
    QList<Entry> m_entries;
};

} // namespace agentdesk
