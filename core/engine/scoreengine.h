#pragma once

#include "engine/ledger.h"
#include "engine/replayrun.h"
#include "engine/subjectstate.h"
#include "policy/policy.h"
#include "policy/policyschedule.h"

#include <QVector>

namespace redline {

// Pure replay (R-L1): (policies in force, one subject's ledger, instant) -> state and timeline. No I/O, no
// clock: the same arguments always give the same result, which is what lets the store rebuild its cache
// and `verify` compare the two. A schedule of several policy versions is applied piecewise, each from its
// effective instant (docs/rules.md "Policy versions").
class ScoreEngine
{
public:
    // One policy over all time (a what-if draft, `--policy FILE`, a test). The schedule built from it is
    // the engine's own, so `policy` need only outlive the constructor.
    explicit ScoreEngine(const Policy &policy);
    // The store's versions; `schedule` must outlive the engine.
    explicit ScoreEngine(const PolicySchedule &schedule);
    ScoreEngine(const ScoreEngine &) = delete; // holds a reference to its own schedule
    ScoreEngine &operator=(const ScoreEngine &) = delete;

    // The ledger need not be sorted; events are applied in (at, seq) order (R-T7). Events after `at`
    // are ignored except to compute nothing: the result is the state at `at` and the timeline up to it.
    Replay replay(const SubjectInfo &subject, const QVector<LedgerEvent> &ledger, Instant at,
                  const QVector<AffiliateFreeze> &affiliates = {}) const;

    // The same state without building the timeline: the path for bulk replays.
    SubjectState stateAt(const SubjectInfo &subject, const QVector<LedgerEvent> &ledger, Instant at,
                         const QVector<AffiliateFreeze> &affiliates = {}) const;

    // The same state without its sanctions and violations (SubjectState::sanctions, ::violations stay
    // empty): what a comparison of policies reads. `workspace` is one thread's, reused from subject to
    // subject (a bulk replay's pool thread).
    SubjectState summaryAt(const SubjectInfo &subject, const QVector<LedgerEvent> &ledger, Instant at,
                           const QVector<AffiliateFreeze> &affiliates, ReplayRun::Workspace &workspace) const;

    const Policy &policy() const { return m_schedule.latest(); }
    const PolicySchedule &schedule() const { return m_schedule; }

private:
    PolicySchedule m_ownSchedule;
    const PolicySchedule &m_schedule;
};

} // namespace redline
