#include "Cli.h"

#include "storage/AuditLog.h"

#include "accounts/AccountService.h"
#include "auth/PlatformSession.h"
#include "app/CoreContext.h"
#include "providers/codex/CodexMapper.h"
#include "domain/Timestamps.h"
#include "storage/Database.h"
#include "storage/TaskStore.h"
#include "sync/TaskService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace agentdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

const QCommandLineOption kJsonOption(QStringLiteral("json"), QStringLiteral("Print JSON for scripts."));
const QCommandLineOption kHelpOption({QStringLiteral("h"), QStringLiteral("help")},
                                     QStringLiteral("Show help for this command."));
const QCommandLineOption kDataDirOption(QStringLiteral("data-dir"),
                                        QStringLiteral("Keep data in DIR (default: $AGENTDESK_DATA_DIR or the "
                                                       "user's data directory)."),
                                        QStringLiteral("DIR"));

// Reads the key from standard input; with a terminal, without echo.
QString readSecretFromStdin(QTextStream &err)
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        err << tr("API key (input hidden): ") << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    QByteArray data;
    if (in.open(stdin, QIODevice::ReadOnly))
        data = tty ? in.readLine() : in.readAll();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    return QString::fromUtf8(data).trimmed();
}

QString padded(const QString &s, int width)
{
    if (s.size() > width)
        return s.left(width - 1) + QChar(0x2026);
    return s.leftJustified(width);
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

const QList<Cli::Command> &Cli::commands()
{
    static const QList<Command> list = {
        {QStringLiteral("account"), QStringLiteral("add"),
         QStringLiteral("PROVIDER --name NAME [--base-url URL] [--api-version V] [--from-codex-login | --account-id ID]"),
         QStringLiteral("Add a provider account; the API key is read from standard input into the OS keychain."),
         &Cli::accountAdd},
        {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("[--json]"),
         QStringLiteral("List accounts with a masked key preview."), &Cli::accountList},
        {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("NAME"),
         QStringLiteral("Remove an account and its key from the keychain."), &Cli::accountRemove},
        {QStringLiteral("task"), QStringLiteral("create"),
         QStringLiteral("--provider P [--account NAME] --repo URL [--branch B] (--prompt TEXT | --prompt-file F) "
                        "[--auto-pr] [--plan-approval] [--env K=V]... [--max-acu N] [--tag T]... [--model M] "
                        "[--best-of N] [--codex-env ID]"),
         QStringLiteral("Send a new task to a provider."), &Cli::taskCreate},
        {QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("[--provider P] [--status S] [--limit N] [--json]"),
         QStringLiteral("List tasks, newest first."), &Cli::taskList},
        {QStringLiteral("task"), QStringLiteral("show"), QStringLiteral("ID [--json]"),
         QStringLiteral("Show a task with its activity timeline."), &Cli::taskShow},
        {QStringLiteral("task"), QStringLiteral("sync"), QStringLiteral("[ID | --all] [--json]"),
         QStringLiteral("Fetch the latest state from the provider."), &Cli::taskSync},
        {QStringLiteral("task"), QStringLiteral("approve"), QStringLiteral("ID"),
         QStringLiteral("Approve the plan a task is waiting on."), &Cli::taskApprove},
        {QStringLiteral("task"), QStringLiteral("message"), QStringLiteral("ID TEXT"),
         QStringLiteral("Send a follow-up message to the agent."), &Cli::taskMessage},
        {QStringLiteral("task"), QStringLiteral("cancel"), QStringLiteral("ID"),
         QStringLiteral("Stop a task upstream, where the provider allows it."), &Cli::taskCancel},
        {QStringLiteral("task"), QStringLiteral("delete"), QStringLiteral("ID [--upstream]"),
         QStringLiteral("Delete a task here (and upstream with --upstream)."), &Cli::taskDelete},
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("[--limit N] [--json | --csv]"),
         QStringLiteral("The audit trail of operator actions (GUI and command line), newest first."), &Cli::auditList},
        {QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--provider P [--account NAME] [--json]"),
         QStringLiteral("List the repositories a provider account can work on."), &Cli::sourcesList},
        {QStringLiteral("platform"), QStringLiteral("login"),
         QStringLiteral("--url URL --client-id ID [--issuer URL] [--workspace W] [--scope S] [--no-browser] "
                        "[--client-secret-stdin] [--timeout SECONDS]"),
         QStringLiteral("Sign in to the agent platform in your browser (OAuth with PKCE); tokens go to the OS keychain."),
         &Cli::platformLogin},
        {QStringLiteral("platform"), QStringLiteral("logout"), QString(),
         QStringLiteral("Sign out: revoke the tokens where the platform allows it and delete them."), &Cli::platformLogout},
        {QStringLiteral("platform"), QStringLiteral("status"), QStringLiteral("[--json]"),
         QStringLiteral("Who is signed in, to which workspace, until when (never a token)."), &Cli::platformStatus},
        {QStringLiteral("worker"), QStringLiteral("run"),
         QStringLiteral("[--agent ID] [--name NAME] [--concurrency N] [--lease-seconds S] [--listen HOST:PORT | --no-listen] "
                        "[--poll-interval SECONDS] [--tls-cert FILE --tls-key FILE]"),
         QStringLiteral("Run the personal worker headless: claim platform sessions and run them as provider tasks. "
                        "Logs to stderr; SIGTERM/SIGINT drain it."),
         &Cli::workerRun},
        {QStringLiteral("worker"), QStringLiteral("status"), QStringLiteral("[--json]"),
         QStringLiteral("The worker's identity, state, claims, outbox and webhook counts."), &Cli::workerStatus},
        {QStringLiteral("worker"), QStringLiteral("route"),
         QStringLiteral("add --agent ID --provider P --account NAME --repo URL [--allow-repo URL]... [--branch B] "
                        "[--auto-pr] [--plan-approval] | list [--json] | remove AGENT"),
         QStringLiteral("The trusted routes: which provider account and repository run an agent's sessions."),
         &Cli::workerRoute},
        {QStringLiteral("worker"), QStringLiteral("webhook-key"), QStringLiteral("set"),
         QStringLiteral("Read the platform's webhook key from standard input into the OS keychain."), &Cli::workerWebhookKey},
        {QStringLiteral("worker"), QStringLiteral("forget"), QString(),
         QStringLiteral("Forget the saved worker registration (after the platform rejected it)."), &Cli::workerForget},
    };
    return list;
}

