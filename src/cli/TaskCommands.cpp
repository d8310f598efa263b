// agentdeskctl task …: create, list, show, sync and act on tasks.
#include "Cli.h"
#include "CommandRun.h"
#include "ProgressLine.h"
#include "StopSignals.h"
#include "TerminalText.h"

#include "app/CoreContext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

namespace agentdesk {

namespace {

QString statusKeys()
{
    QStringList keys;
    for (TaskStatus s : allStatuses())
        keys << statusKey(s);
    return keys.join(QLatin1String(", "));
}

// The one-ID commands share this: parse, one ID, open the data.
bool taskIdArgument(CommandRun &run, QCommandLineParser &p, const QStringList &args, QString *id)
{
    p.addPositionalArgument(QStringLiteral("ID"), Cli::tr("Task id."));
    if (!run.parse(p, args)
        || !run.expectArguments(
            p, 1, Cli::tr("%1 takes one task ID.").arg(run.command().group + QLatin1Char(' ') + run.command().name))
        || !run.openCore())
        return false;
    *id = p.positionalArguments().first();
    if (const auto known = run.core().tasks().task(*id))
        run.noteExperimental(known->provider);
    return true;
}

// What the acting commands print: the task for scripts, a sentence for people.
Callback<Task> report(CommandRun &run, const QString &said)
{
    return [&run, said](const Outcome<Task> &r) {
        if (!r.ok())
            return run.fail(r.error);
        if (run.json())
            run.printTask(r.value, false);
        else
            run.out() << said.arg(statusDisplayName(r.value.status).toLower()) << Qt::endl;
        run.finish(0);
    };
}

// The options of `task create`.
struct CreateOptions {
    QCommandLineOption provider{QStringLiteral("provider"), Cli::tr("Provider."), QStringLiteral("P")};
    QCommandLineOption account{QStringLiteral("account"), Cli::tr("Account to use."), QStringLiteral("NAME")};
    QCommandLineOption repo{QStringLiteral("repo"), Cli::tr("Repository URL."), QStringLiteral("URL")};
    QCommandLineOption branch{QStringLiteral("branch"), Cli::tr("Starting branch."), QStringLiteral("B")};
    QCommandLineOption prompt{QStringLiteral("prompt"), Cli::tr("What the agent should do."), QStringLiteral("TEXT")};
    QCommandLineOption promptFile{QStringLiteral("prompt-file"), Cli::tr("Read the prompt from a file (UTF-8)."),
                                  QStringLiteral("F")};
    QCommandLineOption autoPr{QStringLiteral("auto-pr"), Cli::tr("Open a pull request when done.")};
    QCommandLineOption planApproval{QStringLiteral("plan-approval"), Cli::tr("Wait for plan approval.")};
    QCommandLineOption env{QStringLiteral("env"), Cli::tr("Environment variable for the agent."),
                           QStringLiteral("K=V")};
    QCommandLineOption maxAcu{QStringLiteral("max-acu"), Cli::tr("devin: stop after N ACUs."), QStringLiteral("N")};
    QCommandLineOption tag{QStringLiteral("tag"), Cli::tr("devin: tag the session (repeatable)."), QStringLiteral("T")};
    QCommandLineOption model{QStringLiteral("model"), Cli::tr("cursor-cloud: the model id."), QStringLiteral("M")};
    QCommandLineOption bestOf{QStringLiteral("best-of"), Cli::tr("codex-cloud: attempts to run (1-4)."),
                              QStringLiteral("N")};
    QCommandLineOption codexEnv{QStringLiteral("codex-env"),
                                Cli::tr("codex-cloud: the environment id (default: the one matching --repo)."),
                                QStringLiteral("ID")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({provider, account, repo, branch, prompt, promptFile, autoPr, planApproval, env, maxAcu, tag,
                      model, bestOf, codexEnv, CommandRun::jsonOption()});
    }
};

// The prompt from --prompt-file: UTF-8 text of a bounded size, or the run fails.
std::optional<QString> promptFromFile(CommandRun &run, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        run.fail(Error::validation(Cli::tr("Cannot read the prompt file %1: %2.").arg(f.fileName(), f.errorString())));
        return std::nullopt;
    }
    if (f.size() > 4 * kMaxPromptLength) {
        run.fail(Error::validation(Cli::tr("The prompt file %1 is %2 bytes; a prompt is at most %3 characters.")
                                       .arg(f.fileName())
                                       .arg(f.size())
                                       .arg(kMaxPromptLength)));
        return std::nullopt;
    }
    const Outcome<QString> text = promptFromFileBytes(f.readAll(), f.fileName());
    if (!text.ok()) {
        run.fail(text.error);
        return std::nullopt;
    }
    return text.value;
}

// The provider knobs (--max-acu, --best-of, --tag, --model, --codex-env); false when one is refused.
bool readProviderOptions(CommandRun &run, const QCommandLineParser &p, const CreateOptions &o, TaskOptions &options)
{
    auto positive = [&](const QCommandLineOption &option, int max, const char *key) -> bool {
        bool ok = false;
        const int n = p.value(option).toInt(&ok);
        if (!ok || n < 1 || n > max) {
            run.fail(Error::validation(Cli::tr("--%1 takes a whole number from 1 to %2, not \"%3\".")
                                           .arg(option.names().first())
                                           .arg(max)
                                           .arg(p.value(option))));
            return false;
        }
        options.provider.insert(QString::fromLatin1(key), n);
        return true;
    };
    if (p.isSet(o.maxAcu) && !positive(o.maxAcu, 100000, "maxAcuLimit"))
        return false;
    if (p.isSet(o.bestOf) && !positive(o.bestOf, 4, "bestOfN"))
        return false;
    if (p.isSet(o.tag))
        options.provider.insert(QStringLiteral("tags"), QJsonArray::fromStringList(p.values(o.tag)));
    if (p.isSet(o.model))
        options.provider.insert(QStringLiteral("model"), p.value(o.model));
    if (p.isSet(o.codexEnv))
        options.provider.insert(QStringLiteral("environmentId"), p.value(o.codexEnv));
    return true;
}

// The task `task create` was asked for, or nullopt when the run failed.
std::optional<NewTask> newTaskFrom(CommandRun &run, const QCommandLineParser &p, const CreateOptions &o)
{
    auto usage = [&run](const QString &message) -> std::optional<NewTask> {
        run.fail(Error::usage(message));
        return std::nullopt;
    };
    if (!p.positionalArguments().isEmpty())
        return usage(
            Cli::tr("Unexpected argument \"%1\"; put the prompt in --prompt.").arg(p.positionalArguments().first()));
    if (!p.isSet(o.provider))
        return usage(Cli::tr("task create needs --provider (%1).").arg(allProviderKeys().join(QLatin1String(", "))));
    if (!p.isSet(o.repo))
        return usage(Cli::tr("task create needs --repo URL."));
    if (p.isSet(o.prompt) == p.isSet(o.promptFile))
        return usage(Cli::tr("Give exactly one of --prompt TEXT and --prompt-file F."));
    NewTask input;
    input.provider = p.value(o.provider);
    input.account = p.value(o.account);
    input.repoUrl = p.value(o.repo);
    input.branch = p.value(o.branch);
    if (p.isSet(o.promptFile)) {
        const std::optional<QString> text = promptFromFile(run, p.value(o.promptFile));
        if (!text)
            return std::nullopt;
        input.prompt = *text;
    } else {
        input.prompt = p.value(o.prompt);
    }
    input.options.autoCreatePr = p.isSet(o.autoPr);
    input.options.planApprovalRequired = p.isSet(o.planApproval);
    for (const QString &assignment : p.values(o.env)) {
        QString key, value, problem;
        if (!parseEnvironmentAssignment(assignment, &key, &value, &problem)) {
            run.fail(Error::validation(problem));
            return std::nullopt;
        }
        input.options.environment.insert(key, value);
    }
    if (!readProviderOptions(run, p, o, input.options))
        return std::nullopt;
    return input;
}

void taskCreate(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const CreateOptions options;
    options.addTo(p);
    if (!run.parse(p, args))
        return;
    const std::optional<NewTask> input = newTaskFrom(run, p, options);
    if (!input)
        return;
    // Validate before touching the data directory: bad input writes nothing.
    if (const Error invalid = validationError(validateNewTask(*input)))
        return run.fail(invalid);
    if (!run.openCore())
        return;
    run.noteExperimental(*providerFromKey(input->provider));
    run.core().actions().create(*input, &run, [&run](const Outcome<Task> &r) {
        if (!r.ok())
            return run.fail(r.error);
        if (run.json())
            run.printTask(r.value, true);
        else
            run.out() << Cli::tr("Created %1 (%2 %3).")
                             .arg(r.value.id, providerDisplayName(r.value.provider), r.value.externalId)
                      << Qt::endl;
        run.finish(0);
    });
}

void taskList(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption provider(QStringLiteral("provider"), Cli::tr("Only this provider."), QStringLiteral("P"));
    const QCommandLineOption status(QStringLiteral("status"), Cli::tr("Only this status."), QStringLiteral("S"));
    const QCommandLineOption origin(QStringLiteral("origin"),
                                    Cli::tr("Only tasks started here (agentdesk) or elsewhere."), QStringLiteral("O"));
    const QCommandLineOption hidden(QStringLiteral("hidden"), Cli::tr("Include hidden tasks."));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("At most N tasks."), QStringLiteral("N"));
    p.addOptions({provider, status, origin, hidden, limit, CommandRun::jsonOption()});
    if (!run.parse(p, args) || !run.expectArguments(p, 0, Cli::tr("task list takes options only.")))
        return;
    TaskQuery query;
    query.includeHidden = p.isSet(hidden);
    if (p.isSet(provider)) {
        query.provider = providerFromKey(p.value(provider));
        if (!query.provider)
            return run.fail(
                Error::validation(Cli::tr("Unknown provider \"%1\"; choose one of: %2.")
                                      .arg(p.value(provider), allProviderKeys().join(QLatin1String(", ")))));
    }
    if (p.isSet(status)) {
        query.status = statusFromKey(p.value(status));
        if (!query.status)
            return run.fail(Error::validation(
                Cli::tr("Unknown status \"%1\"; choose one of: %2.").arg(p.value(status), statusKeys())));
    }
    if (p.isSet(origin)) {
        query.origin = originFromKey(p.value(origin));
        if (!query.origin)
            return run.fail(
                Error::validation(Cli::tr("--origin is agentdesk or elsewhere, not \"%1\".").arg(p.value(origin))));
    }
    if (p.isSet(limit)) {
        bool ok = false;
        query.limit = p.value(limit).toInt(&ok);
        if (!ok || query.limit < 1)
            return run.fail(
                Error::validation(Cli::tr("--limit takes a positive number, not \"%1\".").arg(p.value(limit))));
    }
    if (!run.openCore())
        return;
    const Outcome<QList<Task>> tasks = run.core().tasks().list(query);
    if (!tasks.ok())
        return run.fail(tasks.error);
    if (run.json()) {
        QJsonArray array;
        for (const Task &t : tasks.value)
            array.append(run.taskJson(t, false));
        run.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (tasks.value.isEmpty()) {
        run.out() << Cli::tr("No tasks.") << '\n';
    } else {
        using terminal::column;
        run.out() << column(Cli::tr("ID"), 39) << column(Cli::tr("PROVIDER"), 14) << column(Cli::tr("STATUS"), 20)
                  << column(Cli::tr("ORIGIN"), 10) << column(Cli::tr("REPO"), 25) << column(Cli::tr("UPDATED"), 18)
                  << Cli::tr("TITLE") << '\n';
        for (const Task &t : tasks.value) {
            QString shownStatus = t.goneAt.isValid() ? QStringLiteral("gone") : statusKey(t.status);
            if (t.attention.needsYou())
                shownStatus = QStringLiteral("! ") + shownStatus;
            run.out() << column(t.id, 39) << column(providerKey(t.provider), 14) << column(shownStatus, 20)
                      << column(t.origin == TaskOrigin::Elsewhere ? Cli::tr("elsewhere") : Cli::tr("here"), 10)
                      << column(t.source.repoName, 25) << column(localTime(t.updatedAt), 18)
                      << terminal::line(t.displayTitle()) << '\n';
            if (t.attention.needsYou())
                run.out() << "    " << Cli::tr("needs you: ") << terminal::line(t.attention.text()) << '\n';
        }
    }
    run.finish(0);
}

void taskShow(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CommandRun::jsonOption());
    QString id;
    if (!taskIdArgument(run, p, args, &id))
        return;
    const Outcome<std::optional<Task>> task = run.core().tasks().find(id, true);
    if (!task.ok())
        return run.fail(task.error);
    if (!task.value)
        return run.fail(
            Error::notFound(Cli::tr("No task with id %1. `agentdeskctl task list` shows the known tasks.").arg(id)));
    run.printTask(*task.value, true);
    run.finish(0);
}

