#include "dashboardstats.h"

#include "base/eventvocabulary.h"

#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"
#include "base/storedevent.h"
#include "store/ledger/bulkreplayer.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace redline {

namespace {

constexpr Instant kWeek = days(7);

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
    const Instant from = weekStart(now) - (weeks - 1) * kWeek;
    out->weekStarts.clear();
    for (int w = 0; w < weeks; ++w)
        out->weekStarts << from + w * kWeek;
    out->voided.fill(0, weeks);
    out->inForce.clear();
    out->codes.clear();
    // One range of events_violations_by_at, counted here: SQLite's GROUP BY over two million rows sorts them in a
    // temporary B-tree, several times slower than this walk (docs/performance.md "The dashboard"). The codes
    // are few, so the row's text is matched against the last one seen before any lookup.
    // The literal conditions are the partial index's own (events_violations_by_at): a bound type would not
    // let SQLite use it.
    static_assert(int(EventType::Violation) == 1, "events_violations_by_at is on type 1");
    SqlStatement rows(m_db, "SELECT at, code FROM events WHERE type = 1 AND code IS NOT NULL AND at >= ?1 AND at <= ?2");
    if (!rows.isValid())
        return fail(error);
    rows.bind(1, from);
    rows.bind(2, now);
    QVector<QByteArray> codes;
    QVector<QVector<qint64>> counts;
    int last = -1;
    while (rows.next()) {
        const int week = weekIndex(from, rows.int64(0));
        const char *code = reinterpret_cast<const char *>(sqlite3_column_text(rows.raw(), 1));
        const int size = sqlite3_column_bytes(rows.raw(), 1);
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
    // What was voided by `now` leaves its code's bar for the one bar of voided violations.
    QVector<QPair<int, QString>> voided;
    if (!voidedViolations(from, now, &voided, error))
        return false;
    for (const auto &[week, code] : std::as_const(voided)) {
        auto it = out->inForce.find(code);
        if (it == out->inForce.end() || week < 0 || week >= weeks)
            continue; // dated after `now`: not counted above either
        --(*it)[week];
        ++out->voided[week];
    }
    return true;
}

bool DashboardStats::voidedViolations(Instant from, Instant now, QVector<QPair<int, QString>> *out,
                                      StoreError *error) const
{
    // A retraction and a decision are dated at or after their violation (EventValidator), so only those of
    // the range can void one of its violations: two short ranges of events_answers_by_at. The voided
    // violations' sequence numbers are gathered and sorted first (UNION: one retracted and overturned counts
    // once), so that the lookups of the appeals and violations walk the table in order, not at random.
    SqlStatement rows(m_db, "WITH overturns AS MATERIALIZED ("
                            "  SELECT ref_seq FROM events WHERE ref_seq IS NOT NULL AND type = ?2 AND at >= ?3 AND at <= ?4 "
                            "  AND outcome = ?5 ORDER BY ref_seq), "
                            "voided AS MATERIALIZED ("
                            "  SELECT a.ref_seq AS seq FROM overturns o JOIN events a ON a.seq = o.ref_seq "
                            "  UNION SELECT ref_seq FROM events WHERE ref_seq IS NOT NULL AND type = ?1 AND at >= ?3 AND at <= ?4 "
                            "  ORDER BY 1) "
                            "SELECT v.seq, v.at, v.code FROM voided x JOIN events v ON v.seq = x.seq WHERE v.at >= ?3 AND v.at <= ?4");
    if (!rows.isValid())
        return fail(error);
    rows.bind(1, int(EventType::Retraction));
    rows.bind(2, int(EventType::Decision));
    rows.bind(3, from);
    rows.bind(4, now);
    rows.bind(5, outcomeIndex("overturned"));
    while (rows.next())
        out->append({weekIndex(from, rows.int64(1)), rows.text(2)});
    return rows.resultCode() == SQLITE_DONE || fail(error);
}

bool DashboardStats::appealOutcomes(Instant since, Instant now, AppealOutcomes *out, StoreError *error) const
{
    out->since = since;
    out->upheld = out->overturned = 0;
    out->medianDecisionTime = kNoInstant;
    // Decisions of the period (a range of events_answers_by_at), each with its appeal: one primary-key lookup
    // per decision, in the appeals' order so that they walk the table rather than jump about it.
    SqlStatement rows(m_db, "WITH d AS MATERIALIZED ("
                            "  SELECT ref_seq, at, outcome FROM events WHERE ref_seq IS NOT NULL AND type = ?1 "
                            "  AND at >= ?2 AND at <= ?3 ORDER BY ref_seq) "
                            "SELECT d.outcome, d.at - a.at FROM d JOIN events a ON a.seq = d.ref_seq");
    if (!rows.isValid())
        return fail(error);
    rows.bind(1, int(EventType::Decision));
    rows.bind(2, since);
    rows.bind(3, now);
    const int overturned = outcomeIndex("overturned");
    QVector<Instant> durations;
    while (rows.next()) {
        ++(rows.integer(0) == overturned ? out->overturned : out->upheld);
        durations.append(rows.int64(1));
    }
    if (rows.resultCode() != SQLITE_DONE)
        return fail(error);
    if (!durations.isEmpty()) {
        // The lower median of an even count: a time some decision actually took.
        auto middle = durations.begin() + (durations.size() - 1) / 2;
        std::nth_element(durations.begin(), middle, durations.end());
        out->medianDecisionTime = *middle;
    }
    // Pending at `now`: appeals filed by then less decisions made by then (a decision is dated at or after its
    // appeal, and there is one per appeal at most: R-L3), two counts of events_answers_by_at ranges.
    const qint64 appeals = countOfType(int(EventType::Appeal), now, error);
    const qint64 decisions = appeals < 0 ? -1 : countOfType(int(EventType::Decision), now, error);
    if (decisions < 0)
        return false;
    out->pending = appeals - decisions;
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
    sqlite3 *db = nullptr;
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, nullptr) != SQLITE_OK) {
        SqlError::fail(&figures.error, db, path, tr("read the dashboard figures"));
        sqlite3_close(db);
        return figures;
    }
    sqlite3_busy_timeout(db, 5000);
    DashboardStats(db, path, storedPolicy).loadInto(now, &figures);
    sqlite3_close(db);
    return figures;
}