QString Cli::usageText()
{
    QString text = tr("Usage: agentdeskctl [--data-dir DIR] COMMAND SUBCOMMAND [OPTIONS]\n\n"
                      "Console for cloud coding agents (Jules, Devin, Codex Cloud, Cursor Cloud).\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1 %2 %3\n      %4\n").arg(c.group, c.name, c.synopsis, c.summary);
    text += tr("\nGlobal options:\n  --data-dir DIR   Keep data in DIR (or set AGENTDESK_DATA_DIR).\n"
               "  --help           Show this help; `agentdeskctl COMMAND --help` shows a command's help.\n"
               "  --version        Show the version.\n\n"
               "Exit codes: 0 ok, 2 usage or validation, 3 not found, 4 provider or network error, "
               "5 auth or keychain.\n");
    return text;
}

Cli::Cli(QStringList arguments, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_args(std::move(arguments)), m_out(out), m_err(err)
{
}

Cli::~Cli() = default;

void Cli::audit(const QString &action, const QString &target, const QString &detail, const Error &error)
{
    if (m_core)
        AuditLog(m_core->database(), QStringLiteral("cli"))
            .record(action, target, detail, error ? QStringLiteral("failed: ") + error.message : QStringLiteral("ok"));
}

void Cli::auditList(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N entries (default 100)."), QStringLiteral("N"));
    p.addOptions({kJsonOption, csv, limit});
    if (!parse(p, args) || showHelpIfAsked(p, QStringLiteral("audit"), QStringLiteral("list")) || !openCore())
        return;
    bool ok = true;
    const int n = p.isSet(limit) ? p.value(limit).toInt(&ok) : 100;
    if (!ok || n < 1)
        return fail(Error::usage(tr("--limit takes a positive number.")));
    const QList<AuditEntry> entries = AuditLog(m_core->database(), QStringLiteral("cli")).entries(n);
    if (m_json)
        m_out << AuditLog::toJson(entries);
    else if (p.isSet(csv))
        m_out << AuditLog::toCsv(entries);
    else
        for (const AuditEntry &e : entries)
            m_out << QStringLiteral("%1  %2  %3  %4  %5%6\n")
                         .arg(e.at.toLocalTime().toString(Qt::ISODate), e.actor, e.action, e.target, e.outcome,
                              e.detail.isEmpty() ? QString() : QStringLiteral("  (") + e.detail + QLatin1Char(')'));
    finish(0);
}

void Cli::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

void Cli::fail(const Error &error)
{
    m_err << tr("error: ") << error.message << Qt::endl;
    finish(exitCodeFor(error));
}

void Cli::start()
{
    // Global options stand before the command words.
    QStringList rest = m_args.mid(1);
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString opt = rest.takeFirst();
        if (opt == QLatin1String("--version")) {
            m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
            finish(0);
            return;
        }
        if (opt == QLatin1String("--help")) {
            m_out << usageText();
            finish(0);
            return;
        }
        if (opt == QLatin1String("--data-dir") && !rest.isEmpty()) {
            m_dataDirOption = rest.takeFirst();
        } else if (opt.startsWith(QLatin1String("--data-dir="))) {
            m_dataDirOption = opt.mid(11);
        } else {
            fail(Error::usage(tr("Unknown option %1. See `agentdeskctl --help`.").arg(opt)));
            return;
        }
    }
    if (rest.isEmpty()) {
        m_err << usageText();
        finish(2);
        return;
    }
    const QString group = rest.takeFirst();
    bool groupKnown = false;
    for (const Command &c : commands())
        groupKnown |= c.group == group;
    if (!groupKnown) {
        fail(Error::usage(tr("Unknown command \"%1\". See `agentdeskctl --help`.").arg(group)));
        return;
    }
    if (rest.isEmpty() || rest.first().startsWith(QLatin1Char('-'))) {
        const bool help = rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"));
        QString text = tr("Usage: agentdeskctl %1 SUBCOMMAND\n\n").arg(group);
        for (const Command &c : commands())
            if (c.group == group)
                text += QStringLiteral("  %1 %2 %3\n      %4\n").arg(c.group, c.name, c.synopsis, c.summary);
        (help ? m_out : m_err) << text;
        finish(help ? 0 : 2);
        return;
    }
    const QString name = rest.takeFirst();
    for (const Command &c : commands()) {
        if (c.group == group && c.name == name) {
            (this->*c.handler)(rest);
            return;
        }
    }
    fail(Error::usage(tr("Unknown command \"%1 %2\". See `agentdeskctl %1 --help`.").arg(group, name)));
}

QString Cli::readStdinSecret()
{
    return readSecretFromStdin(m_err);
}

