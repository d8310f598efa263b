#pragma once

#include <QTimer>
#include <QTreeView>

namespace agentdesk {

// The task list: the other columns are as wide as their contents (measured on the rows
// in view, so a resize stays cheap with 100,000 tasks) and the title takes the room that
// is left — but never less than two fifths of it: with a large font, a high scale or a
// long language the other columns give way (their text elided) before the title does,
// and no horizontal scroll bar appears. J/K move, and the first Down (or J) selects the
// first row. Says when it has painted for the first time, so the window can start what
// must wait for that.
class TaskListView : public QTreeView
{
    Q_OBJECT
public:
    explicit TaskListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Selects the next row (after the current one, wrapping) that needs the operator and
    // is not gone upstream; false when there is none.
    bool selectNextNeedingYou();

Q_SIGNALS:
    void firstPainted();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Sets every column's width from what it needs and what the viewport has.
    void fitColumns();
    void fitSoon();

    bool m_painted = false;
    QTimer m_fit;
};

} // namespace agentdesk