// The task's own sync (unless it has ended), then its pull request's while that is
// open: `task sync` keeps both current and sends what the account's "auto" policy
// sends. A PR that cannot be read is said on stderr; the task's sync stands.
void syncWithPullRequest(CommandRun &run, const QString &id, bool taskToo, QObject *context, Callback<Task> done)
{
    auto afterTask = [&run, context, done](const Outcome<Task> &r) {
        if (!r.ok() || r.value.result.prUrl.isEmpty() || (r.value.pr.isKnown() && !r.value.pr.isOpen()))
            return done(r);
        run.core().pullRequests().refresh(r.value.id, RequestPriority::Foreground, true, context,
                                          [&run, done, t = r.value](const Outcome<Task> &pr) {
                                              if (pr.ok())
                                                  return done(pr);
                                              run.err() << Cli::tr("warning: %1: the pull request was not read: %2")
                                                               .arg(t.id, terminal::line(pr.error.message))
                                                        << Qt::endl;
                                              done({t, {}});
                                          });
    };
    if (taskToo)
        return run.core().taskService().sync(id, context, afterTask);
    const Outcome<std::optional<Task>> t = run.core().tasks().find(id);
    afterTask(!t.ok()   ? Outcome<Task>{{}, t.error}
              : t.value ? Outcome<Task>{*t.value, {}}
                        : Outcome<Task>{{}, Error::notFound(Cli::tr("No task with id %1.").arg(id))});
}

