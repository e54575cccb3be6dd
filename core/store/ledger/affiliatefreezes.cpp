#include "affiliatefreezes.h"

#include "engine/scoreengine.h"
#include "store/ledger/ledgerreader.h"

#include <algorithm>
#include <optional>

namespace redline {

namespace {

// The score below which the MCN's bands freeze revenue (R-M6), if a band does.
std::optional<int> freezeBelow(const Policy &policy)
{
    std::optional<int> below;
    for (const RestrictionBand &band : policy.scale(SubjectKind::Mcn).bands) {
        if (band.ids.contains(policy.protection.triggerRestriction))
            below = std::max(below.value_or(band.below), band.below);
    }
    return below;
}

} // namespace

AffiliateFreezes::AffiliateFreezes(LedgerReader &reader, const PolicySchedule &schedule)
    : m_reader(reader)
    , m_schedule(schedule)
{
}

bool AffiliateFreezes::forCreator(const SubjectLedger &creator, Instant at, QVector<AffiliateFreeze> *out,
                                  Instant *nextChange, StoreError *error)
{
    if (creator.contracts.isEmpty()) {
        out->clear();
        *nextChange = kNoInstant;
        return true;
    }
    return forMcns(creator.contractedMcns(), at, out, nextChange, error);
}

bool AffiliateFreezes::forMcns(const QVector<qint64> &mcnIds, Instant at, QVector<AffiliateFreeze> *out,
                               Instant *nextChange, StoreError *error)
{
    out->clear();
    *nextChange = kNoInstant;
    for (qint64 mcnId : mcnIds) {
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
    const QVector<LedgerEvent> events = LedgerReader::resolve(mcn, m_reader.codeIndices(m_schedule.latest()));
    const Replay replay = ScoreEngine(m_schedule).replay(mcn.info, events, at);
    McnFreeze freeze{mcn.info.handle, frozenIntervals(m_schedule, replay), replay.state.nextChange};
    return &m_cache.insert(key, freeze).value();
}

// The band that freezes revenue is looked up in the policy in force at each score change and at each
// policy switch (the score stays, the band may move: docs/rules.md "Policy versions").
QVector<Interval> AffiliateFreezes::frozenIntervals(const PolicySchedule &schedule, const Replay &mcnReplay)
{
    const QString &trigger = schedule.latest().protection.triggerRestriction;
    QVector<Interval> intervals;
    Instant start = kNoInstant;
    auto observe = [&](Instant at, int score) {
        const std::optional<int> below = freezeBelow(schedule.at(at));
        const bool frozen = below && score < *below;
        if (frozen && start == kNoInstant) {
            start = at;
        } else if (!frozen && start != kNoInstant) {
            if (at > start)
                intervals.append({start, at});
            start = kNoInstant;
        }
    };
    const QVector<ScorePoint> &points = mcnReplay.timeline.points;
    int nextSwitch = 1;
    for (int i = 0; i < points.size(); ++i) {
        while (i > 0 && nextSwitch < schedule.size() && schedule.period(nextSwitch).from < points[i].at) {
            if (schedule.period(nextSwitch).from > points[i - 1].at)
                observe(schedule.period(nextSwitch).from, points[i - 1].score);
            ++nextSwitch;
        }
        observe(points[i].at, points[i].score);
    }
    for (; !points.isEmpty() && nextSwitch < schedule.size(); ++nextSwitch) {
        if (schedule.period(nextSwitch).from > points.last().at && schedule.period(nextSwitch).from <= mcnReplay.state.at)
            observe(schedule.period(nextSwitch).from, points.last().score);
    }
    if (start != kNoInstant)
        intervals.append({start, kNoInstant});
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
