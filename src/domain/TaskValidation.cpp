#include "TaskValidation.h"

#include "base/Translate.h"

#include <QCoreApplication>
#include <QUrl>

namespace agentdesk {

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
        issues.append(
            {ValidationIssue::Provider, tr("Unknown provider \"%1\"; choose one of: %2.")
                                            .arg(input.provider, allProviderKeys().join(QLatin1String(", ")))});
    }
    if (const QString problem = validatePromptText(input.prompt, tr("The prompt")); !problem.isEmpty())
        issues.append({ValidationIssue::Prompt, problem});
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

QString validatePromptText(const QString &text, const QString &what)
{
    if (text.trimmed().isEmpty())
        return tr("%1 must not be empty.").arg(what);
    if (text.size() > kMaxPromptLength)
        return tr("%1 is %2 characters long; the limit is %3.").arg(what).arg(text.size()).arg(kMaxPromptLength);
    for (int i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return tr("%1 contains a NUL character at position %2; providers would cut it off there. Remove it.")
                .arg(what)
                .arg(i + 1);
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return tr("%1 contains the control character U+%2 at position %3. Remove it.")
                .arg(what)
                .arg(int(c), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
    }
    return {};
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

qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        int extra = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xc2 && c <= 0xdf) {
            extra = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            extra = 2;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (s[i + k] & 0xc0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)))
            || (extra == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return i;
        i += extra + 1;
    }
    return -1;
}

Outcome<QString> promptFromFileBytes(const QByteArray &bytes, const QString &fileName)
{
    const qsizetype nul = bytes.indexOf('\0');
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0 && (nul < 0 || bad < nul))
        return {{},
                Error::validation(tr("The prompt file %1 is not UTF-8 text: the byte at offset %2 (0x%3) does not "
                                     "belong there. Save it as UTF-8 and try again.")
                                      .arg(fileName)
                                      .arg(bad)
                                      .arg(uint(uchar(bytes.at(bad))), 2, 16, QLatin1Char('0')))};
    if (nul >= 0)
        return {{},
                Error::validation(tr("The prompt file %1 contains a NUL byte at offset %2; it does not look like text. "
                                     "Remove it and try again.")
                                      .arg(fileName)
                                      .arg(nul))};
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1); // a byte order mark is not part of the prompt
    return {text, {}};
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