// Per account: above the budget's largest window, so each account's window stays full.
constexpr int kSyncsAtOncePerAccount = 20;

struct SyncAllState {
    int total = 0;
    int done = 0;
    int failed = 0;
    Error lastError;
    QJsonArray results;
    std::unique_ptr<ProgressLine> progress;
    QStringList queue;
    QSet<QString> ended; // tasks that have ended: only their pull request is read
};

void syncNext(CommandRun &run, std::shared_ptr<SyncAllState> state, QObject *pending)
{
    if (state->queue.isEmpty())
        return;
    const QString id = state->queue.takeFirst();
    syncWithPullRequest(
        run, id, !state->ended.contains(id), pending, [&run, state, id, pending](const Outcome<Task> &r) {
            state->progress->clear();
            if (!r.ok()) {
                ++state->failed;
                state->lastError = r.error;
                run.err() << Cli::tr("error: %1: %2").arg(id, terminal::line(r.error.message)) << Qt::endl;
            } else if (run.json()) {
                state->results.append(run.taskJson(r.value, false));
            } else {
                run.out() << terminal::column(id, 39) << statusKey(r.value.status)
                          << (r.value.pr.needsYou()
                                  ? Cli::tr("  pull request: checks %1, review %2")
                                        .arg(checksStateKey(r.value.pr.checks), reviewStateKey(r.value.pr.review))
                                  : QString())
                          << (r.value.attention.needsYou()
                                  ? Cli::tr("  needs you: ") + terminal::line(r.value.attention.text())
                                  : QString())
                          << Qt::endl;
            }
            state->progress->update(++state->done);
            if (state->done < state->total)
                return syncNext(run, state, pending);
            state->progress->clear();
            if (run.json())
                run.out() << QJsonDocument(state->results).toJson(QJsonDocument::Indented);
            run.finish(state->failed ? exitCodeFor(state->lastError) : 0);
        });
}

