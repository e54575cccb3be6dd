#pragma once

#include "base/storeerror.h"
#include "health/healthindex.h"

#include <QCoreApplication>

namespace redline {

class Store;

// Gathers a creator's content-health inputs at an instant from the store (POLICY.md 5, R-H1): the latest
// metrics snapshot at or before it, and the counts of its posts, their findings and its verified reports;
// then computes the index under the store's policy (HealthIndexCalculator).
class HealthQuery
{
    Q_DECLARE_TR_FUNCTIONS(HealthQuery)
public:
    explicit HealthQuery(const Store &store);

    bool inputs(const QString &handle, Instant at, HealthInputs *out, StoreError *error) const;
    bool index(const QString &handle, Instant at, HealthIndex *out, StoreError *error) const;

private:
    bool fail(StoreError *error) const;
    bool readMetrics(qint64 subjectId, Instant at, HealthInputs *out) const;
    bool readPosts(qint64 subjectId, Instant at, HealthInputs *out) const;
    bool readFindings(qint64 subjectId, Instant at, HealthInputs *out) const;
    bool readVerifiedReports(qint64 subjectId, Instant at, HealthInputs *out) const;
    bool readUnqualifiedTopics(qint64 subjectId, Instant at, HealthInputs *out) const;

    const Store &m_store;
};

} // namespace redline