bool Cli::parse(QCommandLineParser &parser, const QStringList &args)
{
    parser.addOption(kHelpOption);
    parser.addOption(kDataDirOption);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("agentdeskctl")} + args)) {
        fail(Error::usage(parser.errorText() + QLatin1Char('.')));
        return false;
    }
    if (parser.isSet(kDataDirOption))
        m_dataDirOption = parser.value(kDataDirOption);
    m_json = parser.optionNames().contains(QLatin1String("json")) && parser.isSet(QStringLiteral("json"));
    return true;
}

bool Cli::openCore()
{
    CoreContext::Options options;
    options.paths = AppPaths::resolve(m_dataDirOption);
    m_core = std::make_unique<CoreContext>(std::move(options));
    const Error e = m_core->open();
    if (e) {
        fail(e);
        return false;
    }
    return true;
}

bool Cli::showHelpIfAsked(const QCommandLineParser &parser, const QString &group, const QString &name)
{
    if (!parser.isSet(kHelpOption))
        return false;
    for (const Command &c : commands())
        if (c.group == group && c.name == name)
            m_out << QStringLiteral("Usage: agentdeskctl %1 %2 %3\n\n%4\n\n%5")
                         .arg(c.group, c.name, c.synopsis, c.summary,
                              parser.helpText().section(QLatin1Char('\n'), 2));
    finish(0);
    return true;
}

void Cli::printTask(const Task &task, bool json, bool withActivities)
{
    if (json) {
        m_out << QJsonDocument(task.toJson(withActivities)).toJson(QJsonDocument::Indented);
        return;
    }
    m_out << task.id << "  " << providerDisplayName(task.provider) << "  " << statusDisplayName(task.status);
    if (!task.upstreamStatus.isEmpty())
        m_out << " (" << task.upstreamStatus << ')';
    m_out << '\n';
    if (task.attention.needsYou())
        m_out << tr("  NEEDS YOU: ") << task.attention.reason << '\n';
    m_out << tr("  Title:    ") << task.displayTitle() << '\n';
    m_out << tr("  Repo:     ") << task.source.repoUrl
          << (task.source.branch.isEmpty() ? QString() : QStringLiteral(" @ ") + task.source.branch) << '\n';
    if (!task.account.isEmpty())
        m_out << tr("  Account:  ") << task.account << '\n';
    if (!task.externalId.isEmpty())
        m_out << tr("  Upstream: ") << task.externalId
              << (task.webUrl.isEmpty() ? QString() : QStringLiteral("  ") + task.webUrl) << '\n';
    if (!task.result.prUrl.isEmpty())
        m_out << tr("  PR:       ") << task.result.prUrl << '\n';
    if (!task.result.summary.isEmpty())
        m_out << tr("  Summary:  ") << task.result.summary << '\n';
    if (!task.error.isEmpty())
        m_out << tr("  Error:    ") << task.error << '\n';
    m_out << tr("  Created:  ") << localTime(task.createdAt) << tr("   Updated: ") << localTime(task.updatedAt) << '\n';
    if (withActivities) {
        m_out << tr("  Activities (%1):").arg(task.activities.size()) << '\n';
        for (const Activity &a : task.activities) {
            const QString first = a.content.section(QLatin1Char('\n'), 0, 0);
            m_out << "    " << localTime(a.timestamp) << "  " << padded(activityTypeKey(a.type), 11) << ' ' << first
                  << '\n';
            const QStringList more = a.content.split(QLatin1Char('\n')).mid(1);
            for (const QString &line : more)
                m_out << QString(35, QLatin1Char(' ')) << line << '\n';
        }
    }
}

void Cli::noteExperimental(ProviderId provider)
{
    if (m_core && m_core->taskService().capabilities(provider).experimental)
        m_err << tr("note: %1 support is experimental: it uses an unofficial API that may change.")
                     .arg(providerDisplayName(provider))
              << Qt::endl;
}

