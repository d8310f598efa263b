#include "CodexLogin.h"

#include "base/Translate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace agentdesk::codex {

QString defaultCodexAuthPath()
{
    const QString home = qEnvironmentVariable("CODEX_HOME");
    return (home.isEmpty() ? QDir::homePath() + QStringLiteral("/.codex") : home) + QStringLiteral("/auth.json");
}

Outcome<ImportedCredential> readCodexLogin(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {{},
                Error::validation(agentdesk::tr("Cannot read the Codex login at %1 (%2). Run `codex login` first.")
                                      .arg(path, f.errorString()))};
    if (f.size() > 1024 * 1024)
        return {{}, Error::validation(agentdesk::tr("%1 is too large to be a Codex login.").arg(path))};
    const QJsonObject tokens = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("tokens")).toObject();
    const QString token = tokens.value(QLatin1String("access_token")).toString();
    const QString accountId = tokens.value(QLatin1String("account_id")).toString();
    if (token.isEmpty() || accountId.isEmpty())
        return {{},
                Error::validation(
                    agentdesk::tr("%1 holds no ChatGPT login (tokens.access_token and tokens.account_id). Sign in "
                                  "with `codex login` using ChatGPT, not an API key.")
                        .arg(path))};
    ImportedCredential c;
    c.key = Secret(token);
    c.settings.insert(QStringLiteral("accountId"), accountId);
    c.from = path;
    return {c, {}};
}

} // namespace agentdesk::codex