bool DashboardStats::loadInto(Instant now, DashboardFigures *out) const
{
    out->now = now;
    StoreError *error = &out->error;
    if (!scoreHistogram(&out->histogram, error) || !weeklyViolations(now, kWeeks, &out->weekly, error)
        || !appealOutcomes(out->weekly.weekStarts.first(), now, &out->appeals, error)
        || !recentCrossings(now, kCrossingDays, &out->crossings, error, &out->crossingCandidates))
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

bool DashboardStats::recentViolations(int limit, QVector<RecentViolation> *out, StoreError *error) const
{
    // Voided: a retraction of it, or an overturning decision of its appeal (both found through the partial
    // index events_by_ref, one lookup per listed row).
    SqlStatement rows(m_db, "SELECT e.seq, e.at, e.ext_id, s.handle, s.name, s.kind, e.code, e.by, "
                            "EXISTS (SELECT 1 FROM events r WHERE r.ref_seq = e.seq AND r.type = ?3), "
                            "EXISTS (SELECT 1 FROM events a JOIN events d ON d.ref_seq = a.seq AND d.type = ?5 "
                            "        WHERE a.ref_seq = e.seq AND a.type = ?4 AND d.outcome = ?6) "
                            "FROM events e JOIN subjects s ON s.id = e.subject_id "
                            "WHERE e.type = ?1 ORDER BY e.seq DESC LIMIT ?2");
    if (!rows.isValid())
        return fail(error);
    rows.bind(1, int(EventType::Violation));
    rows.bind(2, limit);
    rows.bind(3, int(EventType::Retraction));
    rows.bind(4, int(EventType::Appeal));
    rows.bind(5, int(EventType::Decision));
    rows.bind(6, int(EventVocabulary::indexOf(EventVocabulary::outcomes(), QStringLiteral("overturned"))));
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