void Cli::accountAdd(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), tr("Account name."), QStringLiteral("NAME"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), tr("Override the provider's API base URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption apiVersion(QStringLiteral("api-version"),
                                        tr("API version: v1 or v3 for devin (default: from the key), v0 or v1 for "
                                           "cursor-cloud (default v1)."),
                                        QStringLiteral("V"));
    const QCommandLineOption accountId(QStringLiteral("account-id"),
                                       tr("codex-cloud: the ChatGPT account id to send with the pasted token."),
                                       QStringLiteral("ID"));
    const QCommandLineOption fromCodex(QStringLiteral("from-codex-login"),
                                       tr("codex-cloud: take the token and account id from your Codex CLI login "
                                          "(~/.codex/auth.json, or $CODEX_HOME). Nothing else is read."));
    const QCommandLineOption codexAuth(QStringLiteral("codex-auth"), tr("codex-cloud: read this auth.json instead."),
                                       QStringLiteral("FILE"));
    p.addOptions({name, baseUrl, apiVersion, accountId, fromCodex, codexAuth});
    p.addPositionalArgument(QStringLiteral("PROVIDER"), allProviderKeys().join(QLatin1String(", ")));
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("account"), QStringLiteral("add")))
        return;
    if (p.positionalArguments().size() != 1)
        return fail(Error::usage(tr("account add takes one PROVIDER (%1).").arg(allProviderKeys().join(QLatin1String(", ")))));
    const auto provider = providerFromKey(p.positionalArguments().first());
    if (!provider)
        return fail(Error::validation(tr("Unknown provider \"%1\"; choose one of: %2.")
                                          .arg(p.positionalArguments().first(), allProviderKeys().join(QLatin1String(", ")))));
    if (!p.isSet(name))
        return fail(Error::usage(tr("account add needs --name NAME.")));
    const QUrl url = p.isSet(baseUrl) ? QUrl(p.value(baseUrl), QUrl::StrictMode) : QUrl();
    if (p.isSet(baseUrl) && (url.isEmpty() || !AccountService::validateBaseUrl(url).isEmpty()))
        return fail(Error::validation(AccountService::validateBaseUrl(url.isEmpty() ? QUrl(QStringLiteral("x:")) : url)));
    if (const QString problem = validateAccountName(p.value(name)); !problem.isEmpty())
        return fail(Error::validation(problem));
    QJsonObject settings;
    if (p.isSet(apiVersion)) {
        const QString v = p.value(apiVersion);
        const QStringList allowed = *provider == ProviderId::Devin ? QStringList{QStringLiteral("v1"), QStringLiteral("v3")}
            : *provider == ProviderId::CursorCloud ? QStringList{QStringLiteral("v0"), QStringLiteral("v1")}
                                                   : QStringList{};
        if (!allowed.contains(v))
            return fail(Error::validation(allowed.isEmpty()
                                              ? tr("--api-version applies to devin and cursor-cloud only.")
                                              : tr("--api-version for %1 is one of %2.").arg(providerKey(*provider), allowed.join(QLatin1String(", ")))));
        settings.insert(QStringLiteral("apiVersion"), v);
    }
    if ((p.isSet(accountId) || p.isSet(fromCodex) || p.isSet(codexAuth)) && *provider != ProviderId::CodexCloud)
        return fail(Error::validation(tr("--account-id, --from-codex-login and --codex-auth apply to codex-cloud only.")));
    Secret key;
    if (*provider == ProviderId::CodexCloud && (p.isSet(fromCodex) || p.isSet(codexAuth))) {
        const QString path = p.isSet(codexAuth) ? p.value(codexAuth) : codex::defaultCodexAuthPath();
        const codex::CodexLogin login = codex::readCodexLogin(path);
        if (!login.error.isEmpty())
            return fail(Error::validation(login.error));
        m_err << tr("Using the ChatGPT login of your Codex CLI from %1 (access token and account id only).").arg(path)
              << Qt::endl;
        key = Secret(login.accessToken);
        settings.insert(QStringLiteral("accountId"), login.accountId);
    } else {
        if (*provider == ProviderId::CodexCloud) {
            if (!p.isSet(accountId))
                return fail(Error::usage(tr("codex-cloud needs --from-codex-login, or --account-id ID with the token "
                                            "on standard input.")));
            settings.insert(QStringLiteral("accountId"), p.value(accountId));
        }
        key = Secret(readSecretFromStdin(m_err));
    }
    if (key.isEmpty())
        return fail(Error::validation(tr("No API key on standard input. Pipe it in, e.g. "
                                         "`agentdeskctl account add jules --name work < key.txt`.")));
    if (!openCore())
        return;
    m_core->accountService().add(*provider, p.value(name), url, key, [this](const Outcome<Account> &r) {
        if (!r.ok())
            return fail(r.error);
        m_out << tr("Added %1 account \"%2\"; its key is in the OS keychain.")
                     .arg(providerDisplayName(r.value.provider), r.value.name)
              << Qt::endl;
        finish(0);
    }, settings);
}

void Cli::accountList(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(kJsonOption);
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("account"), QStringLiteral("list")))
        return;
    if (!p.positionalArguments().isEmpty())
        return fail(Error::usage(tr("account list takes no arguments.")));
    if (!openCore())
        return;
    m_core->accountService().list([this](const Outcome<QList<AccountView>> &r) {
        bool keychainProblem = false;
        QJsonArray array;
        for (const AccountView &v : r.value) {
            keychainProblem |= v.keyState == AccountView::KeychainUnavailable;
            const QString state = v.keyState == AccountView::Present ? QStringLiteral("present")
                : v.keyState == AccountView::Missing                 ? QStringLiteral("missing")
                                                                     : QStringLiteral("keychain_unavailable");
            if (m_json) {
                array.append(QJsonObject{{QStringLiteral("name"), v.account.name},
                                         {QStringLiteral("provider"), providerKey(v.account.provider)},
                                         {QStringLiteral("baseUrl"), v.account.baseUrl.isEmpty()
                                                                         ? QJsonValue()
                                                                         : QJsonValue(v.account.baseUrl.toString())},
                                         {QStringLiteral("key"), v.keyPreview},
                                         {QStringLiteral("keyState"), state},
                                         {QStringLiteral("createdAt"), toIso(v.account.createdAt)}});
            } else {
                const QString key = v.keyState == AccountView::Present
                    ? (v.keyPreview.isEmpty() ? tr("(short key, not shown)") : v.keyPreview)
                    : v.keyState == AccountView::Missing ? tr("(no key in keychain)")
                                                         : tr("(keychain unavailable)");
                m_out << padded(v.account.name, 20) << ' ' << padded(providerKey(v.account.provider), 13) << ' '
                      << padded(key, 24) << ' ' << v.account.baseUrl.toString() << '\n';
            }
        }
        if (m_json)
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        else if (r.value.isEmpty())
            m_out << tr("No accounts. Add one with `agentdeskctl account add PROVIDER --name NAME`.") << '\n';
        if (keychainProblem) {
            for (const AccountView &v : r.value)
                if (v.keyState == AccountView::KeychainUnavailable)
                    return fail(Error::keychain(v.keyProblem));
        }
        finish(0);
    });
}

