#include "SignInDialog.h"
#include "ui_SignInDialog.h"

#include "auth/PlatformSession.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QPushButton>
#include <QSettings>

namespace agentdesk {

namespace {
const QString kGroup = QStringLiteral("signInDialog");
}

SignInDialog::SignInDialog(PlatformSession &session, QString settingsFile, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_session(session),
      m_settingsFile(std::move(settingsFile)), m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    m_signIn = m_ui->buttons->addButton(tr("&Sign In in Browser"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    m_ui->addressEdit->hide();
    m_ui->copyButton->hide();

    // The last platform used: the session's own when there is one, else what this dialog saw last.
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    const PlatformConfig &current = m_session.config();
    const bool known = current.platformUrl.isValid() && !current.platformUrl.isEmpty();
    m_ui->urlEdit->setText(known ? current.platformUrl.toString()
                                 : settings.value(kGroup + QStringLiteral("/url")).toString());
    m_ui->clientIdEdit->setText(known ? current.clientId
                                      : settings.value(kGroup + QStringLiteral("/clientId")).toString());
    m_ui->workspaceEdit->setText(known ? current.workspace
                                       : settings.value(kGroup + QStringLiteral("/workspace")).toString());
    m_ui->issuerEdit->setText(known ? current.issuer.toString()
                                    : settings.value(kGroup + QStringLiteral("/issuer")).toString());

    if (m_session.state() == PlatformSession::State::NeedsSignIn)
        showStatus(m_session.stateMessage(), true);
    // The session stores the tokens after the login succeeds; its state says how that went.
    connect(&m_session, &PlatformSession::stateChanged, this, [this](PlatformSession::State state) {
        if (m_signIn->isEnabled())
            return; // not our sign-in
        if (state == PlatformSession::State::SignedIn)
            accept();
        else if (state == PlatformSession::State::KeychainUnavailable) {
            setBusy(false);
            showStatus(m_session.stateMessage(), true);
        }
    });
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    disconnect(m_ui->buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->addressEdit->text()); });
}

SignInDialog::~SignInDialog()
{
    if (m_login)
        m_login->cancel();
}

void SignInDialog::startSignIn()
{
    PlatformConfig config;
    config.platformUrl = QUrl(m_ui->urlEdit->text().trimmed(), QUrl::StrictMode);
    config.clientId = m_ui->clientIdEdit->text().trimmed();
    const QString workspace = m_ui->workspaceEdit->text().trimmed();
    if (!workspace.isEmpty())
        config.workspace = workspace;
    const QString issuer = m_ui->issuerEdit->text().trimmed();
    if (!issuer.isEmpty())
        config.issuer = QUrl(issuer, QUrl::StrictMode);
    config.clientSecret = Secret(m_ui->secretEdit->text());
    if (const QString problem = config.problem(); !problem.isEmpty()) {
        showStatus(problem, true);
        return;
    }
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(kGroup + QStringLiteral("/url"), config.platformUrl.toString());
    settings.setValue(kGroup + QStringLiteral("/clientId"), config.clientId);
    settings.setValue(kGroup + QStringLiteral("/workspace"), workspace);
    settings.setValue(kGroup + QStringLiteral("/issuer"), issuer);

    setBusy(true);
    showStatus(tr("Looking up the platform's sign-in server…"), false);
    QPointer<SignInDialog> self(this);
    m_login = m_session.beginLogin(config, [self](const QUrl &url) {
        if (!self)
            return;
        self->m_ui->addressEdit->setText(url.toString(QUrl::FullyEncoded));
        self->m_ui->addressEdit->show();
        self->m_ui->copyButton->show();
        self->showStatus(
            tr("Waiting for you to finish signing in in your browser. If no browser opened, copy this address into one:"),
            false);
        self->m_opener(url);
    });
    connect(m_login, &PkceLogin::failed, this, &SignInDialog::onFailed);
    m_login->start();
}

void SignInDialog::onFailed(const OAuthError &error)
{
    setBusy(false);
    m_ui->addressEdit->hide();
    m_ui->copyButton->hide();
    showStatus(tr("Sign-in failed: %1").arg(error.message()), true);
}

void SignInDialog::reject()
{
    if (m_login)
        m_login->cancel();
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->urlEdit), static_cast<QWidget *>(m_ui->clientIdEdit),
                       static_cast<QWidget *>(m_ui->workspaceEdit), static_cast<QWidget *>(m_ui->issuerEdit),
                       static_cast<QWidget *>(m_ui->secretEdit)})
        w->setEnabled(!busy);
}

void SignInDialog::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("color: palette(link-visited); font-weight: bold;")
                                             : QString());
}

} // namespace agentdesk
