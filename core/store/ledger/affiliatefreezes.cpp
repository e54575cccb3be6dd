#include "affiliatefreezes.h"

#include "engine/scoreengine.h"
#include "store/ledger/ledgerreader.h"

#include <algorithm>
#include <optional>

namespace redline {

AffiliateFreezes::AffiliateFreezes(LedgerReader &reader, const Policy &policy)
    : m_reader(reader)
    , m_policy(policy)
{
}

bool AffiliateFreezes::forCreator(const SubjectLedger &creator, Instant at, QVector<AffiliateFreeze> *out,
                                  Instant *nextChange, StoreError *error)
{
    out->clear();
    *nextChange = kNoInstant;
    if (creator.contracts.isEmpty())
        return true;
    for (qint64 mcnId : creator.contractedMcns()) {
        const McnFreeze *freeze = forMcn(mcnId, at, error);
        if (!freeze)
            return false;
        out->append({freeze->handle, freeze->frozen});
        if (freeze->nextChange > at)
            *nextChange = std::min(*nextChange, freeze->nextChange);
    }
    return true;
}

const AffiliateFreezes::McnFreeze *AffiliateFreezes::forMcn(qint64 mcnId, Instant at, StoreError *error)
{
    const QPair<qint64, Instant> key(mcnId, at);
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return &it.value();
    SubjectLedger mcn;
    if (!m_reader.read(mcnId, &mcn, error))
        return nullptr;
    const QVector<LedgerEvent> events = LedgerReader::resolve(mcn, m_reader.codeIndices(m_policy));
    const Replay replay = ScoreEngine(m_policy).replay(mcn.info, events, at);
    McnFreeze freeze{mcn.info.handle, frozenIntervals(m_policy, replay), replay.state.nextChange};
    return &m_cache.insert(key, freeze).value();
}

QVector<Interval> AffiliateFreezes::frozenIntervals(const Policy &policy, const Replay &mcnReplay)
{
    const QString &trigger = policy.protection.triggerRestriction;
    std::optional<int> below;
    for (const RestrictionBand &band : policy.scale(SubjectKind::Mcn).bands) {
        if (band.ids.contains(trigger))
            below = std::max(below.value_or(band.below), band.below);
    }

    QVector<Interval> intervals;
    if (below) {
        Instant start = kNoInstant;
        for (const ScorePoint &p : mcnReplay.timeline.points) {
            const bool frozen = p.score < *below;
            if (frozen && start == kNoInstant)
                start = p.at;
            else if (!frozen && start != kNoInstant) {
                if (p.at > start)
                    intervals.append({start, p.at});
                start = kNoInstant;
            }
        }
        if (start != kNoInstant)
            intervals.append({start, kNoInstant});
    }
    for (const Sanction &s : mcnReplay.state.sanctions) {
        if (s.id == trigger && s.until > s.from)
            intervals.append({s.from, s.until});
    }

    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.from < b.from; });
    QVector<Interval> merged;
    for (const Interval &i : intervals) {
        if (!merged.isEmpty() && i.from <= merged.last().until)
            merged.last().until = std::max(merged.last().until, i.until);
        else
            merged.append(i);
    }
    return merged;
}

} // namespace redline
