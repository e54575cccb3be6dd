#pragma once

#include "engine/ledger.h"
#include "engine/subjectstate.h"
#include "policy/policy.h"

#include <QVector>

namespace redline {

// Pure replay (R-L1): (policy, one subject's ledger, instant) -> state and timeline. No I/O, no clock:
// the same arguments always give the same result, which is what lets the store rebuild its cache and
// `verify` compare the two.
class ScoreEngine
{
public:
    explicit ScoreEngine(const Policy &policy);

    // The ledger need not be sorted; events are applied in (at, seq) order (R-T7). Events after `at`
    // are ignored except to compute nothing: the result is the state at `at` and the timeline up to it.
    Replay replay(const SubjectInfo &subject, const QVector<LedgerEvent> &ledger, Instant at,
                  const QVector<AffiliateFreeze> &affiliates = {}) const;

    // The same state without building the timeline: the path for bulk replays.
    SubjectState stateAt(const SubjectInfo &subject, const QVector<LedgerEvent> &ledger, Instant at,
                         const QVector<AffiliateFreeze> &affiliates = {}) const;

    const Policy &policy() const { return m_policy; }

private:
    const Policy &m_policy;
};

} // namespace redline
