#include "CsvWriter.h"

namespace agentdesk {

CsvWriter::CsvWriter(const QStringList &header)
{
    addRow(header);
}

QString CsvWriter::cell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('\''))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &c : cells)
        escaped << cell(c);
    m_data += escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace agentdesk
