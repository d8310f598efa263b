#include "TrayNotifier.h"

#include "TrayIcon.h"

#include <QSystemTrayIcon>

namespace agentdesk {

TrayNotifier::TrayNotifier(TrayIcon &tray, QObject *parent) : Notifier(parent), m_tray(tray)
{
    connect(m_tray.systemTrayIcon(), &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastKey.isEmpty())
            Q_EMIT actionInvoked(m_lastKey, QStringLiteral("open"));
    });
}

bool TrayNotifier::isAvailable() const
{
    return m_tray.systemTrayIcon()->isVisible() && QSystemTrayIcon::supportsMessages();
}

void TrayNotifier::show(const Notification &n)
{
    m_lastKey = n.key;
    m_tray.systemTrayIcon()->showMessage(n.title, n.body,
                                         n.urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace agentdesk