// Every active task, as fast as each account allows (RequestBudget), with progress on a
// terminal. Ctrl+C (or SIGTERM) stops it: syncs not yet answered are abandoned, what was
// synced is kept (each task is merged in its own transaction), and the command exits 130.
void syncAll(CommandRun &run, const QList<Task> &tasks, const QStringList &endedWithOpenPr)
{
    auto state = std::make_shared<SyncAllState>();
    QList<Task> all = tasks;
    for (const QString &id : endedWithOpenPr) {
        if (const std::optional<Task> t = run.core().tasks().task(id)) {
            state->ended.insert(id);
            all << *t;
        }
    }
    state->total = int(all.size());
    state->progress =
        std::make_unique<ProgressLine>(run.err(), Cli::tr("Syncing"), state->total, ProgressLine::wanted(run.json()));
    auto *pending = new QObject(&run); // the syncs' context: gone when the operator stops
    auto *stop = new StopSignals(&run);
    QObject::connect(stop, &StopSignals::stopRequested, &run, [&run, state, pending, stop] {
        delete pending;
        stop->deleteLater();
        state->progress->clear();
        run.err() << Cli::tr("Stopped: %1 of %2 task(s) synced; they are kept.").arg(state->done).arg(state->total)
                  << Qt::endl;
        run.finish(130);
    });
    QSet<QString> accounts;
    for (const Task &t : std::as_const(all)) {
        state->queue.append(t.id);
        accounts.insert(providerKey(t.provider) + QLatin1Char('/') + t.account);
    }
    // A few tasks at a time, each to its end, rather than every first request before any
    // second one: progress shows at once, and Ctrl+C keeps whole tasks.
    for (qsizetype i = 0; i < kSyncsAtOncePerAccount * accounts.size(); ++i)
        syncNext(run, state, pending);
}

