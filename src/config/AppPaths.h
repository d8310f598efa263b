#pragma once

#include <QString>
#include <QStringList>

namespace agentdesk {

// Where AgentDesk keeps its files: --data-dir DIR, else $AGENTDESK_DATA_DIR, else the
// user's data directory. Both executables resolve it the same way.
struct AppPaths {
    QString dataDir;

    static AppPaths resolve(const QString &dataDirOption);
    // Finds "--data-dir DIR" / "--data-dir=DIR" anywhere in argv (before parsing).
    static QString dataDirFromArguments(const QStringList &arguments);

    QString databaseFile() const;
    QString settingsFile() const;
    QString logFile(const QString &program) const;
};

// The keychain service AgentDesk's entries live under: $AGENTDESK_KEYCHAIN_SERVICE, or
// "agentdesk". The test suite sets its own so it never writes into the user's.
QString defaultKeychainService();

} // namespace agentdesk
