#pragma once

#include "notify/Notifier.h"

namespace agentdesk {

class TrayIcon;

// The fallback notifier: the tray's balloon, where no notification service runs.
// A click on the balloon opens the item it was about.
class TrayNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(TrayIcon &tray, QObject *parent = nullptr);
    bool isAvailable() const override;
    void show(const Notification &notification) override;
    void withdraw(const QString &) override { }

private:
    TrayIcon &m_tray;
    QString m_lastKey;
};

} // namespace agentdesk
