#pragma once

#include <QByteArray>
#include <QString>

namespace agentdesk {

// Writes an export (tasks, the audit trail) to `path` atomically and owner-only: it
// holds prompts and repositories. An error message for a person, or empty.
QString writeExportFile(const QString &path, const QByteArray &data);

} // namespace agentdesk