void Cli::accountRemove(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), tr("Account to remove."));
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("account"), QStringLiteral("remove")))
        return;
    if (p.positionalArguments().size() != 1)
        return fail(Error::usage(tr("account remove takes one NAME.")));
    if (!openCore())
        return;
    const QString name = p.positionalArguments().first();
    m_core->accountService().remove(name, [this, name](const Outcome<Done> &r) {
        if (!r.ok())
            return fail(r.error);
        m_out << tr("Removed account \"%1\" and its key.").arg(name) << Qt::endl;
        finish(0);
    });
}

void Cli::taskCreate(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption provider(QStringLiteral("provider"), tr("Provider."), QStringLiteral("P"));
    const QCommandLineOption account(QStringLiteral("account"), tr("Account to use."), QStringLiteral("NAME"));
    const QCommandLineOption repo(QStringLiteral("repo"), tr("Repository URL."), QStringLiteral("URL"));
    const QCommandLineOption branch(QStringLiteral("branch"), tr("Starting branch."), QStringLiteral("B"));
    const QCommandLineOption prompt(QStringLiteral("prompt"), tr("What the agent should do."), QStringLiteral("TEXT"));
    const QCommandLineOption promptFile(QStringLiteral("prompt-file"), tr("Read the prompt from a file."),
                                        QStringLiteral("F"));
    const QCommandLineOption autoPr(QStringLiteral("auto-pr"), tr("Open a pull request when done."));
    const QCommandLineOption planApproval(QStringLiteral("plan-approval"), tr("Wait for plan approval."));
    const QCommandLineOption env(QStringLiteral("env"), tr("Environment variable for the agent."), QStringLiteral("K=V"));
    const QCommandLineOption maxAcu(QStringLiteral("max-acu"), tr("devin: stop after N ACUs."), QStringLiteral("N"));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("devin: tag the session (repeatable)."), QStringLiteral("T"));
    const QCommandLineOption model(QStringLiteral("model"), tr("cursor-cloud: the model id."), QStringLiteral("M"));
    const QCommandLineOption bestOf(QStringLiteral("best-of"), tr("codex-cloud: attempts to run (1-4)."), QStringLiteral("N"));
    const QCommandLineOption codexEnv(QStringLiteral("codex-env"), tr("codex-cloud: the environment id (default: the one "
                                                                      "matching --repo)."), QStringLiteral("ID"));
    p.addOptions({provider, account, repo, branch, prompt, promptFile, autoPr, planApproval, env, maxAcu, tag, model,
                  bestOf, codexEnv, kJsonOption});
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("task"), QStringLiteral("create")))
        return;
    if (!p.positionalArguments().isEmpty())
        return fail(Error::usage(tr("Unexpected argument \"%1\"; put the prompt in --prompt.").arg(p.positionalArguments().first())));
    if (!p.isSet(provider))
        return fail(Error::usage(tr("task create needs --provider (%1).").arg(allProviderKeys().join(QLatin1String(", ")))));
    if (!p.isSet(repo))
        return fail(Error::usage(tr("task create needs --repo URL.")));
    if (p.isSet(prompt) == p.isSet(promptFile))
        return fail(Error::usage(tr("Give exactly one of --prompt TEXT and --prompt-file F.")));
    NewTask input;
    input.provider = p.value(provider);
    input.account = p.value(account);
    input.repoUrl = p.value(repo);
    input.branch = p.value(branch);
    if (p.isSet(promptFile)) {
        QFile f(p.value(promptFile));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::validation(tr("Cannot read the prompt file %1: %2.").arg(f.fileName(), f.errorString())));
        input.prompt = QString::fromUtf8(f.readAll());
    } else {
        input.prompt = p.value(prompt);
    }
    input.options.autoCreatePr = p.isSet(autoPr);
    input.options.planApprovalRequired = p.isSet(planApproval);
    const QStringList envs = p.values(env);
    for (const QString &assignment : envs) {
        QString key, value, problem;
        if (!parseEnvironmentAssignment(assignment, &key, &value, &problem))
            return fail(Error::validation(problem));
        input.options.environment.insert(key, value);
    }
    auto positive = [&](const QCommandLineOption &o, int max, const char *key) -> bool {
        bool ok = false;
        const int n = p.value(o).toInt(&ok);
        if (!ok || n < 1 || n > max) {
            fail(Error::validation(tr("--%1 takes a whole number from 1 to %2, not \"%3\".").arg(o.names().first()).arg(max).arg(p.value(o))));
            return false;
        }
        input.options.provider.insert(QString::fromLatin1(key), n);
        return true;
    };
    if (p.isSet(maxAcu) && !positive(maxAcu, 100000, "maxAcuLimit"))
        return;
    if (p.isSet(bestOf) && !positive(bestOf, 4, "bestOfN"))
        return;
    if (p.isSet(tag))
        input.options.provider.insert(QStringLiteral("tags"), QJsonArray::fromStringList(p.values(tag)));
    if (p.isSet(model))
        input.options.provider.insert(QStringLiteral("model"), p.value(model));
    if (p.isSet(codexEnv))
        input.options.provider.insert(QStringLiteral("environmentId"), p.value(codexEnv));
    // Validate before touching the data directory: bad input writes nothing.
    if (const Error invalid = validationError(validateNewTask(input)))
        return fail(invalid);
    if (!openCore())
        return;
    noteExperimental(*providerFromKey(input.provider));
    m_core->taskService().create(input, [this](const Outcome<Task> &r) {
        if (!r.ok())
            return fail(r.error);
        if (m_json)
            printTask(r.value, true, true);
        else
            m_out << tr("Created %1 (%2 %3).").arg(r.value.id, providerDisplayName(r.value.provider), r.value.externalId)
                  << Qt::endl;
        finish(0);
    });
}

