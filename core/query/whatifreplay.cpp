#include "whatifreplay.h"

#include "store/ledger/bulkreplayer.h"
#include "store/store.h"

namespace redline {

namespace {

// Subjects per tier index, for one kind under one policy; named once at the end, since the consumer
// runs a million times on the reading thread.
void count(QVector<qint64> &counts, int tier)
{
    if (tier >= counts.size())
        counts.resize(tier + 1);
    ++counts[tier];
}

QMap<QString, qint64> named(const Scale &scale, const QVector<qint64> &counts)
{
    QMap<QString, qint64> tiers;
    for (int i = 0; i < counts.size(); ++i) {
        if (counts[i] > 0)
            tiers.insert(WhatIfReplay::tierName(scale, i), counts[i]);
    }
    return tiers;
}

} // namespace

WhatIfReplay::WhatIfReplay(const Store &store, const Policy &before, const Policy &after)
    : m_store(store)
    , m_ownBefore(before)
    , m_beforeSchedule(m_ownBefore)
    , m_before(before)
    , m_after(after)
    , m_afterSchedule(after)
{
}

WhatIfReplay::WhatIfReplay(const Store &store, const PolicySchedule &before, const Policy &after)
    : m_store(store)
    , m_beforeSchedule(before)
    , m_before(before.at(store.now()))
    , m_after(after)
    , m_afterSchedule(after)
{
}

int WhatIfReplay::tierIndex(const Scale &scale, const SubjectState &state)
{
    const QVector<int> &t = scale.thresholds; // descending
    if (t.isEmpty())
        return state.ladderLevel;
    int i = 0;
    while (i < t.size() && state.score < t[i])
        ++i;
    return i;
}

QString WhatIfReplay::tierName(const Scale &scale, int index)
{
    const QVector<int> &t = scale.thresholds;
    if (t.isEmpty())
        return QStringLiteral("L%1").arg(index);
    if (index == 0)
        return QStringLiteral(">=%1").arg(t.first());
    if (index >= t.size())
        return QStringLiteral("<%1").arg(t.last());
    const int low = t[index];
    const int high = t[index - 1] - 1;
    return low == high ? QString::number(low) : QStringLiteral("%1-%2").arg(low).arg(high);
}

bool WhatIfReplay::run(Instant at, WhatIfReport *report, const ProgressFn &progress, StoreError *error)
{
    *report = WhatIfReport();
    report->at = at;
    report->beforePolicy = QStringLiteral("%1 v%2").arg(m_before.name).arg(m_before.version);
    report->afterPolicy = QStringLiteral("%1 v%2").arg(m_after.name).arg(m_after.version);
    QVector<qint64> tiersBefore[kSubjectKindCount];
    QVector<qint64> tiersAfter[kSubjectKindCount];

    BulkReplayer replayer(m_store.handle(), m_store.path(), {&m_beforeSchedule, &m_afterSchedule});
    replayer.setInstant(at);
    const bool ok = replayer.run(
        [&](const SubjectLedger &ledger, Instant, const QVector<SubjectState> &states) {
            const SubjectKind kind = ledger.info.kind;
            const int k = int(kind);
            const SubjectState &before = states[0];
            const SubjectState &after = states[1];
            const int tierBefore = tierIndex(m_before.scale(kind), before);
            const int tierAfter = tierIndex(m_after.scale(kind), after);
            KindSummary &summary = report->kinds[k];
            ++report->subjects;
            ++summary.subjects;
            summary.scoreSumBefore += before.score;
            summary.scoreSumAfter += after.score;
            count(tiersBefore[k], tierBefore);
            count(tiersAfter[k], tierAfter);
            if (before.score != after.score)
                ++report->scoreChanged;
            if (tierBefore != tierAfter || before.restrictions != after.restrictions)
                report->changes.append({ledger.info.handle, kind,
                                        {before.score, tierName(m_before.scale(kind), tierBefore), before.restrictions},
                                        {after.score, tierName(m_after.scale(kind), tierAfter), after.restrictions}});
            return true;
        },
        progress, error);
    for (int k = 0; k < kSubjectKindCount; ++k) {
        const auto kind = static_cast<SubjectKind>(k);
        report->kinds[k].tiersBefore = named(m_before.scale(kind), tiersBefore[k]);
        report->kinds[k].tiersAfter = named(m_after.scale(kind), tiersAfter[k]);
    }
    return ok;
}

} // namespace redline
