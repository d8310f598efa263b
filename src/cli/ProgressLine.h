#pragma once

#include <QElapsedTimer>
#include <QString>

class QTextStream;

namespace agentdesk {

// How far long work has come, on one line of a terminal's standard error, redrawn in
// place ("Syncing: 120 of 200 · 45/s · about 2 s left"). It writes nothing when standard
// error is not a terminal or the command answers in JSON: scripts get the result only.
class ProgressLine
{
public:
    ProgressLine(QTextStream &err, QString doing, int total, bool enabled);
    ~ProgressLine();

    // `done` of the total are finished; redrawn at most ten times a second.
    void update(int done);
    // Takes the line away (before the command prints its result or an error).
    void clear();

    static bool wanted(bool json);

private:
    QTextStream &m_err;
    QString m_doing;
    int m_total;
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_started;
    qint64 m_drawnAtMs = -1000;
};

} // namespace agentdesk
