#include "whatifreplay.h"

#include "engine/scoreengine.h"
#include "store/ledger/affiliatefreezes.h"
#include "store/ledger/bulkreplayer.h"
#include "store/ledger/ledgerreader.h"
#include "store/sql/readconnection.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <QHash>

#include <algorithm>

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

// Restriction lists are sorted ids taken from the policies' own strings, so two equal lists usually share
// every string's data: compared pointer by pointer first, in full only where that fails.
bool sameRestrictions(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const bool shared = a[i].constData() == b[i].constData() && a[i].size() == b[i].size();
        if (!shared && a[i] != b[i])
            return false;
    }
    return true;
}

// A generated handle ("crt-0001234") is 11 characters; longer ones grow the text as they come.
constexpr qint64 kHandleChars = 12;

// Every subject's outcome, appended on the reading thread: the restriction sets are interned (a store has
// a few hundred distinct ones, most subjects none), the handles laid end to end in one string.
class OutcomeCollector
{
public:
    OutcomeCollector(WhatIfReport &report, qint64 subjects)
        : m_report(report)
    {
        m_report.restrictionSets = {QStringList()};
        // Reserved once: growing a million-row vector by doubling would hold two copies at its peak.
        m_report.outcomes.reserve(subjects);
        m_report.handleText.reserve(subjects * kHandleChars);
    }

    void add(const SubjectLedger &ledger, int tierBefore, int tierAfter, const SubjectState &before,
             const SubjectState &after)
    {
        SubjectOutcome o;
        o.handleStart = quint32(m_report.handleText.size());
        o.handleLength = quint16(std::min<qsizetype>(ledger.info.handle.size(), 0xffff));
        m_report.handleText.append(QStringView(ledger.info.handle).left(o.handleLength));
        o.kind = quint8(ledger.info.kind);
        o.tierBefore = qint8(tierBefore);
        o.tierAfter = qint8(tierAfter);
        o.ladderBefore = qint8(before.ladderLevel);
        o.ladderAfter = qint8(after.ladderLevel);
        o.scoreBefore = before.score;
        o.scoreAfter = after.score;
        o.restrictionsBefore = intern(before.restrictions);
        o.restrictionsAfter = intern(after.restrictions);
        m_report.outcomes.append(o);
    }

private:
    quint32 intern(const QStringList &ids)
    {
        if (ids.isEmpty())
            return 0;
        const auto found = m_index.constFind(ids);
        if (found != m_index.cend())
            return *found;
        const quint32 index = quint32(m_report.restrictionSets.size());
        m_report.restrictionSets.append(ids);
        m_index.insert(ids, index);
        return index;
    }

    WhatIfReport &m_report;
    QHash<QStringList, quint32> m_index;
};

} // namespace

WhatIfReplay::WhatIfReplay(const Store &store, const Policy &before, const Policy &after)
    : m_db(store.handle())
    , m_path(store.path())
    , m_ownBefore(before)
    , m_beforeSchedule(m_ownBefore)
    , m_after(after)
    , m_afterSchedule(after)
{
}

WhatIfReplay::WhatIfReplay(const Store &store, const PolicySchedule &before, const Policy &after)
    : WhatIfReplay(store.handle(), store.path(), before, after)
{
}

WhatIfReplay::WhatIfReplay(sqlite3 *db, const QString &path, const PolicySchedule &before, const Policy &after)
    : m_db(db)
    , m_path(path)
    , m_beforeSchedule(before)
    , m_after(after)
    , m_afterSchedule(after)
{
}

bool WhatIfReplay::runOnOwnConnection(const QString &path, const PolicySchedule &before, const Policy &after,
                                      bool keepOutcomes, Instant at, WhatIfReport *report, const ProgressFn &progress,
                                      StoreError *error)
{
    const ReadConnection db(path, tr("open the store for the comparison"), Store::kBusyTimeoutMs, error);
    if (!db.isOpen())
        return false;
    WhatIfReplay replay(db.handle(), path, before, after);
    replay.setKeepOutcomes(keepOutcomes);
    return replay.run(at, report, progress, error);
}

bool WhatIfReplay::replaySubject(const Store &store, const QString &handle, const PolicySchedule &schedule, Instant at,
                                 Replay *out, StoreError *error, SubjectRecord *record)
{
    const std::optional<SubjectRecord> subject = store.subject(handle, error);
    if (!subject)
        return error && error->isSet() ? false
                                       : StoreError::fail(error, StoreError::Kind::BadInput,
                                                          tr("%1: no subject %2").arg(store.path(), handle));
    if (record)
        *record = *subject;
    LedgerReader reader(store.handle(), store.path());
    SubjectLedger ledger;
    if (!reader.read(subject->id, &ledger, error))
        return false;
    // R-M6: a creator's state depends on the MCNs it is contracted to, replayed under the same policies.
    AffiliateFreezes freezes(reader, schedule);
    QVector<AffiliateFreeze> affiliates;
    Instant affiliatesNext = kNoInstant;
    if (!freezes.forCreator(ledger, at, &affiliates, &affiliatesNext, error))
        return false;
    const QVector<LedgerEvent> events = LedgerReader::resolve(ledger, reader.codeIndices(schedule.latest()));
    *out = ScoreEngine(schedule).replay(ledger.info, events, at, affiliates);
    out->state.nextChange = std::min(out->state.nextChange, affiliatesNext);
    return true;
}