void taskSync(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("Sync every task that has not ended."));
    p.addOptions({all, CommandRun::jsonOption()});
    p.addPositionalArgument(QStringLiteral("ID"), Cli::tr("Task id."));
    if (!run.parse(p, args))
        return;
    if (p.isSet(all) == (p.positionalArguments().size() == 1) || p.positionalArguments().size() > 1)
        return run.fail(Error::usage(Cli::tr("task sync takes one task ID or --all.")));
    if (!run.openCore())
        return;
    if (!p.isSet(all)) {
        syncWithPullRequest(run, p.positionalArguments().first(), true, &run, [&run](const Outcome<Task> &r) {
            if (!r.ok())
                return run.fail(r.error);
            const auto withActivities = run.core().tasks().task(r.value.id, true);
            run.printTask(withActivities.value_or(r.value), run.json());
            run.finish(0);
        });
        return;
    }
    TaskQuery active;
    active.activeOnly = true;
    const Outcome<QList<Task>> tasks = run.core().tasks().list(active);
    if (!tasks.ok())
        return run.fail(tasks.error);
    // Finished tasks whose pull request is still open are watched too.
    const Outcome<QStringList> withPr = run.core().pullRequests().watchedTasks();
    if (!withPr.ok())
        return run.fail(withPr.error);
    QStringList ended = withPr.value;
    for (const Task &t : tasks.value)
        ended.removeAll(t.id);
    if (tasks.value.isEmpty() && ended.isEmpty()) {
        run.out() << (run.json() ? QStringLiteral("[]\n") : Cli::tr("No active tasks to sync.\n"));
        return run.finish(0);
    }
    syncAll(run, tasks.value, ended);
}

