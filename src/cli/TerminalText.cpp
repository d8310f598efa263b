#include "TerminalText.h"

#include <QList>

namespace agentdesk::terminal {

namespace {
bool isUnsafe(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) // C0, DEL, C1
           || (c >= 0x200e && c <= 0x200f)                  // left-to-right / right-to-left marks
           || (c >= 0x202a && c <= 0x202e)                  // embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069);                 // isolates
}

QString escaped(const QString &text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> points = text.toUcs4();
    for (int i = 0; i < points.size(); ++i) {
        const char32_t c = points.at(i);
        if (keepLineBreaks && c == '\r' && i + 1 < points.size() && points.at(i + 1) == '\n')
            continue; // CR LF is a line break
        if ((keepLineBreaks && c == '\n') || c == '\t') {
            out += QChar(c);
            continue;
        }
        if (!isUnsafe(c)) {
            out += QString::fromUcs4(&c, 1);
            continue;
        }
        if (c == '\n')
            out += QStringLiteral("\\n");
        else if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == 0x1b)
            out += QStringLiteral("\\e");
        else if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}
} // namespace

QString line(const QString &text)
{
    return escaped(text, false);
}

QString lines(const QString &text)
{
    return escaped(text, true);
}

QString column(const QString &text, int width)
{
    const QString safe = line(text);
    if (safe.size() >= width)
        return safe.left(width - 2) + QChar(0x2026) + QLatin1Char(' ');
    return safe.leftJustified(width);
}

} // namespace agentdesk::terminal
