// agentdeskctl account …: provider accounts; keys go to the OS keychain only.
#include "Cli.h"
#include "CommandRun.h"
#include "ProgressLine.h"
#include "StopSignals.h"
#include "TerminalText.h"

#include "accounts/AccountService.h"
#include "app/CoreContext.h"
#include "domain/Timestamps.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace agentdesk {

namespace {

// --api-version for the providers that have several.
bool readApiVersion(CommandRun &run, ProviderId provider, const QString &value, QJsonObject *settings)
{
    const QStringList allowed = provider == ProviderId::Devin ? QStringList{QStringLiteral("v1"), QStringLiteral("v3")}
                                : provider == ProviderId::CursorCloud
                                    ? QStringList{QStringLiteral("v0"), QStringLiteral("v1")}
                                    : QStringList{};
    if (!allowed.contains(value)) {
        run.fail(Error::validation(allowed.isEmpty()
                                       ? Cli::tr("--api-version applies to devin and cursor-cloud only.")
                                       : Cli::tr("--api-version for %1 is one of %2.")
                                             .arg(providerKey(provider), allowed.join(QLatin1String(", ")))));
        return false;
    }
    settings->insert(QStringLiteral("apiVersion"), value);
    return true;
}

bool readBaseUrl(CommandRun &run, const QString &text, QUrl *url)
{
    *url = QUrl(text, QUrl::StrictMode);
    if (url->isEmpty() || !AccountService::validateBaseUrl(*url).isEmpty()) {
        run.fail(
            Error::validation(AccountService::validateBaseUrl(url->isEmpty() ? QUrl(QStringLiteral("x:")) : *url)));
        return false;
    }
    return true;
}

QString keyStateKey(AccountView::KeyState s)
{
    switch (s) {
    case AccountView::Present: return QStringLiteral("present");
    case AccountView::Missing: return QStringLiteral("missing");
    case AccountView::KeychainLocked: return QStringLiteral("keychain_locked");
    case AccountView::KeychainUnavailable: return QStringLiteral("keychain_unavailable");
    }
    return {};
}

QCommandLineOption adoptOption()
{
    return QCommandLineOption(
        QStringLiteral("adopt"),
        Cli::tr("Which tasks started elsewhere (the provider's app, CLI, IDE) to show: all, none, or "
                "those of the last DAYS days (default 30)."),
        QStringLiteral("all|none|DAYS"));
}

// --ci-fix off|ask|auto and --ci-fix-rounds N into the account's settings.
bool readCiFixPolicy(CommandRun &run, const QCommandLineParser &p, QJsonObject *settings)
{
    if (p.isSet(QStringLiteral("ci-fix"))) {
        const QString mode = p.value(QStringLiteral("ci-fix"));
        if (!PrPolicy::modeFromKey(mode)) {
            run.fail(Error::validation(Cli::tr("--ci-fix is off, ask or auto, not \"%1\".").arg(mode)));
            return false;
        }
        settings->insert(QStringLiteral("ciFix"), mode);
    }
    if (p.isSet(QStringLiteral("ci-fix-rounds"))) {
        bool ok = false;
        const int rounds = p.value(QStringLiteral("ci-fix-rounds")).toInt(&ok);
        if (!ok || rounds < 1 || rounds > PrPolicy::kMaxRounds) {
            run.fail(Error::validation(Cli::tr("--ci-fix-rounds takes a number from 1 to %1, not \"%2\".")
                                           .arg(PrPolicy::kMaxRounds)
                                           .arg(p.value(QStringLiteral("ci-fix-rounds")))));
            return false;
        }
        settings->insert(QStringLiteral("ciFixRounds"), rounds);
    }
    return true;
}

bool readAdoptPolicy(CommandRun &run, const QString &text, QJsonObject *settings);

// The settings `account edit` changes (API version, adoption, the CI policy), on top of
// the stored ones; nullopt after a failure (already reported).
std::optional<QJsonObject> editedSettings(CommandRun &run, const QCommandLineParser &p, const QString &name)
{
    const Outcome<std::optional<Account>> found = run.core().accounts().find(name);
    if (!found.ok()) {
        run.fail(found.error);
        return std::nullopt;
    }
    if (!found.value) {
        run.fail(Error::notFound(
            Cli::tr("No account named \"%1\". `agentdeskctl account list` shows the accounts.").arg(name)));
        return std::nullopt;
    }
    QJsonObject settings = found.value->settings;
    if (p.isSet(QStringLiteral("api-version"))
        && !readApiVersion(run, found.value->provider, p.value(QStringLiteral("api-version")), &settings))
        return std::nullopt;
    if (p.isSet(QStringLiteral("adopt")) && !readAdoptPolicy(run, p.value(QStringLiteral("adopt")), &settings))
        return std::nullopt;
    if (!readCiFixPolicy(run, p, &settings))
        return std::nullopt;
    return settings;
}

bool readAdoptPolicy(CommandRun &run, const QString &text, QJsonObject *settings)
{
    const auto policy = TaskAdoption::Policy::parse(text);
    if (!policy || text.trimmed().isEmpty()) {
        run.fail(
            Error::validation(Cli::tr("--adopt is all, none or a number of days (1 to 3650), not \"%1\".").arg(text)));
        return false;
    }
    settings->insert(QStringLiteral("adopt"), policy->key());
    return true;
}

QJsonObject reportJson(const TaskAdoption::Report &r)
{
    return QJsonObject{{QStringLiteral("account"), r.account},
                       {QStringLiteral("listed"), r.seen},
                       {QStringLiteral("adopted"), r.added},
                       {QStringLiteral("changed"), r.changed},
                       {QStringLiteral("gone"), r.gone},
                       {QStringLiteral("complete"), r.complete},
                       {QStringLiteral("skipped"), r.skipped},
                       {QStringLiteral("adoptedIds"), QJsonArray::fromStringList(r.addedIds)},
                       {QStringLiteral("error"), r.error ? QJsonValue(r.error.message) : QJsonValue()}};
}

// Walks the accounts (one, or all when `name` is empty), waits until the adopted tasks'
// activities are in, prints what happened, and finishes the run.
// Ctrl+C or SIGTERM: what was adopted is already stored (a page at a time), and the
// activities not yet fetched come with the next sync.
void stopCleanlyOnSignals(CommandRun &run)
{
    auto *stop = new StopSignals(&run);
    QObject::connect(stop, &StopSignals::stopRequested, &run, [&run] {
        run.err() << Cli::tr("Stopped; what was adopted is kept, the rest comes with the next sync.") << Qt::endl;
        run.finish(130);
    });
}

void adoptAndReport(CommandRun &run, const QString &name, bool full)
{
    TaskAdoption &adoption = run.core().adoption();
    auto finish = [&run, &adoption](const QList<TaskAdoption::Report> &reports) {
        auto print = [&run, reports] {
            Error first;
            QJsonArray array;
            for (const TaskAdoption::Report &r : reports) {
                if (r.error && !first)
                    first = r.error;
                if (run.json()) {
                    array.append(reportJson(r));
                    continue;
                }
                if (r.skipped) {
                    run.out()
                        << Cli::tr("%1: skipped (it adopts no tasks, or its provider cannot list them).").arg(r.account)
                        << '\n';
                    continue;
                }
                run.out() << Cli::tr("%1: %2 listed, %3 adopted, %4 changed, %5 gone upstream%6.")
                                 .arg(r.account)
                                 .arg(r.seen)
                                 .arg(r.added)
                                 .arg(r.changed)
                                 .arg(r.gone)
                                 .arg(r.error ? QStringLiteral(" (") + r.error.message + QLatin1Char(')') : QString())
                          << '\n';
                for (const QString &id : r.addedIds) {
                    const auto s = run.core().tasks().summary(id);
                    if (s.ok() && s.value)
                        run.out() << "  + " << terminal::column(id, 38) << terminal::line(s.value->title) << '\n';
                }
            }
            if (run.json())
                run.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            run.out().flush();
            if (first)
                return run.fail(first);
            run.finish(0);
        };
        if (adoption.pendingActivityFetches() == 0)
            return print();
        const int total = adoption.pendingActivityFetches();
        auto progress = std::make_shared<ProgressLine>(run.err(), Cli::tr("Fetching activities"), total,
                                                       ProgressLine::wanted(run.json()));
        if (!ProgressLine::wanted(run.json()))
            run.err() << Cli::tr("Fetching the activities of %n adopted task(s)…", nullptr, total) << Qt::endl;
        QObject::connect(&adoption, &TaskAdoption::activityFetchDone, &run,
                         [progress, total](int left) { progress->update(total - left); });
        QObject::connect(
            &adoption, &TaskAdoption::activitiesFetched, &run,
            [progress, print] {
                progress->clear();
                print();
            },
            Qt::SingleShotConnection);
    };
    stopCleanlyOnSignals(run);
    if (name.isEmpty()) {
        adoption.syncAll(full, &run, [&run, finish](const Outcome<QList<TaskAdoption::Report>> &r) {
            if (!r.ok())
                return run.fail(r.error);
            finish(r.value);
        });
        return;
    }
    adoption.syncAccount(name, full, &run, [finish](const Outcome<TaskAdoption::Report> &r) { finish({r.value}); });
}

// --from-codex-login / --codex-auth: the key and settings of the provider's own login.
bool importLocalLogin(CommandRun &run, ProviderId provider, const QString &path, Account &account, Secret &key)
{
    const auto imported = run.core().accountService().importLocalLogin(provider, path);
    if (!imported) {
        run.fail(Error::usage(Cli::tr("%1 has no local login to import.").arg(providerDisplayName(provider))));
        return false;
    }
    if (!imported->ok()) {
        run.fail(imported->error);
        return false;
    }
    run.err() << Cli::tr("Using the login of your Codex CLI from %1 (access token and account id only).")
                     .arg(imported->value.from)
              << Qt::endl;
    key = imported->value.key;
    for (auto it = imported->value.settings.begin(); it != imported->value.settings.end(); ++it)
        account.settings.insert(it.key(), it.value());
    return true;
}

// The answer to `account add`: audited, said, and the account's tasks adopted.
void reportAdded(CommandRun &run, bool checked, const Outcome<Account> &r)
{
    run.core().actions().note(AuditAction::AccountAdd, r.value.name, providerKey(r.value.provider), r.error);
    if (!r.ok()) {
        if (checked && r.error.kind == ErrorKind::Provider && r.error.httpStatus == 0)
            run.err() << Cli::tr(
                "hint: add it without the check with --no-check when the provider cannot be reached now.")
                      << Qt::endl;
        return run.fail(r.error);
    }
    run.out() << Cli::tr("Added %1 account \"%2\"; its key is in the OS keychain%3.")
                     .arg(providerDisplayName(r.value.provider), r.value.name,
                          checked ? Cli::tr(" and works") : QString())
              << Qt::endl;
    const TaskAdoption::Policy policy = TaskAdoption::Policy::of(r.value);
    if (!checked || policy.mode == TaskAdoption::Policy::None
        || !run.core().taskService().capabilities(r.value.provider).listTasks)
        return run.finish(0);
    // Its tasks started elsewhere join the list now (the key was just tried).
    run.out() << Cli::tr("Adopting %1…").arg(policy.describe()) << Qt::endl;
    adoptAndReport(run, r.value.name, true);
}

void accountAdd(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("Account name."), QStringLiteral("NAME"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), Cli::tr("Override the provider's API base URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption apiVersion(QStringLiteral("api-version"),
                                        Cli::tr("API version: v1 or v3 for devin (default: from the key), v0 or v1 for "
                                                "cursor-cloud (default v1)."),
                                        QStringLiteral("V"));
    const QCommandLineOption accountId(QStringLiteral("account-id"),
                                       Cli::tr("codex-cloud: the ChatGPT account id to send with the pasted token."),
                                       QStringLiteral("ID"));
    const QCommandLineOption fromCodex(QStringLiteral("from-codex-login"),
                                       Cli::tr("codex-cloud: take the token and account id from your Codex CLI login "
                                               "(~/.codex/auth.json, or $CODEX_HOME). Nothing else is read."));
    const QCommandLineOption codexAuth(QStringLiteral("codex-auth"),
                                       Cli::tr("codex-cloud: read this auth.json instead."), QStringLiteral("FILE"));
    const QCommandLineOption noCheck(
        QStringLiteral("no-check"),
        Cli::tr("Add the account without trying the key against the provider first (offline); "
                "its tasks are adopted with the next `account sync`."));
    const QCommandLineOption adopt = adoptOption();
    p.addOptions({name, baseUrl, apiVersion, accountId, fromCodex, codexAuth, noCheck, adopt});
    const QString kinds = allAccountProviderKeys().join(QLatin1String(", "));
    p.addPositionalArgument(QStringLiteral("PROVIDER"), kinds);
    if (!run.parse(p, args))
        return;
    if (!run.expectArguments(p, 1, Cli::tr("account add takes one PROVIDER (%1).").arg(kinds)))
        return;
    const auto provider = providerFromKey(p.positionalArguments().first());
    if (!provider)
        return run.fail(Error::validation(
            Cli::tr("Unknown provider \"%1\"; choose one of: %2.").arg(p.positionalArguments().first(), kinds)));
    if (!p.isSet(name))
        return run.fail(Error::usage(Cli::tr("account add needs --name NAME.")));
    Account account;
    account.name = p.value(name);
    account.provider = *provider;
    if (p.isSet(baseUrl) && !readBaseUrl(run, p.value(baseUrl), &account.baseUrl))
        return;
    if (const QString problem = validateAccountName(account.name); !problem.isEmpty())
        return run.fail(Error::validation(problem));
    if (p.isSet(apiVersion) && !readApiVersion(run, *provider, p.value(apiVersion), &account.settings))
        return;
    if (p.isSet(adopt) && !readAdoptPolicy(run, p.value(adopt), &account.settings))
        return;
    if ((p.isSet(accountId) || p.isSet(fromCodex) || p.isSet(codexAuth)) && *provider != ProviderId::CodexCloud)
        return run.fail(
            Error::validation(Cli::tr("--account-id, --from-codex-login and --codex-auth apply to codex-cloud only.")));
    const bool importLogin = p.isSet(fromCodex) || p.isSet(codexAuth);
    if (*provider == ProviderId::CodexCloud && !importLogin && !p.isSet(accountId))
        return run.fail(Error::usage(
            Cli::tr("codex-cloud needs --from-codex-login, or --account-id ID with the token on standard input.")));
    Secret key;
    if (!importLogin) {
        if (p.isSet(accountId))
            account.settings.insert(QStringLiteral("accountId"), p.value(accountId));
        key = Secret(run.readSecret(Cli::tr("API key (input hidden): ")));
        if (key.isEmpty())
            return run.fail(Error::validation(Cli::tr("No API key on standard input. Pipe it in, e.g. "
                                                      "`agentdeskctl account add jules --name work < key.txt`.")));
    }
    if (!run.openCore())
        return;
    if (importLogin && !importLocalLogin(run, *provider, p.value(codexAuth), account, key))
        return;
    const bool check = !p.isSet(noCheck);
    run.core().accountService().add(account, key, check, &run,
                                    [&run, check](const Outcome<Account> &r) { reportAdded(run, check, r); });
}

void accountEdit(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption keyStdin(QStringLiteral("key-stdin"), Cli::tr("Read a new API key from standard input."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), Cli::tr("Use this API base URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption defaultUrl(QStringLiteral("default-url"),
                                        Cli::tr("Go back to the provider's own endpoint."));
    const QCommandLineOption apiVersion(QStringLiteral("api-version"), Cli::tr("devin v1|v3, cursor-cloud v0|v1."),
                                        QStringLiteral("V"));
    const QCommandLineOption noCheck(QStringLiteral("no-check"),
                                     Cli::tr("Do not try the changed account against the provider first."));
    const QCommandLineOption adopt = adoptOption();
    const QCommandLineOption ciFix(
        QStringLiteral("ci-fix"),
        Cli::tr("When a task's pull request fails its checks: off, ask (a needs-you item with a one-click send; the "
                "default) or auto (send the failure to the agent without asking)."),
        QStringLiteral("off|ask|auto"));
    const QCommandLineOption ciFixRounds(QStringLiteral("ci-fix-rounds"),
                                         Cli::tr("At most N rounds sent back per pull request (default 3)."),
                                         QStringLiteral("N"));
    p.addOptions({keyStdin, baseUrl, defaultUrl, apiVersion, noCheck, adopt, ciFix, ciFixRounds});
    p.addPositionalArgument(QStringLiteral("NAME"), Cli::tr("The account."));
    if (!run.parse(p, args) || !run.expectArguments(p, 1, Cli::tr("account edit takes one NAME.")))
        return;
    if (p.isSet(baseUrl) && p.isSet(defaultUrl))
        return run.fail(Error::usage(Cli::tr("Give --base-url or --default-url, not both.")));
    const bool settingsChange = p.isSet(apiVersion) || p.isSet(adopt) || p.isSet(ciFix) || p.isSet(ciFixRounds);
    if (!p.isSet(keyStdin) && !p.isSet(baseUrl) && !p.isSet(defaultUrl) && !settingsChange)
        return run.fail(Error::usage(Cli::tr("Nothing to change: give --key-stdin, --base-url, --default-url, "
                                             "--api-version, --adopt, --ci-fix or --ci-fix-rounds.")));
    AccountEdit edit;
    if (p.isSet(baseUrl)) {
        QUrl url;
        if (!readBaseUrl(run, p.value(baseUrl), &url))
            return;
        edit.baseUrl = url;
    } else if (p.isSet(defaultUrl)) {
        edit.baseUrl = QUrl();
    }
    if (p.isSet(keyStdin)) {
        edit.key = Secret(run.readSecret(Cli::tr("New API key (input hidden): ")));
        if (edit.key->isEmpty())
            return run.fail(Error::validation(Cli::tr("No API key on standard input.")));
    }
    if (!run.openCore())
        return;
    const QString name = p.positionalArguments().first();
    if (settingsChange) {
        edit.settings = editedSettings(run, p, name);
        if (!edit.settings)
            return;
    }
    run.core().accountService().edit(name, edit, !p.isSet(noCheck), &run, [&run, name](const Outcome<Account> &r) {
        run.core().actions().note(AuditAction::AccountEdit, name, {}, r.error);
        if (!r.ok())
            return run.fail(r.error);
        run.out() << Cli::tr("Changed account \"%1\".").arg(name) << Qt::endl;
        run.finish(0);
    });
}

void accountList(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CommandRun::jsonOption());
    if (!run.parse(p, args) || !run.expectArguments(p, 0, Cli::tr("account list takes no arguments."))
        || !run.openCore())
        return;
    run.core().accountService().list(&run, [&run](const Outcome<QList<AccountView>> &r) {
        if (!r.ok())
            return run.fail(r.error);
        const AccountView *keychainProblem = nullptr;
        QJsonArray array;
        for (const AccountView &v : r.value) {
            if (v.keyState == AccountView::KeychainLocked || v.keyState == AccountView::KeychainUnavailable)
                keychainProblem = &v;
            if (run.json()) {
                array.append(
                    QJsonObject{{QStringLiteral("name"), v.account.name},
                                {QStringLiteral("provider"), providerKey(v.account.provider)},
                                {QStringLiteral("baseUrl"),
                                 v.account.baseUrl.isEmpty() ? QJsonValue() : QJsonValue(v.account.baseUrl.toString())},
                                {QStringLiteral("key"), v.keyPreview},
                                {QStringLiteral("keyState"), keyStateKey(v.keyState)},
                                {QStringLiteral("adopt"), TaskAdoption::Policy::of(v.account).key()},
                                {QStringLiteral("ciFix"), PrPolicy::modeKey(PrPolicy::of(v.account).mode)},
                                {QStringLiteral("ciFixRounds"), PrPolicy::of(v.account).rounds},
                                {QStringLiteral("createdAt"), toIso(v.account.createdAt)}});
                continue;
            }
            const QString key = v.keyState == AccountView::Present
                                    ? (v.keyPreview.isEmpty() ? Cli::tr("(short key, not shown)") : v.keyPreview)
                                : v.keyState == AccountView::Missing        ? Cli::tr("(no key in keychain)")
                                : v.keyState == AccountView::KeychainLocked ? Cli::tr("(keyring locked)")
                                                                            : Cli::tr("(keychain unavailable)");
            run.out() << terminal::column(v.account.name, 21) << terminal::column(providerKey(v.account.provider), 14)
                      << terminal::column(key, 25) << v.account.baseUrl.toString() << '\n';
        }
        if (run.json())
            run.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        else if (r.value.isEmpty())
            run.out() << Cli::tr("No accounts. Add one with `agentdeskctl account add PROVIDER --name NAME`.") << '\n';
        if (keychainProblem)
            return run.fail(Error::keychain(keychainProblem->keyProblem));
        run.finish(0);
    });
}

void accountSync(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption full(
        QStringLiteral("full"),
        Cli::tr("List every task (archived ones too) instead of what changed since the last sync; "
                "tasks the provider no longer has are marked gone upstream."));
    p.addOption(full);
    p.addOption(CommandRun::jsonOption());
    p.addPositionalArgument(QStringLiteral("NAME"), Cli::tr("The account (default: every account)."),
                            QStringLiteral("[NAME]"));
    if (!run.parse(p, args))
        return;
    if (p.positionalArguments().size() > 1)
        return run.fail(Error::usage(Cli::tr("account sync takes at most one NAME.")));
    if (!run.openCore())
        return;
    const QString name = p.positionalArguments().value(0);
    if (!name.isEmpty()) {
        const Outcome<std::optional<Account>> found = run.core().accounts().find(name);
        if (!found.ok())
            return run.fail(found.error);
        if (!found.value)
            return run.fail(Error::notFound(
                Cli::tr("No account named \"%1\". `agentdeskctl account list` shows the accounts.").arg(name)));
    }
    adoptAndReport(run, name, p.isSet(full));
}

void accountRemove(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NAME"), Cli::tr("Account to remove."));
    if (!run.parse(p, args) || !run.expectArguments(p, 1, Cli::tr("account remove takes one NAME.")) || !run.openCore())
        return;
    const QString name = p.positionalArguments().first();
    run.core().accountService().remove(name, &run, [&run, name](const Outcome<Done> &r) {
        run.core().actions().note(AuditAction::AccountRemove, name, {}, r.error);
        if (!r.ok())
            return run.fail(r.error);
        run.out() << Cli::tr("Removed account \"%1\" and its key.").arg(name) << Qt::endl;
        run.finish(0);
    });
}

} // namespace

