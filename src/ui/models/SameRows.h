#pragma once

#include <QList>
#include <functional>

namespace agentdesk {

// Whether two row lists are the same, compared by each row's JSON form: a model that
// is handed the same rows again (a status poll that changed nothing) resets nothing.
template <typename T, typename ToJson>
bool sameRows(const QList<T> &a, const QList<T> &b, ToJson toJson)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (std::invoke(toJson, a.at(i)) != std::invoke(toJson, b.at(i)))
            return false;
    return true;
}

} // namespace agentdesk
