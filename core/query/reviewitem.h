#pragma once

#include "base/instant.h"
#include "policy/policy.h"

#include <QString>

namespace redline {

// One row of the console's review queue: a subject with recent flagged violations (found by the
// algorithm or reported by users) that are still in force.
struct ReviewItem {
    QString subject;            // handle
    QString name;
    SubjectKind kind = SubjectKind::Creator;
    int flagged = 0;            // flagged violations in the window
    int algorithm = 0;          // of which found by the algorithm
    int reports = 0;            // of which from user reports
    Instant latestAt = 0;
    QString latestId;
    QString latestCode;
    QString latestEvidence;
    int score = 0;              // the cached current score
    int max = 0;
};

} // namespace redline