// `task fix-ci` and `task review-fix`: what goes to the agent, and where.
void sendFeedback(CommandRun &run, const QStringList &args, Feedback kind)
{
    QCommandLineParser p;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Cli::tr("Print what would be sent; send nothing."));
    p.addOptions({dryRun, CommandRun::jsonOption()});
    QString id;
    if (!taskIdArgument(run, p, args, &id))
        return;
    const bool dry = p.isSet(dryRun);
    run.core().pullRequests().sendFeedback(id, kind, dry, &run, [&run, id, dry](const Outcome<FeedbackResult> &r) {
        if (!r.ok())
            return run.fail(r.error);
        const FeedbackResult &f = r.value;
        if (run.json()) {
            run.out() << QJsonDocument(QJsonObject{{QStringLiteral("task"), id},
                                                   {QStringLiteral("sent"), f.sent},
                                                   {QStringLiteral("route"), f.route},
                                                   {QStringLiteral("headSha"), f.headSha},
                                                   {QStringLiteral("where"), f.where},
                                                   {QStringLiteral("text"), f.text}})
                             .toJson(QJsonDocument::Indented);
        } else if (dry) {
            run.out() << Cli::tr("Would send (%1), nothing sent:").arg(f.route) << '\n' << f.text << '\n';
        } else {
            const QString said = f.route == QLatin1String("pr-comment")
                                     ? Cli::tr("Sent as a comment on the pull request: %1")
                                 : f.route == QLatin1String("new-task")
                                     ? Cli::tr("The session takes no more messages: sent as the new task %1, on the "
                                               "pull request's branch.")
                                     : Cli::tr("Sent to the agent as a follow-up on %1.");
            run.out() << said.arg(f.where) << Qt::endl;
        }
        run.finish(0);
    });
}

void taskFixCi(CommandRun &run, const QStringList &args)
{
    sendFeedback(run, args, Feedback::CiFailure);
}

void taskReviewFix(CommandRun &run, const QStringList &args)
{
    sendFeedback(run, args, Feedback::Review);
}

void taskApprove(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CommandRun::jsonOption());
    QString id;
    if (!taskIdArgument(run, p, args, &id))
        return;
    run.core().actions().approvePlan(id, &run, report(run, Cli::tr("Plan approved; the task is now %1.")));
}

void taskMessage(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CommandRun::jsonOption());
    p.addPositionalArgument(QStringLiteral("ID"), Cli::tr("Task id."));
    p.addPositionalArgument(QStringLiteral("TEXT"), Cli::tr("Message for the agent."));
    if (!run.parse(p, args)
        || !run.expectArguments(p, 2, Cli::tr("task message takes a task ID and the TEXT (quote it)."))
        || !run.openCore())
        return;
    const QString id = p.positionalArguments().at(0);
    if (const auto known = run.core().tasks().task(id))
        run.noteExperimental(known->provider);
    run.core().actions().sendMessage(id, p.positionalArguments().at(1), &run,
                                     report(run, Cli::tr("Message sent; the task is %1.")));
}

void taskCancel(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(CommandRun::jsonOption());
    QString id;
    if (!taskIdArgument(run, p, args, &id))
        return;
    run.core().actions().cancel(id, &run, report(run, Cli::tr("Cancelled upstream; the task is %1.")));
}

void taskDelete(CommandRun &run, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption upstream(QStringLiteral("upstream"), Cli::tr("Delete the task at the provider too."));
    p.addOption(upstream);
    QString id;
    if (!taskIdArgument(run, p, args, &id))
        return;
    const bool up = p.isSet(upstream);
    run.core().actions().remove(id, up, &run, [&run, id, up](const Outcome<Done> &r) {
        if (!r.ok())
            return run.fail(r.error);
        run.out() << (up ? Cli::tr("Deleted %1 here and upstream.")
                         : Cli::tr("Deleted %1 here; it still exists upstream."))
                         .arg(id)
                  << Qt::endl;
        run.finish(0);
    });
}

