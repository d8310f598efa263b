#pragma once

#include <QIcon>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace agentdesk {

class AttentionModel;

// The tray icon: AgentDesk's icon with the needs-you count drawn on it, a tooltip that
// says the same, and a menu (show, pause notifications, quit). Exists only where the
// desktop has a tray (isAvailable()).
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    // The icon with a badge for count (none for 0); "99+" past 99.
    static QIcon badgedIcon(int count);

    // The badge follows the model's needs-you count from now on.
    void follow(const AttentionModel &attention);
    void setCount(int count);
    int count() const { return m_count; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    QAction *pauseAction() const { return m_pause; }
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    void show();

Q_SIGNALS:
    void showRequested();
    void pauseToggled(bool paused);
    void quitRequested();

private:
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_pause;
    int m_count = 0;
};

} // namespace agentdesk
