#pragma once

// Starts tests/oauth-server/server.js (oidc-provider, a real OAuth 2 / OIDC server)
// on loopback. Without node or its packages it reports why: the calling test fails.

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace agentdesk::testing {

class OidcServerProcess
{
public:
    ~OidcServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(3000);
        }
    }

    // Empty on success, else why it could not start.
    QString start(const QStringList &extraArgs = {})
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            return QStringLiteral("node is not installed (scripts/install-deps.sh installs it)");
        const QString dir = QStringLiteral(AGENTDESK_OAUTH_SERVER_DIR);
        if (!QFile::exists(dir + QStringLiteral("/node_modules/oidc-provider")))
            return QStringLiteral("oidc-provider is not installed in %1 (scripts/run-tests.sh runs npm ci)").arg(dir);
        m_process.setWorkingDirectory(dir);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(node, QStringList{QStringLiteral("server.js")} + extraArgs);
        QElapsedTimer t;
        t.start();
        while (!m_process.canReadLine() && m_process.state() != QProcess::NotRunning && t.elapsed() < 20000)
            QTest::qWait(20);
        if (!m_process.canReadLine())
            return QStringLiteral("the OAuth server did not start: %1")
                .arg(QString::fromUtf8(m_process.readAllStandardError()));
        m_issuer =
            QUrl(QJsonDocument::fromJson(m_process.readLine()).object().value(QLatin1String("issuer")).toString());
        return m_issuer.isValid() ? QString() : QStringLiteral("the OAuth server printed no issuer");
    }

    QUrl issuer() const { return m_issuer; }

private:
    QProcess m_process;
    QUrl m_issuer;
};

} // namespace agentdesk::testing