void Cli::taskList(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption provider(QStringLiteral("provider"), tr("Only this provider."), QStringLiteral("P"));
    const QCommandLineOption status(QStringLiteral("status"), tr("Only this status."), QStringLiteral("S"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N tasks."), QStringLiteral("N"));
    p.addOptions({provider, status, limit, kJsonOption});
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("task"), QStringLiteral("list")))
        return;
    TaskQuery query;
    if (p.isSet(provider)) {
        query.provider = providerFromKey(p.value(provider));
        if (!query.provider)
            return fail(Error::validation(tr("Unknown provider \"%1\"; choose one of: %2.")
                                              .arg(p.value(provider), allProviderKeys().join(QLatin1String(", ")))));
    }
    if (p.isSet(status)) {
        query.status = statusFromKey(p.value(status));
        if (!query.status) {
            QStringList keys;
            for (TaskStatus s : allStatuses())
                keys << statusKey(s);
            return fail(Error::validation(tr("Unknown status \"%1\"; choose one of: %2.")
                                              .arg(p.value(status), keys.join(QLatin1String(", ")))));
        }
    }
    if (p.isSet(limit)) {
        bool ok = false;
        query.limit = p.value(limit).toInt(&ok);
        if (!ok || query.limit < 1)
            return fail(Error::validation(tr("--limit takes a positive number, not \"%1\".").arg(p.value(limit))));
    }
    if (!openCore())
        return;
    const QList<Task> tasks = m_core->tasks().tasks(query);
    if (m_json) {
        QJsonArray array;
        for (const Task &t : tasks)
            array.append(t.toJson(false));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (tasks.isEmpty()) {
        m_out << tr("No tasks.") << '\n';
    } else {
        m_out << padded(tr("ID"), 38) << padded(tr("PROVIDER"), 14) << padded(tr("STATUS"), 19)
              << padded(tr("REPO"), 24) << padded(tr("UPDATED"), 18) << tr("TITLE") << '\n';
        for (const Task &t : tasks) {
            QString shownStatus = statusKey(t.status);
            if (t.attention.needsYou())
                shownStatus = QStringLiteral("! ") + shownStatus;
            m_out << padded(t.id, 38) << padded(providerKey(t.provider), 14) << padded(shownStatus, 19)
                  << padded(t.source.repoName, 24) << padded(localTime(t.updatedAt), 18) << t.displayTitle() << '\n';
            if (t.attention.needsYou())
                m_out << "    " << tr("needs you: ") << t.attention.reason << '\n';
        }
    }
    finish(0);
}

void Cli::taskShow(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(kJsonOption);
    p.addPositionalArgument(QStringLiteral("ID"), tr("Task id."));
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("task"), QStringLiteral("show")))
        return;
    if (p.positionalArguments().size() != 1)
        return fail(Error::usage(tr("task show takes one task ID.")));
    if (!openCore())
        return;
    const auto task = m_core->tasks().task(p.positionalArguments().first(), true);
    if (!task)
        return fail(Error::notFound(tr("No task with id %1. `agentdeskctl task list` shows the known tasks.")
                                        .arg(p.positionalArguments().first())));
    printTask(*task, m_json, true);
    finish(0);
}

void Cli::taskSync(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption all(QStringLiteral("all"), tr("Sync every task that has not ended."));
    p.addOptions({all, kJsonOption});
    p.addPositionalArgument(QStringLiteral("ID"), tr("Task id."));
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("task"), QStringLiteral("sync")))
        return;
    if (p.isSet(all) == (p.positionalArguments().size() == 1) || p.positionalArguments().size() > 1)
        return fail(Error::usage(tr("task sync takes one task ID or --all.")));
    if (!openCore())
        return;
    if (!p.isSet(all)) {
        m_core->taskService().sync(p.positionalArguments().first(), [this](const Outcome<Task> &r) {
            if (!r.ok())
                return fail(r.error);
            const auto withActivities = m_core->tasks().task(r.value.id, true);
            printTask(withActivities.value_or(r.value), m_json, m_json);
            finish(0);
        });
        return;
    }
    TaskQuery active;
    active.activeOnly = true;
    const QList<Task> tasks = m_core->tasks().tasks(active);
    if (tasks.isEmpty()) {
        m_out << (m_json ? QStringLiteral("[]\n") : tr("No active tasks to sync.\n"));
        return finish(0);
    }
    struct State {
        int remaining = 0;
        int failed = 0;
        Error lastError;
        QJsonArray results;
    };
    auto state = std::make_shared<State>();
    state->remaining = int(tasks.size());
    for (const Task &t : tasks) {
        m_core->taskService().sync(t.id, [this, state, id = t.id](const Outcome<Task> &r) {
            if (!r.ok()) {
                ++state->failed;
                state->lastError = r.error;
                m_err << tr("error: %1: %2").arg(id, r.error.message) << Qt::endl;
            } else if (m_json) {
                state->results.append(r.value.toJson(false));
            } else {
                m_out << padded(id, 38) << statusKey(r.value.status)
                      << (r.value.attention.needsYou() ? tr("  needs you: ") + r.value.attention.reason : QString())
                      << '\n';
            }
            if (--state->remaining > 0)
                return;
            if (m_json)
                m_out << QJsonDocument(state->results).toJson(QJsonDocument::Indented);
            finish(state->failed ? exitCodeFor(state->lastError) : 0);
        });
    }
}

