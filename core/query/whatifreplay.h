#pragma once

#include "engine/subjectstate.h"
#include "policy/policy.h"
#include "policy/policyschedule.h"
#include "base/progress.h"
#include "base/storeerror.h"
#include "query/whatifreport.h"

#include <QCoreApplication>

namespace redline {

class Store;

// Replays every subject of the store under two policies at once (BulkReplayer: one read, both cores) and
// compares the results: `redline-cli replay --with` and the console's policy comparison.
class WhatIfReplay
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfReplay)
public:
    WhatIfReplay(const Store &store, const Policy &before, const Policy &after);
    // `before` the store's versions over time (Store::schedule()), its tiers named by the policy in force
    // at the replay's instant; `after` one draft over all time. Both must outlive the replay.
    WhatIfReplay(const Store &store, const PolicySchedule &before, const Policy &after);

    bool run(Instant at, WhatIfReport *report, const ProgressFn &progress, StoreError *error);

    // A subject's tier: the band between two thresholds of its scale (index 0 = the top band), or its
    // ladder level on a scale without thresholds (creators); named ">=80", "70-79", "<20" or "L0".."L4".
    static int tierIndex(const Scale &scale, const SubjectState &state);
    static QString tierName(const Scale &scale, int index);

private:
    const Store &m_store;
    PolicySchedule m_ownBefore;
    const PolicySchedule &m_beforeSchedule;
    const Policy &m_before;
    const Policy &m_after;
    PolicySchedule m_afterSchedule;
};

} // namespace redline
