#pragma once

#include "base/instant.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace redline {

// What a creator's content health index at an instant is computed from (POLICY.md 5, R-H1), gathered by
// HealthQuery: the latest metrics snapshot at or before the instant and the store's own counts of the
// creator's posts, findings and verified reports up to it.
struct HealthInputs {
    QString subject;
    Instant at = 0;
    QHash<QString, double> metrics;   // indicator id -> raw value, from the latest `metrics` event
    qint64 posts = 0;                 // posts dated at or before `at`
    qint64 commercialPosts = 0;
    qint64 reportedCommercialPosts = 0; // commercial and reported through 蒲公英
    qint64 regulatedPosts = 0;        // on a regulated topic (medical, education)
    qint64 unqualifiedRegulatedPosts = 0; // of those, without the qualification at their own `at`
    QHash<QString, qint64> findingsByCategory; // scanner findings on those posts
    qint64 verifiedReports = 0;       // in the policy's window ending at `at`
    QStringList unqualifiedTopics;    // regulated topics posted on, whose qualification is not in force at `at`
};

} // namespace redline
