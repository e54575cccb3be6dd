#include "dashboardstats.h"

#include "query/triagequery.h"

#include "base/eventvocabulary.h"

#include "store/sql/readconnection.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"
#include "base/storedevent.h"
#include "store/ledger/bulkreplayer.h"

#include <sqlite3.h>

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>

namespace redline {

namespace {

constexpr Instant kWeek = days(7);
constexpr int kBusyTimeoutMs = 5000; // a figure waits this long for a writer
constexpr Instant kAppealLookback = days(90);

int outcomeIndex(const char *name)
{
    return int(EventVocabulary::indexOf(EventVocabulary::outcomes(), QString::fromLatin1(name)));
}

int weekIndex(Instant weekZero, Instant at)
{
    return int((at - weekZero) / kWeek);
}

} // namespace

qint64 WeeklyViolations::total() const
{
    qint64 n = 0;
    for (const QVector<qint64> &weeks : inForce)
        for (qint64 c : weeks)
            n += c;
    for (qint64 c : voided)
        n += c;
    return n;
}

DashboardStats::DashboardStats(const Store &store)
    : DashboardStats(store.handle(), store.path(), store.storedPolicy())
{
}

DashboardStats::DashboardStats(sqlite3 *db, const QString &path, const Policy &storedPolicy)
    : m_db(db)
    , m_path(path)
    , m_policy(storedPolicy)
{
}

Instant DashboardStats::weekStart(Instant at)
{
    // 1970-01-01 was a Thursday: day 4 (0-based) was the first Monday.
    const Instant day = at >= 0 ? at / kSecondsPerDay : (at - kSecondsPerDay + 1) / kSecondsPerDay;
    const Instant sinceMonday = ((day - 4) % 7 + 7) % 7;
    return (day - sinceMonday) * kSecondsPerDay;
}

QVector<ScoreBand> DashboardStats::scoreBands(const Scale &scale, const QMap<int, qint64> &histogram)
{
    QVector<int> lows; // the low end of each band, highest first, after the full score's own band
    if (!scale.thresholds.isEmpty()) {
        QVector<int> thresholds = scale.thresholds;
        std::sort(thresholds.begin(), thresholds.end(), std::greater<int>());
        for (int t : thresholds) {
            if (t < scale.max && t > scale.min)
                lows << t;
        }
    } else {
        const int step = std::max(1, (scale.max - scale.min) / 10);
        for (int low = scale.max - step; low > scale.min; low -= step)
            lows << low;
    }
    lows << scale.min;
    QVector<ScoreBand> bands;
    bands.append({scale.max, scale.max, 0});
    int high = scale.max - 1;
    for (int low : std::as_const(lows)) {
        if (low > high)
            continue;
        bands.append({low, high, 0});
        high = low - 1;
    }
    for (ScoreBand &band : bands) {
        for (auto it = histogram.lowerBound(band.low); it != histogram.end() && it.key() <= band.high; ++it)
            band.count += it.value();
    }
    return bands;
}

bool DashboardStats::weeklyViolations(Instant now, int weeks, WeeklyViolations *out, StoreError *error) const
{
    const Instant from = weekStart(now) - (weeks - 1) * kWeek; // periodStart(now) for kWeeks
    out->weekStarts.clear();
    for (int w = 0; w < weeks; ++w)
        out->weekStarts << from + w * kWeek;
    out->voided.fill(0, weeks);
    out->inForce.clear();
    out->codes.clear();
    QVector<qint64> voided;
    if (!voidedViolations(from, now, &voided, error))
        return false;
    // One range of events_violations_by_at, counted here: SQLite's GROUP BY over two million rows sorts them
    // in a temporary B-tree, several times slower than this walk (docs/performance.md "The dashboard"). The
    // index holds the sequence number too, so a voided violation is recognised without reading its row. The
    // codes are few, so the row's text is matched against the last one seen before any lookup. The literal
    // conditions are the partial index's own: a bound type would not let SQLite use it.
    static_assert(int(EventType::Violation) == 1, "events_violations_by_at is on type 1");
    SqlStatement rows(m_db, "SELECT seq, at, code FROM events WHERE type = 1 AND code IS NOT NULL AND at >= ?1 AND at <= ?2");
    if (!rows.isValid())
        return fail(error);
    rows.bind(1, from);
    rows.bind(2, now);
    QVector<QByteArray> codes;
    QVector<QVector<qint64>> counts;
    int last = -1;
    while (rows.next()) {
        const int week = weekIndex(from, rows.int64(1));
        if (!voided.isEmpty() && std::binary_search(voided.cbegin(), voided.cend(), rows.int64(0))) {
            ++out->voided[week];
            continue;
        }
        const char *code = reinterpret_cast<const char *>(sqlite3_column_text(rows.raw(), 2));
        const int size = sqlite3_column_bytes(rows.raw(), 2);
        auto same = [code, size](const QByteArray &known) {
            return known.size() == size && std::memcmp(known.constData(), code, size_t(size)) == 0;
        };
        if (last < 0 || !same(codes.at(last))) {
            last = int(std::find_if(codes.cbegin(), codes.cend(), same) - codes.cbegin());
            if (last == codes.size()) {
                codes.append(QByteArray(code, size));
                counts.append(QVector<qint64>(weeks, 0));
            }
        }
        ++counts[last][week];
    }
    if (rows.resultCode() != SQLITE_DONE)
        return fail(error);
    for (int i = 0; i < codes.size(); ++i) {
        const QString code = QString::fromUtf8(codes.at(i));
        out->codes << code;
        out->inForce.insert(code, counts.at(i));
    }
    out->codes.sort();
    return true;
}

bool DashboardStats::decisionsIn(Instant from, Instant now, QVector<DecisionRow> *out, StoreError *error) const
{
    SqlStatement rows(m_db, "SELECT ref_seq, at, outcome FROM events WHERE ref_seq IS NOT NULL AND type = ?1 "
                            "AND at >= ?2 AND at <= ?3");
    if (!rows.isValid())
        return fail(error);
    rows.bind(1, int(EventType::Decision));
    rows.bind(2, from);
    rows.bind(3, now);
    const int overturned = outcomeIndex("overturned");
    while (rows.next())
        out->append({rows.int64(0), rows.int64(1), rows.integer(2) == overturned});
    return rows.resultCode() == SQLITE_DONE || fail(error);
}

bool DashboardStats::appealsOf(const QVector<DecisionRow> &decisions, Instant from, Instant now,
                               QHash<qint64, AppealRow> *out, StoreError *error) const
{
    // Most appeals are decided within weeks: those filed from kAppealLookback before the range are read from
    // the index in one walk (it holds their sequence number, instant and violation), and only an older one is
    // looked up by its row, the one lookup per decision that made this figure slow (docs/performance.md).
    SqlStatement rows(m_db, "SELECT seq, at, ref_seq FROM events WHERE ref_seq IS NOT NULL AND type = ?1 "
                            "AND at >= ?2 AND at <= ?3");
    if (!rows.isValid())
        return fail(error);
    rows.bind(1, int(EventType::Appeal));
    rows.bind(2, from - kAppealLookback);
    rows.bind(3, now);
    out->reserve(int(decisions.size()) * 2);
    while (rows.next())
        out->insert(rows.int64(0), {rows.int64(1), rows.int64(2)});
    if (rows.resultCode() != SQLITE_DONE)
        return fail(error);
    SqlStatement older(m_db, "SELECT at, ref_seq FROM events WHERE seq = ?1");
    if (!older.isValid())
        return fail(error);
    for (const DecisionRow &d : decisions) {
        if (out->contains(d.appealSeq))
            continue;
        older.reset();
        older.bind(1, d.appealSeq);
        if (!older.next())
            return fail(error);
        out->insert(d.appealSeq, {older.int64(0), older.int64(1)});
    }
    return true;
}

bool DashboardStats::voidedViolations(Instant from, Instant now, QVector<qint64> *out, StoreError *error) const
{
    // A retraction and a decision are dated at or after their violation (EventValidator), so only those of
    // the range can void one of its violations: ranges of events_answers_by_at. Sorted sequence numbers of
    // the voided violations, each once (one both retracted and overturned too).
    SqlStatement retractions(m_db, "SELECT ref_seq FROM events WHERE ref_seq IS NOT NULL AND type = ?1 AND at >= ?2 AND at <= ?3");
    if (!retractions.isValid())
        return fail(error);
    retractions.bind(1, int(EventType::Retraction));
    retractions.bind(2, from);
    retractions.bind(3, now);
    while (retractions.next())
        out->append(retractions.int64(0));
    if (retractions.resultCode() != SQLITE_DONE)
        return fail(error);
    QVector<DecisionRow> decisions;
    if (!decisionsIn(from, now, &decisions, error))
        return false;
    decisions.erase(std::remove_if(decisions.begin(), decisions.end(), [](const DecisionRow &d) { return !d.overturned; }),
                    decisions.end());
    QHash<qint64, AppealRow> appeals;
    if (!appealsOf(decisions, from, now, &appeals, error))
        return false;
    for (const DecisionRow &d : std::as_const(decisions))
        out->append(appeals.value(d.appealSeq).violationSeq);
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
    return true;
}

bool DashboardStats::appealOutcomes(Instant since, Instant now, AppealOutcomes *out, StoreError *error) const
{
    out->since = since;
    out->upheld = out->overturned = 0;
    out->medianDecisionTime = kNoInstant;
    // Decisions of the period (a range of events_answers_by_at), each with its appeal's instant.
    QVector<DecisionRow> decisions;
    QHash<qint64, AppealRow> appeals;
    if (!decisionsIn(since, now, &decisions, error) || !appealsOf(decisions, since, now, &appeals, error))
        return false;
    QVector<Instant> durations;
    durations.reserve(decisions.size());
    for (const DecisionRow &d : std::as_const(decisions)) {
        ++(d.overturned ? out->overturned : out->upheld);
        durations.append(d.at - appeals.value(d.appealSeq).at);
    }
    if (!durations.isEmpty()) {
        // The lower median of an even count: a time some decision actually took.
        auto middle = durations.begin() + (durations.size() - 1) / 2;
        std::nth_element(durations.begin(), middle, durations.end());
        out->medianDecisionTime = *middle;
    }
    // Pending at `now`: appeals filed by then less decisions made by then (a decision is dated at or after its
    // appeal, and there is one per appeal at most: R-L3), two counts of events_answers_by_at ranges.
    const qint64 filed = countOfType(int(EventType::Appeal), now, error);
    const qint64 decided = filed < 0 ? -1 : countOfType(int(EventType::Decision), now, error);
    if (decided < 0)
        return false;
    out->pending = filed - decided;
    return true;
}

qint64 DashboardStats::countOfType(int type, Instant now, StoreError *error) const
{
    SqlStatement rows(m_db, "SELECT count(*) FROM events WHERE ref_seq IS NOT NULL AND type = ?1 AND at <= ?2");
    if (!rows.isValid())
        return fail(error), -1;
    rows.bind(1, type);
    rows.bind(2, now);
    if (!rows.next())
        return fail(error), -1;
    return rows.int64(0);
}

bool DashboardStats::crossingCandidates(Instant since, Instant now, QVector<qint64> *ids, StoreError *error) const
{
    // A cached row's score holds on [score_since, next_change) (docs/architecture.md "The dashboard"): a
    // subject whose score last moved by `since` and next changes after `now` cannot have crossed anything in
    // (since, now]. The others are replayed: score moved since then, or the row is due. Kinds whose scale
    // has no thresholds cannot cross at all.
    QByteArray kinds;
    for (SubjectKind kind : {SubjectKind::Mcn, SubjectKind::Brand, SubjectKind::Creator}) {
        if (!m_policy.scale(kind).thresholds.isEmpty())
            kinds += (kinds.isEmpty() ? "" : ", ") + QByteArray::number(int(kind));
    }
    if (kinds.isEmpty())
        return true;
    const QByteArray sql = "SELECT subject_id FROM state WHERE score_since > ?1 AND kind IN (" + kinds + ") "
                           "UNION SELECT subject_id FROM state WHERE next_change <= ?2 AND kind IN (" + kinds + ") "
                           "ORDER BY 1";
    SqlStatement rows(m_db, sql.constData());
    if (!rows.isValid())
        return fail(error);
    rows.bind(1, since);
    rows.bind(2, now);
    while (rows.next())
        ids->append(rows.int64(0));
    return rows.resultCode() == SQLITE_DONE || fail(error);
}

bool DashboardStats::recentCrossings(Instant now, int days, QVector<RecentCrossing> *out, StoreError *error,
                                     qint64 *replayed) const
{
    const Instant since = now - redline::days(days);
    QVector<qint64> ids;
    if (!crossingCandidates(since, now, &ids, error))
        return false;
    if (replayed)
        *replayed = ids.size();
    if (ids.isEmpty())
        return true;
    BulkReplayer replayer(m_db, m_path, {&m_policy});
    replayer.setSubjects(ids);
    replayer.setInstant(now);
    QVector<qint64> subjectOf;
    replayer.setTimelineConsumer([&](const SubjectLedger &ledger, const Timeline &timeline) {
        for (const Crossing &c : timeline.crossings) {
            if (c.at <= since || c.at > now)
                continue;
            RecentCrossing crossing;
            crossing.at = c.at;
            crossing.handle = ledger.info.handle;
            crossing.kind = ledger.info.kind;
            crossing.threshold = c.threshold;
            crossing.down = c.down;
            out->append(crossing);
            subjectOf.append(ledger.id);
        }
    });
    if (!replayer.run([](const SubjectLedger &, Instant, const QVector<SubjectState> &) { return true; }, {}, error))
        return false;
    SqlStatement name(m_db, "SELECT name FROM subjects WHERE id = ?1");
    if (!name.isValid())
        return fail(error);
    for (int i = 0; i < out->size(); ++i) {
        name.reset();
        name.bind(1, subjectOf.at(i));
        if (name.next())
            (*out)[i].name = name.text(0);
    }
    // Newest first; at one instant, in the order the engine recorded them (stable).
    std::stable_sort(out->begin(), out->end(), [](const RecentCrossing &a, const RecentCrossing &b) { return a.at > b.at; });
    return true;
}

DashboardFigures DashboardStats::load(const QString &path, const Policy &storedPolicy, Instant now)
{
    DashboardFigures figures;
    figures.now = now;
    // The weekly walk, the longest figure, runs on a second connection beside the others: the whole load then
    // takes about as long as it alone on two free cores (docs/performance.md "The dashboard").
    QFuture<WeeklyResult> weekly = QtConcurrent::run([path, policy = storedPolicy, now] {
        WeeklyResult result;
        const ReadConnection db(path, tr("read the dashboard figures"), kBusyTimeoutMs, &result.error);
        if (db.isOpen())
            DashboardStats(db.handle(), path, policy).weeklyViolations(now, kWeeks, &result.weekly, &result.error);
        return result;
    });
    const ReadConnection db(path, tr("read the dashboard figures"), kBusyTimeoutMs, &figures.error);
    if (db.isOpen())
        DashboardStats(db.handle(), path, storedPolicy).loadAllButWeekly(now, &figures);
    WeeklyResult result = weekly.result();
    figures.weekly = std::move(result.weekly);
    if (result.error.isSet() && !figures.error.isSet())
        figures.error = result.error;
    return figures;
}

Instant DashboardStats::periodStart(Instant now)
{
    return weekStart(now) - (kWeeks - 1) * kWeek;
}

bool DashboardStats::loadAllButWeekly(Instant now, DashboardFigures *out) const
{
    StoreError *error = &out->error;
    if (!scoreHistogram(&out->histogram, error) || !appealOutcomes(periodStart(now), now, &out->appeals, error)
        || !recentCrossings(now, kCrossingDays, &out->crossings, error, &out->crossingCandidates))
        return false;
    if (!TriageQuery(m_db, m_path, now, m_policy.triage).counts(&out->triage, error))
        return false;
    out->ledgerSize = ledgerSize(error);
    out->users = userCount(error);
    return out->ledgerSize >= 0 && out->users >= 0;
}

bool DashboardStats::scoreHistogram(QMap<int, QMap<int, qint64>> *out, StoreError *error) const
{
    // Grouped in the order of state_by_score, so it is a walk of that covering index, not a sort.
    SqlStatement rows(m_db, "SELECT kind, score, count(*) FROM state GROUP BY kind, score");
    if (!rows.isValid())
        return fail(error);
    while (rows.next())
        (*out)[rows.integer(0)][rows.integer(1)] = rows.int64(2);
    if (rows.resultCode() != SQLITE_DONE)
        return fail(error);
    return true;
}

bool DashboardStats::recentViolations(int limit, QVector<RecentViolation> *out, StoreError *error, Instant now) const
{
    // Voided: a retraction of it, or an overturning decision of its appeal (both found through the partial
    // index events_by_ref, one lookup per listed row).
    SqlStatement rows(m_db, "SELECT e.seq, e.at, e.ext_id, s.handle, s.name, s.kind, e.code, e.by, "
                            "EXISTS (SELECT 1 FROM events r WHERE r.ref_seq = e.seq AND r.type = ?3), "
                            "EXISTS (SELECT 1 FROM events a JOIN events d ON d.ref_seq = a.seq AND d.type = ?5 "
                            "        WHERE a.ref_seq = e.seq AND a.type = ?4 AND d.outcome = ?6) "
                            "FROM events e JOIN subjects s ON s.id = e.subject_id "
                            "WHERE e.type = ?1 AND e.at <= ?7 ORDER BY e.seq DESC LIMIT ?2");
    if (!rows.isValid())
        return fail(error);
    rows.bind(1, int(EventType::Violation));
    rows.bind(2, limit);
    rows.bind(3, int(EventType::Retraction));
    rows.bind(4, int(EventType::Appeal));
    rows.bind(5, int(EventType::Decision));
    rows.bind(6, int(EventVocabulary::indexOf(EventVocabulary::outcomes(), QStringLiteral("overturned"))));
    rows.bind(7, now);
    while (rows.next()) {
        RecentViolation v;
        v.seq = rows.int64(0);
        v.at = rows.int64(1);
        v.id = rows.text(2);
        v.handle = rows.text(3);
        v.name = rows.text(4);
        v.kind = static_cast<SubjectKind>(rows.integer(5));
        v.code = rows.text(6);
        v.by = rows.text(7);
        v.voided = rows.integer(8) ? RecentViolation::Voided::Retracted
                   : rows.integer(9) ? RecentViolation::Voided::Overturned
                                     : RecentViolation::Voided::No;
        out->append(v);
    }
    if (rows.resultCode() != SQLITE_DONE)
        return fail(error);
    return true;
}

qint64 DashboardStats::pendingAppeals(StoreError *error) const
{
    // `ref_seq IS NOT NULL` lets SQLite walk the partial index events_by_ref (appeals, decisions and
    // retractions only) instead of the whole ledger.
    SqlStatement rows(m_db, "SELECT count(*) FROM events a WHERE a.ref_seq IS NOT NULL AND a.type = ?1 "
                            "AND NOT EXISTS (SELECT 1 FROM events d WHERE d.ref_seq = a.seq AND d.type = ?2)");
    if (!rows.isValid())
        return fail(error), -1;
    rows.bind(1, int(EventType::Appeal));
    rows.bind(2, int(EventType::Decision));
    if (!rows.next())
        return fail(error), -1;
    return rows.int64(0);
}

qint64 DashboardStats::userCount(StoreError *error) const
{
    SqlStatement rows(m_db, "SELECT count(*) FROM users");
    if (!rows.isValid() || !rows.next())
        return fail(error), -1;
    return rows.int64(0);
}

qint64 DashboardStats::ledgerSize(StoreError *error) const
{
    SqlStatement rows(m_db, "SELECT ifnull(max(seq), 0) FROM events");
    if (!rows.isValid() || !rows.next())
        return fail(error), -1;
    return rows.int64(0);
}

bool DashboardStats::fail(StoreError *error) const
{
    return SqlError::fail(error, m_db, m_path, tr("read the dashboard figures"));
}

} // namespace redline
