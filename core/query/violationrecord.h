#pragma once

#include "base/instant.h"
#include "policy/policy.h"

#include <QString>

namespace redline {

// One recorded violation as the console shows it in dialogs and queues, with what happened to it since.
struct ViolationRecord {
    QString id;
    QString subject;              // handle
    QString subjectName;
    SubjectKind kind = SubjectKind::Creator;
    QString code;
    Instant at = 0;
    QString by;                   // who recorded it (R-L4 compares this with the decider)
    int points = -1;              // explicit points, -1 = the code's default
    QString severity;             // normal|severe
    QString source;               // algorithm|human_review|user_report
    QString evidence;
    QString appeal;               // its appeal's id, empty when none (R-L3: at most one)
    Instant retractedAt = kNoInstant;
    Instant overturnedAt = kNoInstant;

    bool voided() const { return retractedAt != kNoInstant || overturnedAt != kNoInstant; }
};

} // namespace redline
