#pragma once

#include <QObject>

class QAction;

namespace agentdesk {

class OperatorActions;
class PlatformSession;
class Prompter;

// Who is signed in to the agent platform, for the status bar: the text (with a link
// that fixes the state: sign in, sign in again, retry the keychain) and its tooltip,
// and the Sign In / Sign Out actions with their enabled state.
class PlatformStatus : public QObject
{
    Q_OBJECT
public:
    PlatformStatus(PlatformSession &session, OperatorActions &actions, Prompter &prompter, QObject *parent = nullptr);

    QAction *signIn() const { return m_signIn; }
    QAction *signOut() const { return m_signOut; }
    QString text() const { return m_text; }
    QString toolTip() const { return m_toolTip; }
    // A link in the text was activated ("signin", "retry").
    void activate(const QString &link);

Q_SIGNALS:
    void changed();
    // The window opens its sign-in dialog.
    void signInRequested();
    void statusMessage(const QString &text, int timeoutMs);
    void failed(const QString &what, const QString &message);

private:
    void update();
    void signOutNow();
    void revokeAndForget();

    PlatformSession &m_session;
    OperatorActions &m_actions;
    Prompter &m_prompter;
    QAction *m_signIn;
    QAction *m_signOut;
    QString m_text;
    QString m_toolTip;
};

} // namespace agentdesk
