#pragma once

#include "domain/Task.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace agentdesk {

// The list's filter as a plain value: testable, and easy to save or export by.
struct TaskFilter {
    std::optional<TaskStatus> status;
    std::optional<ProviderId> provider;
    QString text;                 // matched case-insensitively against id, title, repo, prompt
    bool needsYouOnly = false;
    bool showHidden = false;      // hidden by the operator, or archived upstream
    std::optional<TaskOrigin> origin;
    friend bool operator==(const TaskFilter &a, const TaskFilter &b)
    {
        return a.status == b.status && a.provider == b.provider && a.text == b.text && a.needsYouOnly == b.needsYouOnly
            && a.showHidden == b.showHidden && a.origin == b.origin;
    }
};

// Applies a TaskFilter to TaskListModel and sorts "needs you" first when asked.
class TaskFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    void setFilter(const TaskFilter &filter);
    const TaskFilter &filter() const { return m_filter; }
    void setNeedsYouFirst(bool on);
    bool needsYouFirst() const { return m_needsYouFirst; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TaskFilter m_filter;
    QString m_needle;
    bool m_needsYouFirst = true;
};

} // namespace agentdesk
