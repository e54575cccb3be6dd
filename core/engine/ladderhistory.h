#pragma once

#include "engine/subjectstate.h"
#include "policy/policy.h"

#include <QVector>

namespace redline {

// One stretch of a creator's ladder level (R-C1): `level` on [from, until). until == kNoInstant: still so.
struct LadderStep {
    Instant from = 0;
    Instant until = kNoInstant;
    int level = 0;
};

// A creator's ladder level (tiered bans, POLICY.md 4) at an instant and over time. The level is the
// highest ladder step among the violations in force within the window, or the top level while recovery is
// blocked (R-C5). One definition serves the replay (SubjectState::ladderLevel) and the history a chart
// draws, which is read off a finished replay: every violation keeps the level it was given and the instant
// it was voided, and every sanction its real interval, so the level at any earlier instant follows.
class LadderHistory
{
public:
    // The level at `at` from the violations applied so far (those deducting by `at`) and whether recovery
    // is blocked then.
    static int levelAt(const Scale &scale, const QVector<ViolationOutcome> &violations, bool recoveryBlocked,
                       Instant at);

    // The stretches with a level above 0 from the first violation up to `state.at`, in time order, adjacent
    // stretches of one level merged. Empty for a scale without a ladder.
    static QVector<LadderStep> steps(const Scale &scale, const SubjectState &state);
};

} // namespace redline
