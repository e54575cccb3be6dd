#include "scoreengine.h"


namespace redline {

ScoreEngine::ScoreEngine(const Policy &policy)
    : m_ownSchedule(policy)
    , m_schedule(m_ownSchedule)
{
}

ScoreEngine::ScoreEngine(const PolicySchedule &schedule)
    : m_schedule(schedule)
{
}

Replay ScoreEngine::replay(const SubjectInfo &subject, const QVector<LedgerEvent> &ledger, Instant at,
                           const QVector<AffiliateFreeze> &affiliates) const
{
    ReplayRun run(m_schedule, subject, ledger, affiliates, true);
    run.runUntil(at);
    return std::move(run).result();
}

SubjectState ScoreEngine::stateAt(const SubjectInfo &subject, const QVector<LedgerEvent> &ledger, Instant at,
                                  const QVector<AffiliateFreeze> &affiliates) const
{
    ReplayRun run(m_schedule, subject, ledger, affiliates, false);
    run.runUntil(at);
    return std::move(run).result().state;
}

SubjectState ScoreEngine::summaryAt(const SubjectInfo &subject, const QVector<LedgerEvent> &ledger, Instant at,
                                    const QVector<AffiliateFreeze> &affiliates, ReplayRun::Workspace &workspace) const
{
    ReplayRun run(m_schedule, subject, ledger, affiliates, false, &workspace);
    run.setSummaryOnly();
    run.runUntil(at);
    return std::move(run).summary();
}

} // namespace redline
