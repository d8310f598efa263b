#include "AccountTroubleBanner.h"

#include "tasks/AccountHealth.h"

#include <QLocale>

namespace agentdesk {

namespace {
constexpr int kShown = 3; // lines; the rest are counted
}

AccountTroubleBanner::AccountTroubleBanner(AccountHealth &health, QWidget *parent) : QLabel(parent), m_health(health)
{
    setObjectName(QStringLiteral("accountTroubleBanner"));
    setAccessibleName(tr("Account problems"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setAutoFillBackground(true);
    // The palette's tooltip colours: readable on light and dark themes alike.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setMargin(6);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setFocusPolicy(Qt::TabFocus);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("retry"))
            Q_EMIT retryRequested();
        else
            Q_EMIT accountsRequested();
    });
    connect(&m_health, &AccountHealth::changed, this, &AccountTroubleBanner::update);
    update();
}

void AccountTroubleBanner::update()
{
    const QList<AccountHealth::Trouble> troubles = m_health.troubles();
    if (troubles.isEmpty() && !m_health.isKeychainHeld()) {
        hide();
        clear();
        return;
    }
    QStringList lines;
    if (m_health.isKeychainHeld())
        lines << tr("<b>The keyring is locked.</b> AgentDesk asked once and reads no keys until you unlock it; "
                    "unlock it, then Retry.");
    QString tip;
    bool rejected = false;
    for (const AccountHealth::Trouble &t : troubles) {
        const QString who = tr("%1 (%2)").arg(providerDisplayName(t.provider), t.account).toHtmlEscaped();
        const QString since = QLocale().toString(t.since.toLocalTime().time(), QLocale::ShortFormat);
        if (lines.size() < kShown) {
            lines << (t.problem == AccountHealth::Problem::Rejected
                          ? tr("<b>%1</b> rejects its key since %2.").arg(who, since)
                          : tr("<b>%1</b> cannot be reached since %2; its tasks may be out of date.").arg(who, since));
        }
        rejected = rejected || t.problem == AccountHealth::Problem::Rejected;
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + t.detail;
    }
    if (troubles.size() > kShown)
        lines << tr("… and %n more account(s).", nullptr, int(troubles.size() - kShown));
    QString actions = QStringLiteral("<a href=\"retry\">%1</a>").arg(tr("Retry"));
    if (rejected)
        actions += QStringLiteral(" · <a href=\"accounts\">%1</a>").arg(tr("Check the key…"));
    setText(lines.join(QStringLiteral("<br>")) + QStringLiteral(" ") + actions);
    setToolTip(m_health.isKeychainHeld() ? m_health.keychainHeldBecause() + QStringLiteral("\n") + tip : tip);
    show();
}

} // namespace agentdesk