void Cli::taskApprove(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(kJsonOption);
    p.addPositionalArgument(QStringLiteral("ID"), tr("Task id."));
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("task"), QStringLiteral("approve")))
        return;
    if (p.positionalArguments().size() != 1)
        return fail(Error::usage(tr("task approve takes one task ID.")));
    if (!openCore())
        return;
    m_core->taskService().approvePlan(p.positionalArguments().first(), [this, id = p.positionalArguments().first()](const Outcome<Task> &r) {
        audit(QStringLiteral("approve_plan"), id, {}, r.error);
        if (!r.ok())
            return fail(r.error);
        if (m_json)
            printTask(r.value, true, false);
        else
            m_out << tr("Plan approved; the task is now %1.").arg(statusDisplayName(r.value.status).toLower()) << Qt::endl;
        finish(0);
    });
}

void Cli::taskMessage(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(kJsonOption);
    p.addPositionalArgument(QStringLiteral("ID"), tr("Task id."));
    p.addPositionalArgument(QStringLiteral("TEXT"), tr("Message for the agent."));
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("task"), QStringLiteral("message")))
        return;
    if (p.positionalArguments().size() != 2)
        return fail(Error::usage(tr("task message takes a task ID and the TEXT (quote it).")));
    if (!openCore())
        return;
    if (const auto known = m_core->tasks().task(p.positionalArguments().first()))
        noteExperimental(known->provider);
    m_core->taskService().sendMessage(p.positionalArguments().at(0), p.positionalArguments().at(1),
                                      [this, id = p.positionalArguments().at(0), text = p.positionalArguments().at(1)](const Outcome<Task> &r) {
                                          audit(QStringLiteral("send_message"), id, text.left(200), r.error);
                                          if (!r.ok())
                                              return fail(r.error);
                                          if (m_json)
                                              printTask(r.value, true, false);
                                          else
                                              m_out << tr("Message sent.") << Qt::endl;
                                          finish(0);
                                      });
}

void Cli::taskCancel(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(kJsonOption);
    p.addPositionalArgument(QStringLiteral("ID"), tr("Task id."));
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("task"), QStringLiteral("cancel")))
        return;
    if (p.positionalArguments().size() != 1)
        return fail(Error::usage(tr("task cancel takes one task ID.")));
    if (!openCore())
        return;
    if (const auto known = m_core->tasks().task(p.positionalArguments().first()))
        noteExperimental(known->provider);
    m_core->taskService().cancel(p.positionalArguments().first(), [this, id = p.positionalArguments().first()](const Outcome<Task> &r) {
        audit(QStringLiteral("cancel"), id, {}, r.error);
        if (!r.ok())
            return fail(r.error);
        if (m_json)
            printTask(r.value, true, false);
        else
            m_out << tr("Cancelled upstream.") << Qt::endl;
        finish(0);
    });
}

void Cli::taskDelete(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption upstream(QStringLiteral("upstream"), tr("Delete the task at the provider too."));
    p.addOption(upstream);
    p.addPositionalArgument(QStringLiteral("ID"), tr("Task id."));
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("task"), QStringLiteral("delete")))
        return;
    if (p.positionalArguments().size() != 1)
        return fail(Error::usage(tr("task delete takes one task ID.")));
    if (!openCore())
        return;
    if (const auto known = m_core->tasks().task(p.positionalArguments().first()))
        noteExperimental(known->provider);
    const QString id = p.positionalArguments().first();
    const bool up = p.isSet(upstream);
    m_core->taskService().remove(id, up, [this, id, up](const Outcome<Done> &r) {
        audit(QStringLiteral("delete"), id, up ? tr("also upstream") : tr("local only"), r.error);
        if (!r.ok())
            return fail(r.error);
        m_out << (up ? tr("Deleted %1 here and upstream.") : tr("Deleted %1 here; it still exists upstream.")).arg(id)
              << Qt::endl;
        finish(0);
    });
}

void Cli::sourcesList(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption provider(QStringLiteral("provider"), tr("Provider."), QStringLiteral("P"));
    const QCommandLineOption account(QStringLiteral("account"), tr("Account to use."), QStringLiteral("NAME"));
    p.addOptions({provider, account, kJsonOption});
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("sources"), QStringLiteral("list")))
        return;
    const auto id = providerFromKey(p.value(provider));
    if (!id)
        return fail(Error::validation(tr("sources list needs --provider (%1).").arg(allProviderKeys().join(QLatin1String(", ")))));
    if (!openCore())
        return;
    m_core->taskService().listSources(*id, p.value(account), [this](const Outcome<QList<SourceInfo>> &r) {
        if (!r.ok())
            return fail(r.error);
        QJsonArray array;
        for (const SourceInfo &s : r.value) {
            if (m_json)
                array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                         {QStringLiteral("repoName"), s.repoName},
                                         {QStringLiteral("url"), s.url},
                                         {QStringLiteral("defaultBranch"), s.defaultBranch},
                                         {QStringLiteral("branches"), QJsonArray::fromStringList(s.branches)}});
            else
                m_out << padded(s.repoName, 32) << ' ' << padded(s.defaultBranch, 16) << ' ' << s.name << '\n';
        }
        if (m_json)
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        finish(0);
    });
}

} // namespace agentdesk

