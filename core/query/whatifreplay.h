#pragma once

#include "engine/subjectstate.h"
#include "policy/policy.h"
#include "policy/policyschedule.h"
#include "base/progress.h"
#include "base/storeerror.h"
#include "query/whatifreport.h"

#include <QCoreApplication>

struct sqlite3;

namespace redline {

class Store;
struct SubjectRecord;

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
    // The same on a connection of its own (the console runs the comparison off the UI thread, beside the
    // pages' reads of the store's connection): see runOnOwnConnection().
    WhatIfReplay(sqlite3 *db, const QString &path, const PolicySchedule &before, const Policy &after);

    // Keep every subject's outcome in the report (WhatIfReport::outcomes) instead of the list of changes
    // (`changes` stays empty: the outcomes hold the same, 32 bytes a subject rather than a few hundred).
    void setKeepOutcomes(bool keep) { m_keepOutcomes = keep; }

    // False with `error` set when the replay failed or `progress` cancelled it; the report is then empty
    // (nothing half-computed is left for a caller to show).
    bool run(Instant at, WhatIfReport *report, const ProgressFn &progress, StoreError *error);

    // run() on a read-only connection of its own to the store file at `path`, for a run on another thread
    // (the console's comparison): opened, replayed and closed here.
    static bool runOnOwnConnection(const QString &path, const PolicySchedule &before, const Policy &after, bool keepOutcomes,
                                   Instant at, WhatIfReport *report, const ProgressFn &progress, StoreError *error);

    // One subject replayed under `schedule` with its timeline, as Store::replay does under the store's:
    // the console's comparison of one subject's two histories and its "why".
    static bool replaySubject(const Store &store, const QString &handle, const PolicySchedule &schedule, Instant at,
                              Replay *out, StoreError *error, SubjectRecord *record = nullptr);

    // A subject's tier: the band between two thresholds of its scale (index 0 = the top band), or its
    // ladder level on a scale without thresholds (creators); named ">=80", "70-79", "<20" or "L0".."L4".
    static int tierIndex(const Scale &scale, const SubjectState &state);
    static QString tierName(const Scale &scale, int index);
    // How many tiers the scale has (thresholds + 1, or the ladder's levels + 1).
    static int tierCount(const Scale &scale);

private:
    qint64 subjectCount(StoreError *error) const;

    sqlite3 *m_db;
    QString m_path;
    PolicySchedule m_ownBefore;
    const PolicySchedule &m_beforeSchedule;
    const Policy &m_after;
    PolicySchedule m_afterSchedule;
    bool m_keepOutcomes = false;
};

} // namespace redline
