#pragma once

#include "base/storeerror.h"
#include "health/healthindex.h"

#include <QCoreApplication>
#include <QVector>

namespace redline {

class Store;

// A creator's content health index over its history (R-H1), for the case file's chart: the instants at
// which the index or its effects can change, and the index computed at each by HealthQuery (so every
// point is exactly what `redline-cli health HANDLE --at T` prints).
struct HealthHistory {
    QVector<HealthIndex> points; // in time order; the first at the registration
    int changes = 0;             // instants the index can change at, up to `until` (points may be fewer)
    bool sampled() const { return points.size() < changes; }
};

// The index of POLICY.md 5 reads the latest metrics snapshot, the posts (and their findings) dated by the
// instant, the verified reports of the window ending at it, and the qualifications of regulated topics;
// so between two of these instants it holds (docs/architecture.md "Content health"):
//   the registration; each `metrics`, `post` and `qualification` event; each verified report, the
//   instant it leaves the window (its `at` + reports_window_days), and the retraction or overturning
//   decision that voids it.
// More than `limit` instants are thinned evenly by rank (the first and last always kept): each point stays
// exact, only the steps between kept points are merged.
class HealthHistoryQuery
{
    Q_DECLARE_TR_FUNCTIONS(HealthHistoryQuery)
public:
    static constexpr int kDefaultLimit = 250; // more than a case pane's chart has pixels per step

    explicit HealthHistoryQuery(const Store &store);

    // The instants in (registration .. until], with the registration first, sorted and distinct.
    bool changeInstants(const QString &handle, Instant until, QVector<Instant> *out, StoreError *error) const;
    bool history(const QString &handle, Instant until, HealthHistory *out, StoreError *error,
                 int limit = kDefaultLimit) const;

    // Thins sorted instants to at most `limit` (>= 2), evenly by rank, keeping the first and the last.
    static QVector<Instant> thin(const QVector<Instant> &instants, int limit);

private:
    bool fail(StoreError *error) const;

    const Store &m_store;
};

} // namespace redline
