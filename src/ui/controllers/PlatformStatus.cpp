#include "PlatformStatus.h"

#include "Prompter.h"
#include "auth/PlatformSession.h"
#include "tasks/OperatorActions.h"

#include <QAction>
#include <QIcon>
#include <QLocale>

namespace agentdesk {

PlatformStatus::PlatformStatus(PlatformSession &session, OperatorActions &actions, Prompter &prompter, QObject *parent)
    : QObject(parent), m_session(session), m_actions(actions), m_prompter(prompter)
{
    m_signIn = new QAction(QIcon::fromTheme(QStringLiteral("system-log-out")), tr("&Sign In to Platform…"), this);
    m_signIn->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_signOut = new QAction(QIcon::fromTheme(QStringLiteral("system-log-out")), tr("Sign &Out of Platform"), this);
    m_signOut->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(m_signIn, &QAction::triggered, this, [this] { activate(QStringLiteral("signin")); });
    connect(m_signOut, &QAction::triggered, this, &PlatformStatus::signOutNow);
    connect(&m_session, &PlatformSession::stateChanged, this, &PlatformStatus::update);
    update();
}

void PlatformStatus::activate(const QString &link)
{
    if (link == QLatin1String("retry") || m_session.state() == PlatformSession::State::KeychainUnavailable) {
        m_session.retry();
        return;
    }
    Q_EMIT signInRequested();
}

void PlatformStatus::update()
{
    const PlatformSession &session = m_session;
    switch (session.state()) {
    case PlatformSession::State::SignedOut:
        m_text = tr("Platform: <a href=\"signin\">sign in</a>");
        m_toolTip = tr("Not signed in to an agent platform. The worker needs a signed-in platform account.");
        break;
    case PlatformSession::State::SigningIn:
        m_text = tr("Platform: signing in…");
        m_toolTip.clear();
        break;
    case PlatformSession::State::SignedIn:
        m_text = tr("Platform: %1 · %2")
                     .arg(session.user().display().toHtmlEscaped(), session.config().workspace.toHtmlEscaped());
        m_toolTip = tr("Signed in to %1 as %2. The access token is renewed automatically (current one valid until %3).")
                        .arg(session.config().platformUrl.toString(), session.user().display(),
                             QLocale().toString(session.expiresAt().toLocalTime(), QLocale::ShortFormat));
        break;
    case PlatformSession::State::NeedsSignIn:
        m_text = tr("Platform: <a href=\"signin\"><b>sign in again</b></a>");
        m_toolTip = session.stateMessage();
        break;
    case PlatformSession::State::KeychainUnavailable:
        m_text = tr("Platform: keychain locked — <a href=\"retry\">retry</a>");
        m_toolTip = session.stateMessage();
        break;
    }
    const bool signedIn = session.state() == PlatformSession::State::SignedIn;
    m_signOut->setEnabled(signedIn || session.state() == PlatformSession::State::NeedsSignIn);
    m_signIn->setEnabled(session.state() != PlatformSession::State::SigningIn);
    m_signIn->setText(signedIn ? tr("&Switch Platform Account…") : tr("&Sign In to Platform…"));
    Q_EMIT changed();
}

void PlatformStatus::signOutNow()
{
    const QString question = tr("Sign out of %1? AgentDesk revokes its tokens and deletes them from the keychain.")
                                 .arg(m_session.config().platformUrl.host());
    m_prompter.confirm(tr("Sign Out"), question, this, [this] { revokeAndForget(); });
}

void PlatformStatus::revokeAndForget()
{
    Q_EMIT statusMessage(tr("Signing out…"), 0);
    const QString platformUrl = m_session.config().platformUrl.toString();
    m_session.logout(this, [this, platformUrl](const Error &e) {
        m_actions.note(AuditAction::SignOut, platformUrl, {}, e);
        if (e)
            return Q_EMIT failed(tr("Sign out"), e.message);
        Q_EMIT statusMessage(tr("Signed out."), 5000);
    });
}

} // namespace agentdesk
