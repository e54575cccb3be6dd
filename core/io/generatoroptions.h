#pragma once

#include "base/instant.h"

#include <QtGlobal>

namespace redline {

// 2026-12-01T00:00:00Z: the default end of the generated history. A fixed instant, not the clock, so that
// the same options always give the same store; a store looked at then (REDLINE_NOW=2026-12-01) has
// creators with violations inside the ladder's 30-day window (R-C1), as a live platform would.
constexpr Instant kGeneratorDefaultEnd = 1796083200;

// What `redline-cli generate` and the console's demo store ask for (docs/contracts.md). Counts below 0 count as 0.
struct GeneratorOptions {
    int mcns = 50;
    int brands = 500;
    int creators = 5000;
    qint64 violations = 20000;
    quint64 seed = 1;
    // 18 months (R-T2: 30-day months) ending at `end`; a span shorter than 30 days is widened to 30.
    Instant start = kGeneratorDefaultEnd - days(18 * 30);
    Instant end = kGeneratorDefaultEnd;
    // When set (the store's now), each event is stamped as recorded by its `by` within half an hour of
    // happening, never after this instant, as a team recording as it works would have (R-P2): a generated
    // history is not one backdated load. Unset, the store stamps its clock and the writer.
    Instant recordedUntil = kNoInstant;
};

} // namespace redline
