#include "TaskDetailView.h"

#include "storage/TaskStore.h"
#include "ui/delegates/ActivityDelegate.h"
#include "ui/models/ActivityModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace agentdesk {

namespace {
QString link(const QString &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

// A banner's colours from the palette: readable on light and dark themes alike.
QString bannerStyle(const QPalette &palette, const QColor &tint)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    QColor background = tint;
    background.setHsl(tint.hslHue(), dark ? 90 : 160, dark ? 55 : 215);
    const QColor text = dark ? QColor(0xf6, 0xf5, 0xf4) : QColor(0x24, 0x1f, 0x31);
    return QStringLiteral("background: %1; color: %2; padding: 6px; border-radius: 4px;")
        .arg(background.name(), text.name());
}
} // namespace

QString readableDuration(qint64 seconds)
{
    auto tr = [](const char *text, int n) { return QCoreApplication::translate("Duration", text, nullptr, n); };
    if (seconds < 60)
        return tr("%n s", int(seconds));
    if (seconds < 3600)
        return tr("%n min", int(seconds / 60))
               + (seconds % 60 ? QLatin1Char(' ') + tr("%n s", int(seconds % 60)) : QString());
    if (seconds < 86400)
        return tr("%n h", int(seconds / 3600))
               + ((seconds % 3600) / 60 ? QLatin1Char(' ') + tr("%n min", int((seconds % 3600) / 60)) : QString());
    return tr("%n d", int(seconds / 86400))
           + ((seconds % 86400) / 3600 ? QLatin1Char(' ') + tr("%n h", int((seconds % 86400) / 3600)) : QString());
}

TaskDetailView::TaskDetailView(TaskStore &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(tr("Select a task to see its timeline.\nPress Ctrl+N to send a new one."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    buildHeader();
    buildTimeline();
    buildReplyArea();
    for (QWidget *w : std::initializer_list<QWidget *>{m_placeholder, m_title, m_status, m_attention, m_meta, m_result,
                                                       m_error, m_timeline, m_replyHint, m_replyArea})
        layout->addWidget(w);
    layout->setStretchFactor(m_timeline, 1);
    layout->setStretchFactor(m_placeholder, 1);
    applyPalette();

    // Follow the timeline's end while the user is at the end; stay put otherwise.
    connect(m_activities, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_timeline->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 4)
            QMetaObject::invokeMethod(m_timeline, &QListView::scrollToBottom, Qt::QueuedConnection);
    });
    connect(&m_store, &TaskStore::taskChanged, this, [this](const QString &id) {
        if (id == m_taskId)
            reloadHeader();
    });
    connect(&m_store, &TaskStore::taskRemoved, this, [this](const QString &id) {
        if (id == m_taskId)
            showTask({});
    });
    showTask({});
}

// The task's title, status, what it needs, where it runs, its result and error.
// "— open, 2 checks failed, changes requested" after the PR's link.
QString TaskDetailView::pullRequestState(const PullRequestStatus &pr)
{
    if (!pr.isKnown())
        return {};
    QStringList parts;
    parts << (pr.state == PrState::Merged ? tr("merged") : pr.state == PrState::Closed ? tr("closed") : tr("open"));
    if (pr.isOpen()) {
        switch (pr.checks) {
        case ChecksState::Failure: parts << tr("%n check(s) failed", nullptr, int(pr.failing.size())); break;
        case ChecksState::Success: parts << tr("checks passed"); break;
        case ChecksState::Pending: parts << tr("checks running"); break;
        case ChecksState::None: break;
        }
        if (pr.review == ReviewState::ChangesRequested)
            parts << tr("changes requested");
        else if (pr.review == ReviewState::Approved)
            parts << tr("approved");
    }
    return QStringLiteral(" — ") + parts.join(QStringLiteral(", ")).toHtmlEscaped();
}

// The banner of a task whose pull request needs the operator, with the one-click sends.
QString TaskDetailView::pullRequestBanner(const PullRequestStatus &pr)
{
    QStringList why, links;
    if (pr.checks == ChecksState::Failure) {
        why << tr("checks failed on the pull request: %1").arg(pr.failingNames().join(QStringLiteral(", ")));
        links << QStringLiteral("<a href=\"send-failure\">%1</a>").arg(tr("Send failure to the agent"));
    }
    if (pr.review == ReviewState::ChangesRequested) {
        why << tr("a reviewer asked for changes");
        links << QStringLiteral("<a href=\"send-review\">%1</a>").arg(tr("Send review to the agent"));
    }
    return QStringLiteral("⚠ ") + tr("Needs you: %1").arg(why.join(QStringLiteral("; ")).toHtmlEscaped())
           + QStringLiteral("&nbsp;&nbsp;") + links.join(QStringLiteral(" · "));
}