namespace agentdesk {

void Cli::withPlatformLoaded(std::function<void()> then)
{
    if (!openCore())
        return;
    m_core->platform().load(std::move(then));
}

void Cli::platformLogin(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption url(QStringLiteral("url"), tr("The platform's address."), QStringLiteral("URL"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), tr("The OAuth client id of AgentDesk on the platform."),
                                      QStringLiteral("ID"));
    const QCommandLineOption issuer(QStringLiteral("issuer"), tr("Discovery base, if not the platform address."),
                                    QStringLiteral("URL"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("Workspace (default: current)."), QStringLiteral("W"));
    const QCommandLineOption scope(QStringLiteral("scope"), tr("Scopes to ask for."), QStringLiteral("S"));
    const QCommandLineOption noBrowser(QStringLiteral("no-browser"),
                                       tr("Do not open a browser: print the address and wait for the redirect."));
    const QCommandLineOption secretStdin(QStringLiteral("client-secret-stdin"),
                                         tr("Read a confidential client's secret from standard input."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Give up after SECONDS without an answer (default 300)."),
                                     QStringLiteral("SECONDS"));
    p.addOptions({url, clientId, issuer, workspace, scope, noBrowser, secretStdin, timeout});
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("platform"), QStringLiteral("login")))
        return;
    PlatformConfig config;
    config.platformUrl = QUrl(p.value(url), QUrl::StrictMode);
    config.clientId = p.value(clientId);
    if (!p.isSet(url) || !config.platformUrl.isValid() || config.platformUrl.host().isEmpty()
        || (config.platformUrl.scheme() != QLatin1String("https") && config.platformUrl.scheme() != QLatin1String("http")))
        return fail(Error::usage(tr("platform login needs --url with the platform's http(s) address.")));
    if (config.clientId.isEmpty())
        return fail(Error::usage(tr("platform login needs --client-id.")));
    if (p.isSet(issuer)) {
        config.issuer = QUrl(p.value(issuer), QUrl::StrictMode);
        if (!config.issuer.isValid() || config.issuer.host().isEmpty())
            return fail(Error::usage(tr("--issuer must be an http(s) URL.")));
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
            return fail(Error::validation(tr("--timeout takes a number of seconds.")));
    }
    if (p.isSet(secretStdin)) {
        config.clientSecret = Secret(readSecretFromStdin(m_err));
        if (config.clientSecret.isEmpty())
            return fail(Error::validation(tr("No client secret on standard input.")));
    }
    if (!openCore())
        return;
    const bool openBrowser = !p.isSet(noBrowser);
    PkceLogin *login = m_core->platform().beginLogin(config, [this, openBrowser](const QUrl &address) {
        if (openBrowser) {
            m_err << tr("Opening your browser to sign in. If it does not open, visit:") << Qt::endl;
            QProcess::startDetached(QStringLiteral("xdg-open"), {address.toString(QUrl::FullyEncoded)});
        } else {
            m_err << tr("Open this address in a browser to sign in:") << Qt::endl;
        }
        // The address alone on its line, for copying or for a script to pick up.
        m_out << address.toString(QUrl::FullyEncoded) << Qt::endl;
        m_err << tr("Waiting for the browser…") << Qt::endl;
    });
    login->setTimeout(timeoutSeconds * 1000);
    connect(login, &PkceLogin::failed, this, [this](const OAuthError &e) {
        fail(e.code == QLatin1String("network_error") ? Error::provider(e.message()) : Error::auth(e.message()));
    });
    connect(&m_core->platform(), &PlatformSession::stateChanged, this, [this](PlatformSession::State s) {
        auto &session = m_core->platform();
        if (s == PlatformSession::State::SignedIn) {
            audit(QStringLiteral("sign_in"), session.config().platformUrl.toString(), session.user().display());
            m_out << tr("Signed in as %1 on %2 (workspace %3).")
                         .arg(session.user().display(), session.config().platformUrl.toString(), session.config().workspace)
                  << Qt::endl;
            finish(0);
        } else if (s == PlatformSession::State::KeychainUnavailable) {
            fail(Error::keychain(session.stateMessage()));
        }
    });
    login->start();
}

void Cli::platformLogout(const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("platform"), QStringLiteral("logout")))
        return;
    withPlatformLoaded([this] {
        auto &session = m_core->platform();
        if (session.state() == PlatformSession::State::SignedOut) {
            m_out << tr("Not signed in.") << Qt::endl;
            return finish(0);
        }
        session.logout([this, url = session.config().platformUrl.toString()](const Error &e) {
            audit(QStringLiteral("sign_out"), url, {}, e);
            if (e)
                return fail(e);
            m_out << tr("Signed out; the tokens were revoked where the platform allows it and deleted.") << Qt::endl;
            finish(0);
        });
    });
}

void Cli::platformStatus(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(kJsonOption);
    if (!parse(p, args))
        return;
    if (showHelpIfAsked(p, QStringLiteral("platform"), QStringLiteral("status")))
        return;
    withPlatformLoaded([this] {
        const auto &session = m_core->platform();
        const auto state = session.state();
        if (m_json) {
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
            m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            switch (state) {
            case PlatformSession::State::SignedOut:
                m_out << tr("Not signed in. `agentdeskctl platform login --url URL --client-id ID` signs in.") << '\n';
                break;
            case PlatformSession::State::SignedIn:
                m_out << tr("Signed in as %1 <%2> on %3, workspace %4; access token valid until %5.")
                             .arg(session.user().display(), session.user().email, session.config().platformUrl.toString(),
                                  session.config().workspace, localTime(session.expiresAt()))
                      << '\n';
                break;
            default:
                m_err << session.stateMessage() << '\n';
                break;
            }
        }
        if (state == PlatformSession::State::KeychainUnavailable)
            return finish(5);
        finish(state == PlatformSession::State::NeedsSignIn ? 5 : 0);
    });
}

} // namespace agentdesk
