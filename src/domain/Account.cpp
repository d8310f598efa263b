#include "Account.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace agentdesk {

QString secretKeyFor(const QString &accountName)
{
    return QStringLiteral("account/") + accountName;
}

QString maskKey(const QString &key)
{
    if (key.size() <= 8)
        return {};
    return key.left(4) + QChar(0x2026) + key.right(4);
}

QString validateAccountName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!re.match(name).hasMatch())
        return QCoreApplication::translate("Account",
                                           "Account names use letters, digits, '.', '_' and '-' "
                                           "(1 to 64 characters, starting with a letter or digit); got \"%1\".")
            .arg(name);
    return {};
}

} // namespace agentdesk
