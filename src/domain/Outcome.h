#pragma once

#include "Error.h"

#include <functional>

namespace agentdesk {

// The answer of an operation that can fail: a value, or an error that says why.
template <typename T>
struct Outcome {
    T value{};
    Error error;
    bool ok() const { return !error.isError(); }

    static Outcome failure(Error e) { return Outcome{T{}, std::move(e)}; }
};

// The value of an operation that answers nothing but "done".
struct Done { };

template <typename T>
using Callback = std::function<void(const Outcome<T> &)>;

} // namespace agentdesk
