#pragma once

#include "base/instant.h"
#include "policy/policy.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace redline {

// One subject's row of the current-state cache (DESIGN.md "The store"): what the engine computed at
// `computedAt` under the stored policy, and when that stops being true by itself (`nextChange`).
struct CachedState {
    qint64 subjectId = 0;
    QString handle;
    QString name;
    SubjectKind kind = SubjectKind::Creator;
    Instant registeredAt = 0;
    int score = 0;
    int max = 0;
    std::optional<int> band;        // the lowest restriction band (`below` value) the score is under
    QStringList restrictions;       // sorted
    int ladderLevel = 0;
    Instant lastViolationAt = kNoInstant; // the latest violation in force
    qint64 mcnId = 0;               // creators: the MCN contracted at computedAt, 0 = none
    QString mcn;                    // its handle
    bool certified = false;
    qint64 depositBalance = 0;
    Instant nextChange = kNoInstant;
    Instant scoreSince = 0;         // the score holds on [scoreSince, nextChange) (SubjectState::scoreChangedAt)
    Instant computedAt = 0;

    bool sameStateAs(const CachedState &other) const
    {
        return score == other.score && max == other.max && band == other.band
               && restrictions == other.restrictions && ladderLevel == other.ladderLevel
               && lastViolationAt == other.lastViolationAt && mcnId == other.mcnId
               && certified == other.certified && depositBalance == other.depositBalance
               && nextChange == other.nextChange && scoreSince == other.scoreSince;
    }
};

} // namespace redline
