#pragma once

#include <QString>

namespace agentdesk {

// Provider-supplied text on its way to a terminal: control characters (escape sequences,
// carriage returns, NUL, bidirectional overrides) are shown as visible escapes, so text
// from upstream can neither move the cursor, rewrite a line nor reverse what it says.
// --json output is never passed through here: it stays exact.
namespace terminal {
// One line: line breaks are escaped too.
QString line(const QString &text);
// Several lines: line breaks are kept (CR LF becomes LF), everything else escaped.
QString lines(const QString &text);
// Cut or padded to `width` columns, always followed by at least one space, so columns
// never run together.
QString column(const QString &text, int width);
} // namespace terminal

} // namespace agentdesk
