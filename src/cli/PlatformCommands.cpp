// agentdeskctl platform …: signing in to the agent platform.
#include "Cli.h"
#include "CommandRun.h"
#include "TerminalText.h"

#include "app/CoreContext.h"
#include "domain/Timestamps.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

namespace agentdesk {

namespace {

// Opens the browser (or prints the address) and waits for the redirect, the timeout or
// a failure; the command ends with the outcome.
void startLogin(CommandRun &run, const PlatformConfig &config, int timeoutSeconds, bool openBrowser)
{
    if (!run.openCore())
        return;
    PlatformSession &session = run.core().platform();
    PkceLogin *login = session.beginLogin(config, [&run, openBrowser](const QUrl &address) {
        if (openBrowser) {
            run.err() << Cli::tr("Opening your browser to sign in. If it does not open, visit:") << Qt::endl;
            QProcess::startDetached(QStringLiteral("xdg-open"), {address.toString(QUrl::FullyEncoded)});
        } else {
            run.err() << Cli::tr("Open this address in a browser to sign in:") << Qt::endl;
        }
        // The address alone on its line, for copying or for a script to pick up.
        run.out() << address.toString(QUrl::FullyEncoded) << Qt::endl;
        run.err() << Cli::tr("Waiting for the browser…") << Qt::endl;
    });
    login->setTimeout(timeoutSeconds * 1000);
    QObject::connect(login, &PkceLogin::failed, &run, [&run](const OAuthError &e) {
        run.core().actions().note(AuditAction::SignIn, {}, {}, Error::auth(e.message()));
        run.fail(e.code == QLatin1String("network_error") ? Error::provider(e.message()) : Error::auth(e.message()));
    });
    QObject::connect(&session, &PlatformSession::stateChanged, &run, [&run, &session](PlatformSession::State s) {
        if (s == PlatformSession::State::SignedIn) {
            run.core().actions().note(AuditAction::SignIn, session.config().platformUrl.toString(),
                                      session.user().display());
            run.out() << Cli::tr("Signed in as %1 on %2 (workspace %3).")
                             .arg(terminal::line(session.user().display()), session.config().platformUrl.toString(),
                                  session.config().workspace)
                      << Qt::endl;
            run.finish(0);
        } else if (s == PlatformSession::State::KeychainUnavailable) {
            run.fail(Error::keychain(session.stateMessage()));
        }
    });
    login->start();
}

void platformLogin(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption url(QStringLiteral("url"), Cli::tr("The platform's address."), QStringLiteral("URL"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      Cli::tr("The OAuth client id of AgentDesk on the platform."),
                                      QStringLiteral("ID"));
    const QCommandLineOption issuer(QStringLiteral("issuer"), Cli::tr("Discovery base, if not the platform address."),
                                    QStringLiteral("URL"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), Cli::tr("Workspace (default: current)."),
                                       QStringLiteral("W"));
    const QCommandLineOption scope(QStringLiteral("scope"), Cli::tr("Scopes to ask for."), QStringLiteral("S"));
    const QCommandLineOption noBrowser(QStringLiteral("no-browser"),
                                       Cli::tr("Do not open a browser: print the address and wait for the redirect."));
    const QCommandLineOption secretStdin(QStringLiteral("client-secret-stdin"),
                                         Cli::tr("Read a confidential client's secret from standard input."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Cli::tr("Give up after SECONDS without an answer (default 300)."),
                                     QStringLiteral("SECONDS"));
    p.addOptions({url, clientId, issuer, workspace, scope, noBrowser, secretStdin, timeout});
    if (!run.parse(p, args))
        return;
    PlatformConfig config;
    config.platformUrl = QUrl(p.value(url), QUrl::StrictMode);
    config.clientId = p.value(clientId);
    if (!p.isSet(url) || !config.platformUrl.isValid() || config.platformUrl.host().isEmpty()
        || (config.platformUrl.scheme() != QLatin1String("https")
            && config.platformUrl.scheme() != QLatin1String("http")))
        return run.fail(Error::usage(Cli::tr("platform login needs --url with the platform's http(s) address.")));
    if (config.clientId.isEmpty())
        return run.fail(
            Error::usage(Cli::tr("platform login needs --client-id: the id the platform gave AgentDesk when it was "
                                 "registered as an OAuth app (ask your platform's administrator).")));
    if (p.isSet(issuer)) {
        config.issuer = QUrl(p.value(issuer), QUrl::StrictMode);
        if (!config.issuer.isValid() || config.issuer.host().isEmpty())
            return run.fail(Error::usage(Cli::tr("--issuer must be an http(s) URL.")));
    }
    if (p.isSet(workspace))
        config.workspace = p.value(workspace);
    if (p.isSet(scope))
        config.scope = p.value(scope);
    int timeoutSeconds = 300;
    if (p.isSet(timeout)) {
        bool ok = false;
        timeoutSeconds = p.value(timeout).toInt(&ok);
        if (!ok || timeoutSeconds < 1)
            return run.fail(Error::validation(Cli::tr("--timeout takes a number of seconds.")));
    }
    if (p.isSet(secretStdin)) {
        config.clientSecret = Secret(run.readSecret(Cli::tr("Client secret (input hidden): ")));
        if (config.clientSecret.isEmpty())
            return run.fail(Error::validation(Cli::tr("No client secret on standard input.")));
    }
    startLogin(run, config, timeoutSeconds, !p.isSet(noBrowser));
}

void platformLogout(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    if (!run.parse(p, args) || !run.expectArguments(p, 0, Cli::tr("platform logout takes no arguments."))
        || !run.openCore())
        return;
    PlatformSession &session = run.core().platform();
    session.setAutoRefresh(false);
    session.load(&run, [&run, &session] {
        if (session.state() == PlatformSession::State::SignedOut) {
            run.out() << Cli::tr("Not signed in.") << Qt::endl;
            return run.finish(0);
        }
        session.logout(&run, [&run, url = session.config().platformUrl.toString()](const Error &e) {
            run.core().actions().note(AuditAction::SignOut, url, {}, e);
            if (e)
                return run.fail(e);
            run.out() << Cli::tr("Signed out; the tokens were revoked where the platform allows it and deleted.")
                      << Qt::endl;
            run.finish(0);
        });
    });
}

void platformStatus(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CommandRun::jsonOption());
    if (!run.parse(p, args) || !run.expectArguments(p, 0, Cli::tr("platform status takes no arguments."))
        || !run.openCore())
        return;
    PlatformSession &session = run.core().platform();
    // Only reads: it never refreshes (a rotated refresh token lost with this short-lived
    // process would end the sign-in for everyone).
    session.setAutoRefresh(false);
    session.load(&run, [&run, &session] {
        const auto state = session.state();
        if (run.json()) {
            QJsonObject o{{QStringLiteral("state"), PlatformSession::stateKey(state)}};
            if (state != PlatformSession::State::SignedOut) {
                o.insert(QStringLiteral("platform"), session.config().platformUrl.toString());
                o.insert(QStringLiteral("workspace"), session.config().workspace);
                o.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("sub"), session.user().subject},
                                                             {QStringLiteral("name"), session.user().name},
                                                             {QStringLiteral("email"), session.user().email}});
                o.insert(QStringLiteral("expiresAt"), toIso(session.expiresAt()));
                o.insert(QStringLiteral("scope"), session.scope());
            }
            if (!session.stateMessage().isEmpty())
                o.insert(QStringLiteral("message"), session.stateMessage());
            run.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            switch (state) {
            case PlatformSession::State::SignedOut:
                run.out() << Cli::tr("Not signed in. `agentdeskctl platform login --url URL --client-id ID` signs in.")
                          << '\n';
                break;
            case PlatformSession::State::SignedIn:
                run.out() << Cli::tr("Signed in as %1 <%2> on %3, workspace %4; access token valid until %5.")
                                 .arg(terminal::line(session.user().display()), terminal::line(session.user().email),
                                      session.config().platformUrl.toString(), session.config().workspace,
                                      localTime(session.expiresAt()))
                          << '\n';
                break;
            default: run.err() << session.stateMessage() << '\n'; break;
            }
        }
        const bool problem =
            state == PlatformSession::State::KeychainUnavailable || state == PlatformSession::State::NeedsSignIn;
        run.finish(problem ? 5 : 0);
    });
}

} // namespace

QList<Command> platformCommands()
{
    return {
        {QStringLiteral("platform"), QStringLiteral("login"),
         QStringLiteral("--url URL --client-id ID [--issuer URL] [--workspace W] [--scope S] [--no-browser] "
                        "[--client-secret-stdin] [--timeout SECONDS]"),
         QStringLiteral(
             "Sign in to the agent platform in your browser (OAuth with PKCE); tokens go to the OS keychain."),
         &platformLogin},
        {QStringLiteral("platform"), QStringLiteral("logout"), QString(),
         QStringLiteral("Sign out: revoke the tokens where the platform allows it and delete them."), &platformLogout},
        {QStringLiteral("platform"), QStringLiteral("status"), QStringLiteral("[--json]"),
         QStringLiteral("Who is signed in, to which workspace, until when (never a token). Never refreshes."),
         &platformStatus},
    };
}

} // namespace agentdesk
