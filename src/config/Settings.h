#pragma once

#include <QObject>
#include <QVariant>

namespace agentdesk {

// The operator's preferences, each a typed key with its default and limits in one
// table (Settings.cpp), stored in <data>/settings.ini. Reading a key never fails: a
// missing or out-of-range value reads as the default.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum Key {
        RefreshRunningSeconds,
        RefreshWaitingSeconds,
        NotificationsEnabled,
        DoNotDisturb,
        NotifyDone,
        WatchdogMinutes,
        StartMinimized,
        CloseToTray,
        Language,    // "" follows the system; else a locale name such as "de"
        WorkerAgent, // "" = the only route's agent
        WorkerConcurrency,
        WorkerLeaseSeconds,
        WorkerPollSeconds,
        WorkerListen,
        WorkerListenPort,
        KeyCount
    };
    Q_ENUM(Key)

    struct KeyInfo {
        const char *name; // the key in the ini file
        QMetaType::Type type;
        QVariant defaultValue;
        int minimum = 0; // for integers
        int maximum = 0;
    };
    static const KeyInfo &info(Key key);

    explicit Settings(QString file, QObject *parent = nullptr);

    QVariant value(Key key) const;
    int intValue(Key key) const { return value(key).toInt(); }
    bool boolValue(Key key) const { return value(key).toBool(); }
    QString stringValue(Key key) const { return value(key).toString(); }
    // Refuses (returns false) a value of the wrong type or out of range.
    bool setValue(Key key, const QVariant &value);
    void reset(Key key);
    QString file() const { return m_file; }

Q_SIGNALS:
    void changed(agentdesk::Settings::Key key);

private:
    QString m_file;
};

} // namespace agentdesk
