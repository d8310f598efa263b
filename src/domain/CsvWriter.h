#pragma once

#include <QByteArray>
#include <QStringList>

namespace agentdesk {

// RFC 4180 CSV (CRLF, quotes doubled), with one guard for spreadsheets: a cell that
// starts with = + - @ or a tab is prefixed with ' so it is never run as a formula.
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList &header);
    void addRow(const QStringList &cells);
    QByteArray data() const { return m_data; }

    static QString cell(const QString &value);

private:
    QByteArray m_data;
};

} // namespace agentdesk
