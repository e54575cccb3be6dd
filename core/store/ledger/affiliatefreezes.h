#pragma once

#include "engine/ledger.h"
#include "engine/subjectstate.h"
#include "policy/policy.h"
#include "policy/policyschedule.h"
#include "base/storeerror.h"
#include "store/ledger/subjectledger.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>

namespace redline {

class LedgerReader;

// R-M6 input for creators: the intervals during which each MCN a creator is contracted to had its revenue
// frozen under one policy, found by replaying the MCN itself up to the creator's instant. Cached per
// (MCN, instant), since thousands of creators share one MCN.
class AffiliateFreezes
{
public:
    struct McnFreeze {
        QString handle;
        QVector<Interval> frozen;
        Instant nextChange = kNoInstant; // the MCN's own next change: the creator's may follow from it
    };

    AffiliateFreezes(LedgerReader &reader, const PolicySchedule &schedule);

    // The engine's `affiliates` argument for a creator at `at`, and the earliest next change of those MCNs.
    bool forCreator(const SubjectLedger &creator, Instant at, QVector<AffiliateFreeze> *out, Instant *nextChange,
                    StoreError *error);
    // The same for the MCNs a creator is contracted to (SubjectLedger::contractedMcns), read before its ledger
    // is built (BulkReplayer builds ledgers on the thread pool).
    bool forMcns(const QVector<qint64> &mcnIds, Instant at, QVector<AffiliateFreeze> *out, Instant *nextChange,
                 StoreError *error);
    const McnFreeze *forMcn(qint64 mcnId, Instant at, StoreError *error);

    // Where the MCN's timeline is below the band that carries the trigger restriction, or the restriction
    // is a sanction in force.
    static QVector<Interval> frozenIntervals(const PolicySchedule &schedule, const Replay &mcnReplay);

private:
    LedgerReader &m_reader;
    const PolicySchedule &m_schedule;
    QHash<QPair<qint64, Instant>, McnFreeze> m_cache;
};

} // namespace redline
