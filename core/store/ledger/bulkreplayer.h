#pragma once

#include "engine/subjectstate.h"
#include "policy/policy.h"
#include "policy/policyschedule.h"
#include "base/progress.h"
#include "base/storeerror.h"
#include "store/ledger/subjectledger.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace redline {

// Replays many subjects under one or more policies: the calling thread reads ledgers in chunks while the
// thread pool replays the previous chunk (QtConcurrent), so a whole-store replay costs about as much as
// reading its rows. Used by the cache refresh, `verify` and the what-if replay.
class BulkReplayer
{
    Q_DECLARE_TR_FUNCTIONS(BulkReplayer)
public:
    // states[i] is the state under policies[i]; nextChange already accounts for the affiliated MCNs (R-M6).
    // Called on the calling thread, in subject id order; returning false stops the run.
    using Consumer = std::function<bool(const SubjectLedger &ledger, Instant at, const QVector<SubjectState> &states)>;

    // Each schedule is applied piecewise (the store's versions); must outlive the replayer.
    BulkReplayer(sqlite3 *db, const QString &path, QVector<const PolicySchedule *> schedules);
    // Each policy over all time (a what-if draft).
    BulkReplayer(sqlite3 *db, const QString &path, QVector<const Policy *> policies);

    // Only these subjects (sorted ids); without it, every subject.
    void setSubjects(QVector<qint64> sortedIds);
    void setInstant(Instant at);
    // A per-subject instant (verify replays each subject at the instant its cache row was computed).
    void setInstantOf(std::function<Instant(qint64 subjectId)> instantOf);

    // With timelines, each subject is replayed with its timeline (ScoreEngine::replay) under the first
    // policy, and `timelineOf` is called with it on the calling thread before the consumer (the dashboard's
    // recent crossings).
    using TimelineConsumer = std::function<void(const SubjectLedger &ledger, const Timeline &timeline)>;
    void setTimelineConsumer(TimelineConsumer timelineOf);

    // States without their sanctions and violations (ScoreEngine::summaryAt), and ledgers without their
    // events once replayed: for a consumer that reads only scores, ladder levels and restrictions (the
    // what-if comparison), which then costs far fewer allocations.
    void setSummariesOnly(bool summariesOnly) { m_summariesOnly = summariesOnly; }

    // Range mode with one reader per core, each a read-only connection of its own to the store file and
    // all in one snapshot of the ledger, instead of one reader on `db`: for a run outside any write (the
    // what-if comparison), since a write's uncommitted events are visible to `db` alone.
    void setReadOnOwnConnections(bool own) { m_ownConnections = own; }

    bool run(const Consumer &consume, const ProgressFn &progress, StoreError *error);

private:
    // False when it fails; *ran false when it did nothing, as the run reads few subjects (not range mode).
    bool runOnOwnConnections(const Consumer &consume, const ProgressFn &progress, qint64 total, bool *ran,
                             StoreError *error);

    sqlite3 *m_db;
    QString m_path;
    QVector<const PolicySchedule *> m_policies;
    std::vector<std::unique_ptr<PolicySchedule>> m_ownSchedules;
    QVector<qint64> m_subjects;
    bool m_allSubjects = true;
    std::function<Instant(qint64)> m_instantOf;
    TimelineConsumer m_timelineOf;
    bool m_summariesOnly = false;
    bool m_ownConnections = false;
};

} // namespace redline
