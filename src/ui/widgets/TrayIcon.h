#pragma once

#include <QIcon>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace agentdesk {

class AttentionModel;

// The tray icon: AgentDesk's icon with the needs-you count drawn on it, a tooltip that
// says the same, and a menu (what needs you — up to eight, each opens its task — show,
// pause notifications, quit). Exists only where the
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
    // Refills the menu's "needs you" part; done each time the menu opens.
    void updateMenu();

    static constexpr int kMenuTasks = 8;

Q_SIGNALS:
    void showRequested();
    void pauseToggled(bool paused);
    void quitRequested();
    void taskRequested(const QString &taskId);

private:
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_pause;
    QAction *m_tasksEnd; // the separator after the tasks
    QList<QAction *> m_taskItems;
    const AttentionModel *m_attention = nullptr;
    int m_count = 0;
};

} // namespace agentdesk
