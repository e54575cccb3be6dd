#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>
#include <optional>

namespace redline {

// Seconds since 1970-01-01T00:00:00Z. All instants are UTC (R-T1); integer seconds keep the
// engine exact and fast (R-T2: a day is 86,400 s).
using Instant = qint64;

constexpr Instant kSecondsPerDay = 86400;
constexpr Instant kNoInstant = std::numeric_limits<Instant>::max();

constexpr Instant days(qint64 n) { return n * kSecondsPerDay; }

// Parses "2025-03-01T08:00:00Z" or a bare date "2025-03-01" (00:00:00Z, R-T1). Offsets other than Z,
// and fractional seconds, are refused so that every stored instant has one spelling.
std::optional<Instant> parseInstant(const QString &text);

// "2025-03-01T08:00:00Z"
QString formatInstant(Instant at);

// The current instant, whole seconds.
Instant nowInstant();

} // namespace redline