qint64 WhatIfReplay::subjectCount(StoreError *error) const
{
    SqlStatement count(m_db, "SELECT count(*) FROM subjects");
    if (!count.isValid() || !count.next()) {
        SqlError::fail(error, m_db, m_path, tr("count the subjects"));
        return -1;
    }
    return count.int64(0);
}

int WhatIfReplay::tierCount(const Scale &scale)
{
    if (!scale.thresholds.isEmpty())
        return scale.thresholds.size() + 1;
    int top = 0;
    if (scale.ladder) {
        for (const LadderLevel &level : scale.ladder->levels)
            top = std::max(top, level.level);
    }
    return top + 1;
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
    // The tiers of the states at `at` are those of the policy in force then.
    const Policy &inForce = m_beforeSchedule.at(at);
    report->beforePolicy = QStringLiteral("%1 v%2").arg(inForce.name).arg(inForce.version);
    report->afterPolicy = QStringLiteral("%1 v%2").arg(m_after.name).arg(m_after.version);
    QVector<qint64> tiersBefore[kSubjectKindCount];
    QVector<qint64> tiersAfter[kSubjectKindCount];
    std::optional<OutcomeCollector> outcomes;
    if (m_keepOutcomes) {
        const qint64 subjects = subjectCount(error);
        if (subjects < 0)
            return false;
        outcomes.emplace(*report, subjects);
    }

    BulkReplayer replayer(m_db, m_path, {&m_beforeSchedule, &m_afterSchedule});
    replayer.setInstant(at);
    replayer.setSummariesOnly(true); // the consumer reads scores, ladder levels and restrictions only
    replayer.setReadOnOwnConnections(true); // it writes nothing
    const bool ok = replayer.run(
        [&](const SubjectLedger &ledger, Instant, const QVector<SubjectState> &states) {
            const SubjectKind kind = ledger.info.kind;
            const int k = int(kind);
            const SubjectState &before = states[0];
            const SubjectState &after = states[1];
            const int tierBefore = tierIndex(inForce.scale(kind), before);
            const int tierAfter = tierIndex(m_after.scale(kind), after);
            KindSummary &summary = report->kinds[k];
            ++report->subjects;
            ++summary.subjects;
            summary.scoreSumBefore += before.score;
            summary.scoreSumAfter += after.score;
            count(tiersBefore[k], tierBefore);
            count(tiersAfter[k], tierAfter);
            const bool restrictionsChanged = !sameRestrictions(before.restrictions, after.restrictions);
            report->scoreChanged += before.score != after.score;
            report->tierChanged += tierBefore != tierAfter;
            report->ladderChanged += before.ladderLevel != after.ladderLevel;
            report->restrictionsChanged += restrictionsChanged;
            if (outcomes)
                outcomes->add(ledger, tierBefore, tierAfter, before, after);
            else if (tierBefore != tierAfter || restrictionsChanged)
                report->changes.append({ledger.info.handle, kind,
                                        {before.score, tierName(inForce.scale(kind), tierBefore), before.restrictions},
                                        {after.score, tierName(m_after.scale(kind), tierAfter), after.restrictions}});
            return true;
        },
        progress, error);
    if (!ok) {
        // Cancelled or failed: no partial comparison for anyone to show.
        *report = WhatIfReport();
        return error && error->isSet() ? false : StoreError::fail(error, StoreError::Kind::Internal, tr("cancelled"));
    }
    for (int k = 0; k < kSubjectKindCount; ++k) {
        const auto kind = static_cast<SubjectKind>(k);
        KindSummary &summary = report->kinds[k];
        summary.tiersBefore = named(inForce.scale(kind), tiersBefore[k]);
        summary.tiersAfter = named(m_after.scale(kind), tiersAfter[k]);
        summary.tierCountsBefore = tiersBefore[k];
        summary.tierCountsBefore.resize(std::max<int>(tiersBefore[k].size(), tierCount(inForce.scale(kind))));
        summary.tierCountsAfter = tiersAfter[k];
        summary.tierCountsAfter.resize(std::max<int>(tiersAfter[k].size(), tierCount(m_after.scale(kind))));
    }
    return true;
}

} // namespace redline
