#pragma once

#include "base/instant.h"
#include "policy/policy.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace redline {

// One subject's standing under each of two policies.
struct Standing {
    int score = 0;
    QString tier;
    QStringList restrictions;
};

struct StandingChange {
    QString handle;
    SubjectKind kind = SubjectKind::Creator;
    Standing before;
    Standing after;
};

struct KindSummary {
    qint64 subjects = 0;
    qint64 scoreSumBefore = 0;
    qint64 scoreSumAfter = 0;
    QMap<QString, qint64> tiersBefore; // tier -> subjects
    QMap<QString, qint64> tiersAfter;
    // The same counts by tier index (WhatIfReplay::tierIndex: 0 = the top band, or the ladder level), in
    // the scale's order rather than the names' (the console's bars).
    QVector<qint64> tierCountsBefore;
    QVector<qint64> tierCountsAfter;

    double meanBefore() const { return subjects ? double(scoreSumBefore) / subjects : 0.0; }
    double meanAfter() const { return subjects ? double(scoreSumAfter) / subjects : 0.0; }
};

// One subject's outcome under both policies, kept for every subject when asked (the console's list of a
// comparison): integers and indices into the report's shared strings, 32 bytes a subject, so that a
// million-subject store's comparison stays a few tens of MB (docs/performance.md).
struct SubjectOutcome {
    quint32 handleStart = 0;        // into WhatIfReport::handleText
    quint16 handleLength = 0;
    quint8 kind = 0;                // SubjectKind
    qint8 tierBefore = 0;           // WhatIfReplay::tierIndex under each policy
    qint8 tierAfter = 0;
    qint8 ladderBefore = 0;         // creators (R-C1); 0 for MCNs and brands
    qint8 ladderAfter = 0;
    qint32 scoreBefore = 0;
    qint32 scoreAfter = 0;
    quint32 restrictionsBefore = 0; // into WhatIfReport::restrictionSets (0: none)
    quint32 restrictionsAfter = 0;

    SubjectKind subjectKind() const { return static_cast<SubjectKind>(kind); }
    bool tierChanged() const { return tierBefore != tierAfter; }
    bool ladderChanged() const { return ladderBefore != ladderAfter; }
    bool restrictionsChanged() const { return restrictionsBefore != restrictionsAfter; }
    bool scoreChanged() const { return scoreBefore != scoreAfter; }
    // The standing changes (docs/contracts.md "replay"): its tier, restrictions or ladder level.
    bool changed() const { return tierChanged() || restrictionsChanged() || ladderChanged(); }
};
static_assert(sizeof(SubjectOutcome) <= 32, "a million subjects' outcomes must stay small");

// The what-if replay's result (DESIGN.md, policy staff): the whole store replayed under the policy in force
// and under another, the tier and score distribution of each kind before and after, and every subject
// whose standing (tier or restrictions) changes.
struct WhatIfReport {
    Instant at = 0;
    QString beforePolicy;
    QString afterPolicy;
    qint64 subjects = 0;
    qint64 scoreChanged = 0; // subjects whose score differs, standing changed or not
    qint64 tierChanged = 0;  // subjects whose tier (band, or a creator's ladder level) differs
    qint64 ladderChanged = 0;
    qint64 restrictionsChanged = 0;
    KindSummary kinds[kSubjectKindCount];
    QVector<StandingChange> changes; // in subject id order; empty with WhatIfReplay::setKeepOutcomes

    // Only with WhatIfReplay::setKeepOutcomes: every subject in subject id order, and the strings they index.
    QVector<SubjectOutcome> outcomes;
    QString handleText;                 // every subject's handle, one after the other
    QVector<QStringList> restrictionSets; // each distinct set of restriction ids once; [0] is the empty set

    QString handleOf(const SubjectOutcome &o) const { return handleText.mid(o.handleStart, o.handleLength); }
    QStringView handleView(const SubjectOutcome &o) const
    {
        return QStringView(handleText).mid(o.handleStart, o.handleLength);
    }
};

} // namespace redline
