#include "TrayIcon.h"

#include "attention/AttentionModel.h"

#include <QAction>
#include <QFont>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace agentdesk {

TrayIcon::TrayIcon(QObject *parent) : QObject(parent), m_tray(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    m_tasksEnd = m_menu->addSeparator();
    m_tasksEnd->setVisible(false);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::updateMenu);
    QAction *show = m_menu->addAction(tr("&Show AgentDesk"));
    connect(show, &QAction::triggered, this, &TrayIcon::showRequested);
    m_pause = m_menu->addAction(tr("&Pause Notifications"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, &TrayIcon::pauseToggled);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    setCount(0);
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QIcon TrayIcon::badgedIcon(int count)
{
    const QIcon base(QStringLiteral(":/icons/agentdesk.svg"));
    if (count <= 0)
        return base;
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(qMax(7, size * 9 / 16));
        p.setFont(font);
        const int height = qMax(9, size * 5 / 8);
        const int width = qMax(height, QFontMetrics(font).horizontalAdvance(text) + height / 3);
        const QRectF badge(size - width, size - height, width, height);
        // A red disc with white text reads on light and dark panels alike.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd3, 0x2f, 0x2f));
        p.drawRoundedRect(badge, height / 2.0, height / 2.0);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayIcon::follow(const AttentionModel &attention)
{
    m_attention = &attention;
    connect(&attention, &AttentionModel::needsYouCountChanged, this, &TrayIcon::setCount);
    setCount(attention.needsYouCount());
}

void TrayIcon::setCount(int count)
{
    m_count = count;
    m_tray->setIcon(badgedIcon(count));
    m_tray->setToolTip(toolTip());
}

QString TrayIcon::toolTip() const
{
    return m_count > 0 ? tr("AgentDesk — %n task(s) need you", nullptr, m_count) : tr("AgentDesk — nothing needs you");
}

void TrayIcon::updateMenu()
{
    qDeleteAll(m_taskItems);
    m_taskItems.clear();
    if (!m_attention)
        return;
    const QList<AttentionItem> items = m_attention->needsYou();
    for (const AttentionItem &item : items) {
        if (item.taskId.isEmpty())
            continue;
        if (m_taskItems.size() == kMenuTasks) {
            auto *more = new QAction(tr("… %n more in the window", nullptr, int(items.size()) - kMenuTasks), m_menu);
            connect(more, &QAction::triggered, this, &TrayIcon::showRequested);
            m_menu->insertAction(m_tasksEnd, more);
            m_taskItems << more;
            break;
        }
        // Plain text: a task title is the provider's text, and & would become a mnemonic.
        QString title = item.title.left(60);
        title.replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto *open = new QAction(QIcon(QStringLiteral(":/icons/attention.svg")), title, m_menu);
        open->setToolTip(item.reason);
        connect(open, &QAction::triggered, this, [this, id = item.taskId] { Q_EMIT taskRequested(id); });
        m_menu->insertAction(m_tasksEnd, open);
        m_taskItems << open;
    }
    m_tasksEnd->setVisible(!m_taskItems.isEmpty());
}

void TrayIcon::show()
{
    m_tray->show();
}

} // namespace agentdesk