void TaskDetailView::buildHeader()
{
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    // A long upstream status wraps: it never sets the pane's width.
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_attention = new QLabel(this);
    m_attention->setWordWrap(true);
    m_attention->setAccessibleName(tr("Needs you"));
    m_attention->setTextFormat(Qt::RichText);
    m_attention->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_attention, &QLabel::linkActivated, this, [this](const QString &l) {
        if (l == QLatin1String("approve"))
            Q_EMIT approveRequested(m_taskId);
        else if (l == QLatin1String("send-failure"))
            Q_EMIT sendFailureRequested(m_taskId);
        else if (l == QLatin1String("send-review"))
            Q_EMIT sendReviewRequested(m_taskId);
        else
            focusReply();
    });
    m_meta = new QLabel(this);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_meta->setOpenExternalLinks(true);
    m_meta->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setOpenExternalLinks(true);
    m_result->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void TaskDetailView::buildTimeline()
{
    m_timeline = new QListView(this);
    m_timeline->setAccessibleName(tr("Activity timeline"));
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setResizeMode(QListView::Adjust);
    m_timeline->setWordWrap(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_activities = new ActivityModel(m_store, this);
    m_timeline->setModel(m_activities);
    m_timeline->setItemDelegate(new ActivityDelegate(m_timeline));
}

// The reply box under the timeline, with its draft per task.
void TaskDetailView::buildReplyArea()
{
    m_replyArea = new QWidget(this);
    auto *replyLayout = new QHBoxLayout(m_replyArea);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    m_reply = new QPlainTextEdit(m_replyArea);
    m_reply->setAccessibleName(tr("Reply to the agent"));
    m_reply->setPlaceholderText(tr("Reply to the agent… (Ctrl+Enter sends, Esc leaves)"));
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(m_reply->fontMetrics().lineSpacing() * 5 + 12);
    m_reply->installEventFilter(this);
    m_send = new QPushButton(tr("&Send"), m_replyArea);
    m_send->setToolTip(tr("Send the reply (Ctrl+Enter)"));
    replyLayout->addWidget(m_reply, 1);
    replyLayout->addWidget(m_send, 0, Qt::AlignBottom);
    m_replyHint = new QLabel(this);
    m_replyHint->setWordWrap(true);
    m_replyHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_send, &QPushButton::clicked, this, &TaskDetailView::send);
    connect(m_reply, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_taskId.isEmpty())
            m_drafts.insert(m_taskId, m_reply->toPlainText());
        m_send->setEnabled(m_replyAllowed && !m_replyBusy && !m_reply->toPlainText().trimmed().isEmpty());
    });
}

void TaskDetailView::applyPalette()
{
    m_attention->setStyleSheet(bannerStyle(palette(), QColor(0xf6, 0xd3, 0x2d)));
    m_error->setStyleSheet(bannerStyle(palette(), QColor(0xe0, 0x1b, 0x24)));
}

void TaskDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

bool TaskDetailView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reply && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_timeline->setFocus(); // the draft stays
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TaskDetailView::showTask(const QString &taskId)
{
    m_taskId = taskId;
    m_activities->setTaskId(taskId);
    {
        const QSignalBlocker block(m_reply);
        m_reply->setPlainText(m_drafts.value(taskId));
    }
    reloadHeader();
    m_timeline->scrollToBottom();
}

QString TaskDetailView::draft(const QString &taskId) const
{
    return m_drafts.value(taskId);
}

void TaskDetailView::clearDraft(const QString &taskId)
{
    m_drafts.remove(taskId);
    if (taskId == m_taskId) {
        const QSignalBlocker block(m_reply);
        m_reply->clear();
        m_send->setEnabled(false);
    }
}

void TaskDetailView::setReplyAllowed(bool allowed, const QString &why)
{
    m_replyAllowed = allowed;
    m_reply->setEnabled(allowed);
    m_replyHint->setText(why);
    m_replyHint->setVisible(!allowed && !why.isEmpty() && !m_taskId.isEmpty());
    m_send->setEnabled(allowed && !m_replyBusy && !m_reply->toPlainText().trimmed().isEmpty());
}

