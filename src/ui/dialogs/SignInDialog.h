#pragma once

#include <QDialog>
#include <QPointer>
#include <memory>

namespace Ui {
class SignInDialog;
}

namespace agentdesk {

class PkceLogin;
class PlatformSession;
struct OAuthError;

// Asks for the platform and client, then runs one browser sign-in and shows where it
// stands: waiting for the browser (with the address to copy if no browser opened), a
// clear error to act on, or done. Cancel abandons a sign-in in progress.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(PlatformSession &session, QString settingsFile, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Where the browser is sent; tests and the screenshot script replace the desktop's browser.
    void setBrowserOpener(std::function<void(const QUrl &)> opener) { m_opener = std::move(opener); }
    void startSignIn();

protected:
    void reject() override;

private:
    void setBusy(bool busy);
    void showStatus(const QString &text, bool problem);
    void onFailed(const OAuthError &error);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    PlatformSession &m_session;
    QString m_settingsFile;
    QPushButton *m_signIn = nullptr;
    QPointer<PkceLogin> m_login;
    std::function<void(const QUrl &)> m_opener;
};

} // namespace agentdesk
