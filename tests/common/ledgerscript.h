#pragma once

#include "engine/ledger.h"
#include "engine/scoreengine.h"
#include "policy/policy.h"

#include <QStringList>

// A terse way to write one subject's ledger in a test table, one event per string:
//   reg 2025-01-01                         registration instant (default 2025-01-01)
//   attr region=hk company=limited registered_mcn=false
//   v ID CODE AT [points=N] [severe]       violation
//   appeal ID VIOLATION AT
//   over VIOLATION AT | uphold VIOLATION AT | retract VIOLATION AT
//   exam AT
//   ban AT                                 special-governance ban (R-B2)
//   pay N AT | deduct N AT | refund N AT
//   grant AT | revoke AT
//   contract MCN AT | endcontract MCN AT
//   frozen MCN FROM [UNTIL]                an affiliated MCN's revenue_frozen interval (R-M6 input)
// Events get sequence numbers in the order written (R-T7).
class LedgerScript
{
public:
    LedgerScript(const redline::Policy &policy, redline::SubjectKind kind, const QStringList &lines);

    redline::SubjectInfo subject;
    QVector<redline::LedgerEvent> ledger;
    QVector<redline::AffiliateFreeze> affiliates;

    redline::Replay replay(const redline::Policy &policy, const QString &at) const;

    static redline::Instant instant(const QString &text); // QFAIL-free: aborts the test on a typo
    static QStringList describeSanctions(const QVector<redline::Sanction> &sanctions);
    static QStringList describePoints(const redline::Timeline &timeline);
    static QStringList describeCrossings(const redline::Timeline &timeline);

private:
    void addLine(const redline::Policy &policy, const QString &line);
    int violationIndex(const QString &id) const;
};