void setHidden(CommandRun &run, const QStringList &args, bool hidden)
{
    QCommandLineParser p;
    QString id;
    if (!taskIdArgument(run, p, args, &id))
        return;
    run.core().actions().setHidden(id, hidden, &run, [&run, id, hidden](const Outcome<Done> &r) {
        if (!r.ok())
            return run.fail(r.error);
        run.out() << (hidden ? Cli::tr("Hid %1; `task list --hidden` still shows it.") : Cli::tr("%1 is shown again."))
                         .arg(id)
                  << Qt::endl;
        run.finish(0);
    });
}

void taskHide(CommandRun &run, const QStringList &args)
{
    setHidden(run, args, true);
}

void taskUnhide(CommandRun &run, const QStringList &args)
{
    setHidden(run, args, false);
}

} // namespace

QList<Command> taskCommands()
{
    return {
        {QStringLiteral("task"), QStringLiteral("create"),
         QStringLiteral("--provider P [--account NAME] --repo URL [--branch B] (--prompt TEXT | --prompt-file F) "
                        "[--auto-pr] [--plan-approval] [--env K=V]... [--max-acu N] [--tag T]... [--model M] "
                        "[--best-of N] [--codex-env ID]"),
         QStringLiteral("Send a new task to a provider."), &taskCreate},
        {QStringLiteral("task"), QStringLiteral("list"),
         QStringLiteral("[--provider P] [--status S] [--origin agentdesk|elsewhere] [--hidden] [--limit N] [--json]"),
         QStringLiteral("List tasks, newest first, with where each was started."), &taskList},
        {QStringLiteral("task"), QStringLiteral("show"), QStringLiteral("ID [--json]"),
         QStringLiteral("Show a task with its activity timeline."), &taskShow},
        {QStringLiteral("task"), QStringLiteral("sync"), QStringLiteral("[ID | --all] [--json]"),
         QStringLiteral("Fetch the latest state from the provider."), &taskSync},
        {QStringLiteral("task"), QStringLiteral("fix-ci"), QStringLiteral("ID [--dry-run] [--json]"),
         Cli::tr("Send the failing checks of the task's pull request, with their log's last lines, to the agent."),
         taskFixCi},
        {QStringLiteral("task"), QStringLiteral("review-fix"), QStringLiteral("ID [--dry-run] [--json]"),
         Cli::tr("Send the changes a reviewer asked for on the task's pull request to the agent."), taskReviewFix},
        {QStringLiteral("task"), QStringLiteral("approve"), QStringLiteral("ID"),
         QStringLiteral("Approve the plan a task is waiting on."), &taskApprove},
        {QStringLiteral("task"), QStringLiteral("message"), QStringLiteral("ID TEXT"),
         QStringLiteral(
             "Send a follow-up message to the agent (also after it finished, where the provider takes one)."),
         &taskMessage},
        {QStringLiteral("task"), QStringLiteral("cancel"), QStringLiteral("ID"),
         QStringLiteral("Stop a task upstream, where the provider allows it."), &taskCancel},
        {QStringLiteral("task"), QStringLiteral("delete"), QStringLiteral("ID [--upstream]"),
         QStringLiteral("Delete a task here (and upstream with --upstream)."), &taskDelete},
        {QStringLiteral("task"), QStringLiteral("hide"), QStringLiteral("ID"),
         QStringLiteral("Hide a task from the list (it is kept; `task list --hidden` shows it)."), &taskHide},
        {QStringLiteral("task"), QStringLiteral("unhide"), QStringLiteral("ID"),
         QStringLiteral("Show a hidden task again."), &taskUnhide},
    };
}

} // namespace agentdesk
