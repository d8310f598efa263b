#pragma once

#include "Error.h"
#include "Outcome.h"
#include "Task.h"

namespace agentdesk {

// What the operator asks for when creating a task, before it exists anywhere.
struct NewTask {
    QString provider; // key as typed; validated against the known providers
    QString account;  // optional: picks among several accounts of the provider
    QString prompt;
    QString repoUrl;
    QString branch;
    TaskOptions options;
};

constexpr int kMaxPromptLength = 10000;

// Field-level problems, so a dialog can mark the offending field inline.
struct ValidationIssue {
    enum Field { Provider, Prompt, RepoUrl, Branch, Environment } field;
    QString message;
};

QList<ValidationIssue> validateNewTask(const NewTask &input);
// A prompt or message: not empty, at most kMaxPromptLength characters, no NUL or other
// control characters but tab and line breaks. `what` names it ("The prompt"). Empty when fine.
QString validatePromptText(const QString &text, const QString &what);
Error validationError(const QList<ValidationIssue> &issues);
// A prompt read from a file: it must be UTF-8 without NUL bytes. Answers the text, or
// an error naming `fileName` and the byte offset of the first bad byte.
// The offset of the first byte that does not belong to well-formed UTF-8 (no overlong
// forms, no surrogates, nothing above U+10FFFF); -1 when all of it is.
qsizetype firstInvalidUtf8(const QByteArray &bytes);
Outcome<QString> promptFromFileBytes(const QByteArray &bytes, const QString &fileName); // joins the messages
QString validateRepoUrl(const QString &url);                                            // empty when valid
// Parses "KEY=VALUE" (the CLI's --env); empty key or missing '=' is an error.
bool parseEnvironmentAssignment(const QString &text, QString *key, QString *value, QString *error);

} // namespace agentdesk
