#pragma once

#include "base/instant.h"
#include "policy/policy.h"

#include <QString>

namespace redline {

// One appeal with its violation and, once decided, its decision (R-L3).
struct AppealRecord {
    QString id;
    Instant at = 0;
    QString by;                  // who filed it (usually the subject)
    QString reason;              // the reason and materials, as text
    QString violation;           // the violation's id
    QString violationCode;
    Instant violationAt = 0;
    QString violationBy;         // who recorded the violation: may not decide (R-L4)
    int violationPoints = -1;    // explicit points, -1 = the code's default
    bool violationRetracted = false;
    QString subject;             // handle
    QString subjectName;
    SubjectKind kind = SubjectKind::Creator;
    // The decision, when there is one.
    QString outcome;             // upheld|overturned; empty while pending
    Instant decidedAt = kNoInstant;
    QString decidedBy;
    QString decisionReason;

    bool pending() const { return outcome.isEmpty(); }
};

} // namespace redline
