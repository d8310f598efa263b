#include "Settings.h"

#include <QSettings>
#include <array>

namespace agentdesk {

namespace {
using K = Settings::KeyInfo;
// The one table: name in the file, type, default, limits.
const std::array<K, Settings::KeyCount> kKeys{{
    {"refresh/runningSeconds", QMetaType::Int, 10, 5, 600},
    {"refresh/waitingSeconds", QMetaType::Int, 30, 10, 3600},
    {"notifications/enabled", QMetaType::Bool, true},
    {"notifications/doNotDisturb", QMetaType::Bool, false},
    {"notifications/done", QMetaType::Bool, true},
    {"watchdog/minutes", QMetaType::Int, 30, 0, 24 * 60}, // 0 turns the watchdog off
    {"window/startMinimized", QMetaType::Bool, false},
    {"window/closeToTray", QMetaType::Bool, true},
    {"ui/language", QMetaType::QString, QString()},
    {"worker/agent", QMetaType::QString, QString()},
    {"worker/concurrency", QMetaType::Int, 1, 1, 64},
    {"worker/leaseSeconds", QMetaType::Int, 900, 60, 900},
    {"worker/pollSeconds", QMetaType::Int, 30, 5, 3600},
    {"worker/listen", QMetaType::Bool, true},
    {"worker/listenPort", QMetaType::Int, 8787, 1024, 65535},
}};

bool acceptable(const K &k, const QVariant &v)
{
    if (k.type == QMetaType::Int) {
        bool ok = false;
        const int n = v.toInt(&ok);
        return ok && n >= k.minimum && n <= k.maximum;
    }
    if (k.type == QMetaType::Bool)
        return v.typeId() == QMetaType::Bool || v.toString() == QLatin1String("true")
               || v.toString() == QLatin1String("false");
    return v.canConvert<QString>();
}
} // namespace

const Settings::KeyInfo &Settings::info(Key key)
{
    return kKeys.at(size_t(key));
}

Settings::Settings(QString file, QObject *parent) : QObject(parent), m_file(std::move(file)) { }

QVariant Settings::value(Key key) const
{
    const K &k = info(key);
    const QVariant stored = QSettings(m_file, QSettings::IniFormat).value(QLatin1String(k.name));
    if (!stored.isValid() || !acceptable(k, stored))
        return k.defaultValue;
    QVariant v = stored;
    v.convert(QMetaType(k.type));
    return v;
}

bool Settings::setValue(Key key, const QVariant &value)
{
    const K &k = info(key);
    if (!acceptable(k, value))
        return false;
    if (this->value(key) == value)
        return true;
    QSettings(m_file, QSettings::IniFormat).setValue(QLatin1String(k.name), value);
    Q_EMIT changed(key);
    return true;
}

void Settings::reset(Key key)
{
    QSettings(m_file, QSettings::IniFormat).remove(QLatin1String(info(key).name));
    Q_EMIT changed(key);
}

} // namespace agentdesk
