#pragma once

#include <QtGlobal>

#include <functional>

namespace redline {

// Long work (import, replay, generate, verify) reports how far it got; returning false cancels it.
// `total` is 0 when unknown.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

} // namespace redline
