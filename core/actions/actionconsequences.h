#pragma once

#include "base/instant.h"
#include "engine/subjectstate.h"
#include "policy/policy.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace redline {

// What one action (a violation, an overturning decision, a retraction...) would do to its subject, as the
// engine computes it at the action's instant: the console shows it before the moderator confirms.
struct ActionConsequences {
    QString subject;
    SubjectKind kind = SubjectKind::Creator;
    Instant at = 0;                       // the action's instant: both states are evaluated there
    SubjectState before;                  // without the action
    SubjectState after;                   // with it

    QVector<Crossing> crossings;          // threshold crossings the action causes (R-L6)
    QVector<ProtectionNotice> notices;    // MCN: advance notices to affiliated creators it causes (R-M6)
    QVector<Sanction> sanctionsStarted;   // sanctions the action starts (R-L7), with their end or none
    QVector<Sanction> sanctionsEnded;     // sanctions the action ends early (R-L3); scheduledUntil = old end
    QStringList restrictionsGained;       // sorted
    QStringList restrictionsLost;         // sorted

    // A violation: what it charges, what it actually deducts (R-T6), its own ladder step (R-C1) and
    // when it deducts (R-M5 may defer an MCN's pre-policy violation).
    int pointsCharged = 0;
    int deducted = 0;
    int violationLevel = 0;
    int countInWindow = 0;
    Instant effectiveAt = kNoInstant;
    // An overturn or retraction: the points it gives back (R-L3).
    int givenBack = 0;

    int scoreBefore() const { return before.score; }
    int scoreAfter() const { return after.score; }
    int ladderLevelBefore() const { return before.ladderLevel; }
    int ladderLevelAfter() const { return after.ladderLevel; }
    bool changesNothing() const
    {
        return before.score == after.score && crossings.isEmpty() && notices.isEmpty() && sanctionsStarted.isEmpty()
               && sanctionsEnded.isEmpty() && restrictionsGained.isEmpty() && restrictionsLost.isEmpty()
               && before.ladderLevel == after.ladderLevel && before.removed == after.removed;
    }
};

} // namespace redline
