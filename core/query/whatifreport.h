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

    double meanBefore() const { return subjects ? double(scoreSumBefore) / subjects : 0.0; }
    double meanAfter() const { return subjects ? double(scoreSumAfter) / subjects : 0.0; }
};

// The what-if replay's result (DESIGN.md, policy staff): the whole store replayed under the policy in force
// and under another, the tier and score distribution of each kind before and after, and every subject
// whose standing (tier or restrictions) changes.
struct WhatIfReport {
    Instant at = 0;
    QString beforePolicy;
    QString afterPolicy;
    qint64 subjects = 0;
    qint64 scoreChanged = 0; // subjects whose score differs, standing changed or not
    KindSummary kinds[kSubjectKindCount];
    QVector<StandingChange> changes; // in subject id order
};

} // namespace redline
