#include "statecache.h"

#include "store/ledger/bulkreplayer.h"
#include "store/sql/sqlerror.h"
#include "store/store.h"

#include <sqlite3.h>

#include <algorithm>

namespace redline {

namespace {

const char kSelect[] =
    "SELECT st.subject_id, s.handle, s.name, st.kind, st.score, st.max, st.band, st.restrictions, st.ladder, "
    "st.last_violation_at, st.mcn_id, m.handle, st.certified, st.deposit, st.next_change, st.computed_at, "
    "s.at, st.score_since FROM state st JOIN subjects s ON s.id = st.subject_id LEFT JOIN subjects m ON m.id = st.mcn_id ";

CachedState readRow(const SqlStatement &row)
{
    CachedState c;
    c.subjectId = row.int64(0);
    c.handle = row.text(1);
    c.name = row.text(2);
    c.kind = static_cast<SubjectKind>(row.integer(3));
    c.score = row.integer(4);
    c.max = row.integer(5);
    if (!row.isNull(6))
        c.band = row.integer(6);
    c.restrictions = StateCache::splitRestrictions(row.text(7));
    c.ladderLevel = row.integer(8);
    c.lastViolationAt = row.isNull(9) ? kNoInstant : row.int64(9);
    c.mcnId = row.int64(10);
    c.mcn = row.text(11);
    c.certified = row.integer(12) != 0;
    c.depositBalance = row.int64(13);
    c.nextChange = row.isNull(14) ? kNoInstant : row.int64(14);
    c.computedAt = row.int64(15);
    c.registeredAt = row.int64(16);
    c.scoreSince = row.int64(17);
    return c;
}

} // namespace

StateCache::StateCache(sqlite3 *db, const QString &path, const PolicySchedule &schedule)
    : m_db(db)
    , m_path(path)
    , m_schedule(schedule)
    , m_upsert(db, "INSERT OR REPLACE INTO state(subject_id, kind, score, max, band, restrictions, ladder, "
                   "last_violation_at, mcn_id, certified, deposit, next_change, computed_at, score_since) "
                   "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
{
}

SqlStatement StateCache::rowsInOrder()
{
    return SqlStatement(m_db, (QByteArray(kSelect) + "ORDER BY st.subject_id").constData());
}

CachedState StateCache::fromRow(const SqlStatement &row)
{
    return readRow(row);
}

std::optional<int> StateCache::bandOf(const Scale &scale, int score)
{
    std::optional<int> band;
    for (const RestrictionBand &b : scale.bands) {
        if (score < b.below)
            band = std::min(band.value_or(b.below), b.below);
    }
    return band;
}

QString StateCache::joinRestrictions(const QStringList &ids)
{
    return ids.isEmpty() ? QString() : QLatin1Char(',') + ids.join(QLatin1Char(',')) + QLatin1Char(',');
}

QStringList StateCache::splitRestrictions(const QString &stored)
{
    return stored.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

CachedState StateCache::fromState(const SubjectLedger &ledger, const SubjectState &state, const Policy &policy)
{
    CachedState c;
    c.subjectId = ledger.id;
    c.handle = ledger.info.handle;
    c.kind = ledger.info.kind;
    c.registeredAt = ledger.info.registeredAt;
    c.score = state.score;
    c.max = state.max;
    c.band = bandOf(policy.scale(ledger.info.kind), state.score);
    c.restrictions = state.restrictions;
    c.ladderLevel = state.ladderLevel;
    for (const ViolationOutcome &v : state.violations) {
        if (v.voidedAt > state.at && (c.lastViolationAt == kNoInstant || v.at > c.lastViolationAt))
            c.lastViolationAt = v.at;
    }
    c.mcnId = ledger.mcnAt(state.at);
    c.certified = state.certified;
    c.depositBalance = state.depositBalance;
    c.nextChange = state.nextChange;
    c.scoreSince = state.scoreChangedAt;
    c.computedAt = state.at;
    return c;
}

bool StateCache::write(const CachedState &c, StoreError *error)
{
    if (!m_upsert.isValid())
        return SqlError::fail(error, m_db, m_path, tr("update the state cache"));
    SqlStatement &q = m_upsert;
    q.bind(1, c.subjectId);
    q.bind(2, int(c.kind));
    q.bind(3, c.score);
    q.bind(4, c.max);
    if (c.band)
        q.bind(5, *c.band);
    else
        q.bindNull(5);
    // NOT NULL: an empty list is the empty string.
    const QByteArray restrictions = joinRestrictions(c.restrictions).toUtf8();
    sqlite3_bind_text(q.raw(), 6, restrictions.constData(), int(restrictions.size()), SQLITE_TRANSIENT);
    q.bind(7, c.ladderLevel);
    if (c.lastViolationAt != kNoInstant)
        q.bind(8, c.lastViolationAt);
    else
        q.bindNull(8);
    if (c.mcnId > 0)
        q.bind(9, c.mcnId);
    else
        q.bindNull(9);
    q.bind(10, c.certified ? 1 : 0);
    q.bind(11, c.depositBalance);
    if (c.nextChange != kNoInstant)
        q.bind(12, c.nextChange);
    else
        q.bindNull(12);
    q.bind(13, c.computedAt);
    q.bind(14, c.scoreSince);
    if (!q.exec())
        return SqlError::fail(error, m_db, m_path, tr("update the state cache"));
    return true;
}

bool StateCache::run(BulkReplayer &replayer, Instant now, const ProgressFn &progress, StoreError *error)
{
    replayer.setInstant(now);
    bool writeOk = true;
    const bool ok = replayer.run(
        [&](const SubjectLedger &ledger, Instant, const QVector<SubjectState> &states) {
            writeOk = write(fromState(ledger, states.first(), m_schedule.at(now)), error);
            return writeOk;
        },
        progress, error);
    return ok && writeOk;
}

bool StateCache::refresh(const QVector<qint64> &subjectIds, Instant now, const ProgressFn &progress,
                         StoreError *error)
{
    if (subjectIds.isEmpty())
        return true;
    BulkReplayer replayer(m_db, m_path, {&m_schedule});
    replayer.setSubjects(subjectIds);
    return run(replayer, now, progress, error);
}

bool StateCache::refreshAll(Instant now, const ProgressFn &progress, StoreError *error)
{
    BulkReplayer replayer(m_db, m_path, {&m_schedule});
    return run(replayer, now, progress, error);
}

QVector<qint64> StateCache::dueSubjects(Instant now, StoreError *error)
{
    QVector<qint64> ids;
    SqlStatement due(m_db, "SELECT subject_id FROM state WHERE next_change <= ?1 ORDER BY subject_id");
    if (!due.isValid()) {
        SqlError::fail(error, m_db, m_path, tr("read the state cache"));
        return ids;
    }
    due.bind(1, now);
    while (due.next())
        ids.append(due.int64(0));
    if (due.resultCode() != SQLITE_DONE)
        SqlError::fail(error, m_db, m_path, tr("read the state cache"));
    return ids;
}

std::optional<CachedState> StateCache::read(qint64 subjectId, StoreError *error)
{
    SqlStatement row(m_db, (QByteArray(kSelect) + "WHERE st.subject_id = ?1").constData());
    if (!row.isValid()) {
        SqlError::fail(error, m_db, m_path, tr("read the state cache"));
        return std::nullopt;
    }
    row.bind(1, subjectId);
    if (row.next())
        return readRow(row);
    if (row.resultCode() != SQLITE_DONE)
        SqlError::fail(error, m_db, m_path, tr("read the state cache"));
    return std::nullopt;
}

bool StateCache::list(const StateFilter &filter, const std::function<bool(const CachedState &)> &sink,
                      StoreError *error)
{
    // Built from the filter rather than `?1 IS NULL OR ...`, so that SQLite can use state_by_score.
    QByteArray sql(kSelect);
    QByteArrayList conditions;
    if (filter.kind)
        conditions << "st.kind = ?1";
    if (filter.below)
        conditions << "st.score < ?2";
    if (!filter.restriction.isEmpty())
        conditions << "st.restrictions LIKE ?3 ESCAPE '\\'";
    if (!conditions.isEmpty())
        sql += "WHERE " + conditions.join(" AND ") + ' ';
    sql += filter.below ? "ORDER BY st.score, st.subject_id" : "ORDER BY st.subject_id";
    sql += " LIMIT ?4 OFFSET ?5";
    SqlStatement rows(m_db, sql.constData());
    if (!rows.isValid())
        return SqlError::fail(error, m_db, m_path, tr("read the state cache"));
    if (filter.kind)
        rows.bind(1, int(*filter.kind));
    if (filter.below)
        rows.bind(2, *filter.below);
    if (!filter.restriction.isEmpty()) {
        QString escaped = filter.restriction;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        rows.bind(3, QStringLiteral("%,%1,%").arg(escaped));
    }
    rows.bind(4, filter.limit);
    rows.bind(5, filter.offset);
    while (rows.next()) {
        if (!sink(readRow(rows)))
            return true;
    }
    if (rows.resultCode() != SQLITE_DONE)
        return SqlError::fail(error, m_db, m_path, tr("read the state cache"));
    return true;
}

bool StateCache::forEach(const std::function<bool(const CachedState &)> &sink, StoreError *error)
{
    return list(StateFilter(), sink, error);
}

} // namespace redline
