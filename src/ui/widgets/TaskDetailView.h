#pragma once

#include "domain/Budget.h"

#include "domain/Task.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace agentdesk {

class ActivityModel;
class TaskStore;

// The right-hand pane: one task's state, what it needs from you (with the actions it
// asks for: approve the plan, reply), its result and PR, its error, the live activity
// timeline, and a reply box under it. The question stays visible while you type;
// Ctrl+Enter sends, Esc leaves the box, and each task keeps its own draft.
class TaskDetailView : public QWidget
{
    Q_OBJECT
public:
    TaskDetailView(TaskStore &store, QWidget *parent = nullptr);
    // The price table, for the cost line's dollars.
    void setPrices(const QList<Price> &prices) { m_prices = prices; }

    void showTask(const QString &taskId);
    const QString &taskId() const { return m_taskId; }
    ActivityModel *activityModel() const { return m_activities; }
    QListView *timeline() const { return m_timeline; }
    QPlainTextEdit *replyEdit() const { return m_reply; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *attentionBanner() const { return m_attention; }

    // Whether a message can go to this task now; `why` says why not.
    void setReplyAllowed(bool allowed, const QString &why);
    void setReplyBusy(bool busy);
    void focusReply();
    // The message went: its draft is done.
    void clearDraft(const QString &taskId);
    QString draft(const QString &taskId) const;

Q_SIGNALS:
    void sendRequested(const QString &taskId, const QString &text);
    void approveRequested(const QString &taskId);
    void sendFailureRequested(const QString &taskId);
    void sendReviewRequested(const QString &taskId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static QString pullRequestState(const PullRequestStatus &pr);
    static QString pullRequestBanner(const PullRequestStatus &pr);
    void buildHeader();
    void buildTimeline();
    void buildReplyArea();
    void reloadHeader();
    void send();
    void applyPalette();

    TaskStore &m_store;
    QList<Price> m_prices;
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
    QWidget *m_replyArea;
    QPlainTextEdit *m_reply;
    QPushButton *m_send;
    QLabel *m_replyHint;
    QHash<QString, QString> m_drafts;
    bool m_replyAllowed = false;
    bool m_replyBusy = false;
};

// "1 min 53 s", "2 h 5 min", "3 d 4 h": a duration as people read it.
QString readableDuration(qint64 seconds);

} // namespace agentdesk
