#include "TaskValidation.h"

#include <QCoreApplication>
#include <QUrl>

namespace agentdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TaskValidation", text);
}
} // namespace

QString validateRepoUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return tr("A repository URL is required.");
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return tr("\"%1\" is not a valid URL; use the form https://github.com/owner/repo.").arg(trimmed);
    if (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))
        return tr("The repository URL must start with https:// or http:// (got \"%1\").").arg(parsed.scheme());
    if (repoNameFromUrl(trimmed).count(QLatin1Char('/')) != 1)
        return tr("The repository URL must name an owner and a repository, like https://github.com/owner/repo.");
    return {};
}

QList<ValidationIssue> validateNewTask(const NewTask &input)
{
    QList<ValidationIssue> issues;
    if (!providerFromKey(input.provider)) {
        issues.append({ValidationIssue::Provider,
                       tr("Unknown provider \"%1\"; choose one of: %2.")
                           .arg(input.provider, allProviderKeys().join(QLatin1String(", ")))});
    }
    const QString prompt = input.prompt.trimmed();
    if (prompt.isEmpty())
        issues.append({ValidationIssue::Prompt, tr("The prompt must not be empty.")});
    else if (input.prompt.size() > kMaxPromptLength)
        issues.append({ValidationIssue::Prompt,
                       tr("The prompt is %1 characters long; the limit is %2.")
                           .arg(input.prompt.size())
                           .arg(kMaxPromptLength)});
    const QString repoProblem = validateRepoUrl(input.repoUrl);
    if (!repoProblem.isEmpty())
        issues.append({ValidationIssue::RepoUrl, repoProblem});
    if (input.branch.contains(QLatin1Char(' ')) || input.branch.startsWith(QLatin1Char('-')))
        issues.append({ValidationIssue::Branch, tr("\"%1\" is not a valid branch name.").arg(input.branch)});
    for (auto it = input.options.environment.cbegin(); it != input.options.environment.cend(); ++it) {
        if (it.key().trimmed().isEmpty()) {
            issues.append({ValidationIssue::Environment, tr("Environment variable names must not be empty.")});
            break;
        }
    }
    return issues;
}

Error validationError(const QList<ValidationIssue> &issues)
{
    if (issues.isEmpty())
        return {};
    QStringList messages;
    for (const auto &issue : issues)
        messages << issue.message;
    return Error::validation(messages.join(QLatin1Char(' ')));
}

bool parseEnvironmentAssignment(const QString &text, QString *key, QString *value, QString *error)
{
    const int eq = text.indexOf(QLatin1Char('='));
    if (eq < 0) {
        *error = tr("\"%1\" is not of the form KEY=VALUE.").arg(text);
        return false;
    }
    *key = text.left(eq).trimmed();
    *value = text.mid(eq + 1);
    if (key->isEmpty()) {
        *error = tr("Environment variable names must not be empty (in \"%1\").").arg(text);
        return false;
    }
    return true;
}

} // namespace agentdesk
