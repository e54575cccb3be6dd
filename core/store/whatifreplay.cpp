#include "whatifreplay.h"

#include "store/bulkreplayer.h"
#include "store/store.h"

namespace redline {

WhatIfReplay::WhatIfReplay(const Store &store, const Policy &before, const Policy &after)
    : m_store(store)
    , m_before(before)
    , m_after(after)
{
}

QString WhatIfReplay::tierOf(const Scale &scale, const SubjectState &state)
{
    const QVector<int> &t = scale.thresholds; // descending
    if (t.isEmpty())
        return QStringLiteral("L%1").arg(state.ladderLevel);
    if (state.score >= t.first())
        return QStringLiteral(">=%1").arg(t.first());
    for (int i = 1; i < t.size(); ++i) {
        if (state.score >= t[i])
            return t[i] == t[i - 1] - 1 ? QString::number(t[i]) : QStringLiteral("%1-%2").arg(t[i]).arg(t[i - 1] - 1);
    }
    return QStringLiteral("<%1").arg(t.last());
}

bool WhatIfReplay::run(Instant at, WhatIfReport *report, const ProgressFn &progress, StoreError *error)
{
    *report = WhatIfReport();
    report->at = at;
    report->beforePolicy = QStringLiteral("%1 v%2").arg(m_before.name).arg(m_before.version);
    report->afterPolicy = QStringLiteral("%1 v%2").arg(m_after.name).arg(m_after.version);

    BulkReplayer replayer(m_store.handle(), m_store.path(), {&m_before, &m_after});
    replayer.setInstant(at);
    return replayer.run(
        [&](const SubjectLedger &ledger, Instant, const QVector<SubjectState> &states) {
            const SubjectKind kind = ledger.info.kind;
            const Standing before{states[0].score, tierOf(m_before.scale(kind), states[0]), states[0].restrictions};
            const Standing after{states[1].score, tierOf(m_after.scale(kind), states[1]), states[1].restrictions};
            KindSummary &summary = report->kinds[int(kind)];
            ++report->subjects;
            ++summary.subjects;
            summary.scoreSumBefore += before.score;
            summary.scoreSumAfter += after.score;
            ++summary.tiersBefore[before.tier];
            ++summary.tiersAfter[after.tier];
            if (before.score != after.score)
                ++report->scoreChanged;
            if (before.tier != after.tier || before.restrictions != after.restrictions)
                report->changes.append({ledger.info.handle, kind, before, after});
            return true;
        },
        progress, error);
}

} // namespace redline