QList<Command> accountCommands()
{
    return {
        {QStringLiteral("account"), QStringLiteral("add"),
         QStringLiteral(
             "PROVIDER --name NAME [--base-url URL] [--api-version V] [--from-codex-login | --account-id ID] "
             "[--adopt all|none|DAYS] [--no-check]"),
         QStringLiteral(
             "Add a provider account: the API key is read from standard input, tried against the provider, and "
             "kept in the OS keychain; the account's tasks started elsewhere are adopted."),
         &accountAdd},
        {QStringLiteral("account"), QStringLiteral("sync"), QStringLiteral("[NAME] [--full] [--json]"),
         QStringLiteral("Adopt the tasks an account has upstream that AgentDesk does not know yet (started in the "
                        "provider's app, CLI or IDE), and print what was added."),
         &accountSync},
        {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("[--json]"),
         QStringLiteral("List accounts with a masked key preview."), &accountList},
        {QStringLiteral("account"), QStringLiteral("edit"),
         QStringLiteral(
             "NAME [--key-stdin] [--base-url URL | --default-url] [--api-version V] [--adopt all|none|DAYS] [--no-check]"),
         QStringLiteral("Change an account's key, base URL or API version without removing it."), &accountEdit},
        {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("NAME"),
         QStringLiteral("Remove an account and its key from the keychain."), &accountRemove},
    };
}

} // namespace agentdesk