void TaskDetailView::setReplyBusy(bool busy)
{
    m_replyBusy = busy;
    m_send->setText(busy ? tr("Sending…") : tr("&Send"));
    m_send->setEnabled(m_replyAllowed && !busy && !m_reply->toPlainText().trimmed().isEmpty());
}

void TaskDetailView::focusReply()
{
    if (m_reply->isEnabled())
        m_reply->setFocus();
}

void TaskDetailView::send()
{
    const QString text = m_reply->toPlainText();
    if (!m_replyAllowed || m_replyBusy || text.trimmed().isEmpty() || m_taskId.isEmpty())
        return;
    Q_EMIT sendRequested(m_taskId, text);
}

void TaskDetailView::reloadHeader()
{
    const std::optional<Task> task = m_taskId.isEmpty() ? std::nullopt : m_store.task(m_taskId);
    const bool shown = task.has_value();
    m_placeholder->setVisible(!shown);
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_status, m_meta, m_timeline, m_replyArea})
        w->setVisible(shown);
    if (!shown) {
        m_attention->hide();
        m_result->hide();
        m_error->hide();
        m_replyHint->hide();
        return;
    }
    const Task &t = *task;
    m_title->setText(t.displayTitle());
    QString status = QStringLiteral("<b>%1</b> · %2").arg(statusDisplayName(t.status), providerDisplayName(t.provider));
    // The provider's own word for the state is for diagnosis, not for reading: in the
    // tooltip (it is in English whatever the language).
    m_status->setToolTip(t.upstreamStatus.isEmpty()
                             ? QString()
                             : tr("%1 calls it %2").arg(providerDisplayName(t.provider), t.upstreamStatus));
    if (t.goneAt.isValid())
        status += QStringLiteral(" · <b>") + tr("gone upstream") + QStringLiteral("</b>");
    if (t.origin == TaskOrigin::Elsewhere)
        status += QStringLiteral(" · ") + tr("started elsewhere");
    status += QStringLiteral(" · ")
              + tr("updated %1").arg(QLocale().toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat));
    m_status->setText(status);
    const bool needsYou = t.attention.needsYou() || t.status == TaskStatus::AwaitingApproval;
    m_attention->setVisible((needsYou || t.pr.needsYou()) && !t.goneAt.isValid());
    if (!needsYou && t.pr.needsYou())
        m_attention->setText(pullRequestBanner(t.pr));
    if (needsYou) {
        const bool plan = t.attention.kind == AttentionKind::PlanApproval || t.status == TaskStatus::AwaitingApproval;
        const QString why =
            t.attention.reason.isEmpty() ? tr("The plan is waiting for your approval.") : t.attention.text();
        m_attention->setText(
            QStringLiteral("⚠ ") + tr("Needs you: %1").arg(why.toHtmlEscaped()) + QStringLiteral("&nbsp;&nbsp;")
            + (plan ? QStringLiteral("<a href=\"approve\">%1</a> · ").arg(tr("Approve plan")) : QString())
            + QStringLiteral("<a href=\"reply\">%1</a>").arg(tr("Reply")));
    }
    QStringList meta;
    meta << tr("Repository: %1").arg(link(t.source.repoUrl, t.source.repoName))
                + (t.source.branch.isEmpty() ? QString() : QStringLiteral(" @ ") + t.source.branch.toHtmlEscaped());
    if (!t.account.isEmpty())
        meta << tr("Account: %1").arg(t.account.toHtmlEscaped());
    if (t.result.cost)
        meta << tr("Cost: %1").arg(describeCost(t.provider, *t.result.cost, m_prices).toHtmlEscaped());
    if (!t.webUrl.isEmpty())
        meta << link(t.webUrl, tr("Open in %1").arg(providerDisplayName(t.provider)));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    QStringList result;
    if (!t.result.prUrl.isEmpty())
        result << tr("Pull request: %1").arg(link(t.result.prUrl, t.result.prUrl)) + pullRequestState(t.pr);
    if (!t.result.summary.isEmpty())
        result << t.result.summary.toHtmlEscaped();
    if (t.result.durationSeconds)
        result << tr("Took %1").arg(readableDuration(*t.result.durationSeconds));
    m_result->setText(result.join(QStringLiteral("<br>")));
    m_result->setVisible(!result.isEmpty());
    m_error->setText(t.error);
    m_error->setVisible(!t.error.isEmpty());
}

} // namespace agentdesk
