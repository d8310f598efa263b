#pragma once

#include <QString>

namespace agentdesk {

// Text from outside the operator's control (a work item, a CI log, a review comment) as
// it goes into a prompt: inside a fence whose random marker does not occur in the text,
// labelled as data and not instructions, and cut to fit `room` characters in all.
QString fencedUntrusted(const QString &text, int room);

} // namespace agentdesk
