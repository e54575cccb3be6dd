#include "subjectquery.h"

#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/statecache.h"
#include "query/subjectsearchindex.h"
#include "store/store.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace redline {

namespace {

// The same columns, in the same order, as the state cache's own reads, so that one row reader serves both.
const char kColumns[] =
    "st.subject_id, s.handle, s.name, st.kind, st.score, st.max, st.band, st.restrictions, st.ladder, "
    "st.last_violation_at, st.mcn_id, m.handle, st.certified, st.deposit, st.next_change, st.computed_at, s.at, st.score_since";

// Sorting within a kind by handle, name, last violation or MCN reads these instead of sorting a million
// rows; kind + score is the store's own state_by_score. The expressions match sortKey() exactly, which is
// what lets SQLite use the expression indexes. Handle and name indexes carry the other column too, so a
// search that scans in either order reads only the index.
const char *const kIndexes[] = {
    "DROP INDEX IF EXISTS subjects_by_kind_handle", // an earlier console's narrower indexes
    "DROP INDEX IF EXISTS subjects_by_kind_name",
    "CREATE INDEX IF NOT EXISTS subjects_by_kind_handle_name ON subjects(kind, handle, name)",
    "CREATE INDEX IF NOT EXISTS subjects_by_kind_name_handle ON subjects(kind, name, handle)",
    "CREATE INDEX IF NOT EXISTS state_by_kind_last_violation ON state(kind, ifnull(last_violation_at, -1))",
    "CREATE INDEX IF NOT EXISTS state_by_kind_mcn ON state(kind, ifnull(mcn_id, 0))",
};

// Up to this many subjects in a score range are read from the score index and sorted (see plan()).
constexpr qint64 kScoreRangeSortLimit = 8000;

bool sortsBySubjectsTable(SubjectListSpec::Sort sort)
{
    return sort == SubjectListSpec::Sort::Handle || sort == SubjectListSpec::Sort::Name;
}

const char *sortKey(SubjectListSpec::Sort sort)
{
    switch (sort) {
    case SubjectListSpec::Sort::Handle: return "s.handle";
    case SubjectListSpec::Sort::Name: return "s.name";
    case SubjectListSpec::Sort::Score: return "st.score";
    case SubjectListSpec::Sort::LastViolation: return "ifnull(st.last_violation_at, -1)";
    case SubjectListSpec::Sort::Mcn: return "ifnull(st.mcn_id, 0)";
    }
    return "s.handle";
}

QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

QString likePattern(const QString &text)
{
    return QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%');
}

// The score interval of a band (cache semantics: the lowest `below` bound the score is under), or of
// "no band" (at or above every bound).
std::pair<int, int> bandScoreRange(const Scale &scale, int band)
{
    QVector<int> bounds;
    for (const RestrictionBand &b : scale.bands)
        bounds.append(b.below);
    std::sort(bounds.begin(), bounds.end());
    if (band == SubjectListSpec::kNoBand)
        return {bounds.isEmpty() ? scale.min : bounds.last(), scale.max};
    int lower = scale.min;
    for (int bound : bounds) {
        if (bound < band)
            lower = bound;
    }
    return {lower, band - 1};
}



} // namespace

struct SubjectQuery::Sql {
    QByteArray text;
    QVector<QVariant> binds;
};

SubjectQuery::SubjectQuery(const Store &store)
    : m_store(store)
    , m_db(store.handle())
    , m_search(store)
{
}

bool SubjectQuery::ensureIndexes(const Store &store, StoreError *error, const ProgressFn &progress)
{
    if (store.isReadOnly())
        return true;
    // Building indexes on a million rows takes seconds: SQLite's progress callback lets the caller keep a
    // window live (and cancel).
    struct Callback {
        static int call(void *context)
        {
            const ProgressFn &fn = *static_cast<const ProgressFn *>(context);
            return fn && !fn(0, 0) ? 1 : 0;
        }
    };
    sqlite3_progress_handler(store.handle(), 100000, progress ? &Callback::call : nullptr,
                             const_cast<ProgressFn *>(&progress));
    bool ok = true;
    for (const char *sql : kIndexes) {
        if (!SqlError::exec(store.handle(), sql, error, store.path(), tr("index the subject tables for sorting"))) {
            ok = false;
            break;
        }
    }
    ok = ok && SubjectSearchIndex::ensure(store, error);
    sqlite3_progress_handler(store.handle(), 0, nullptr, nullptr);
    return ok;
}

SubjectQuery::SearchPath SubjectQuery::searchPath(const SubjectListSpec &spec, StoreError *error) const
{
    const QString text = spec.search.trimmed();
    if (text.isEmpty())
        return SearchPath::None;
    switch (m_search.prepare(spec.kind, text, error)) {
    case SubjectSearchIndex::Hits::Listed: return SearchPath::Hits;
    case SubjectSearchIndex::Hits::TooMany: return SearchPath::DenseScan;
    case SubjectSearchIndex::Hits::Unavailable: break;
    }
    return SearchPath::Scan;
}

SubjectQuery::Plan SubjectQuery::plan(const SubjectListSpec &spec, StoreError *error) const
{
    Plan p;
    p.search = searchPath(spec, error);
    const bool scoreBounded = spec.minScore || spec.maxScore || spec.band != SubjectListSpec::kAnyBand;
    if (p.search == SearchPath::None && spec.mcnId == 0 && scoreBounded && spec.sort != SubjectListSpec::Sort::Score) {
        // Walking the handle index for the few subjects in a narrow score range reads most of the index;
        // reading the range from the score index and sorting it is cheaper while the range is small.
        SubjectListSpec range = spec;
        range.restriction.clear();
        qint64 inRange = -1;
        if (runCount(build(range, nullptr, true, Plan()), &inRange, nullptr) && inRange >= 0
            && inRange <= kScoreRangeSortLimit)
            p.byScoreRange = true;
    }
    return p;
}

QByteArrayList SubjectQuery::statePredicates(const SubjectListSpec &spec, const Policy &policy, const BindFn &bind)
{
    QByteArrayList where;
    int low = spec.minScore.value_or(std::numeric_limits<int>::min());
    int high = spec.maxScore.value_or(std::numeric_limits<int>::max());
    if (spec.band != SubjectListSpec::kAnyBand) {
        const auto range = bandScoreRange(policy.scale(spec.kind), spec.band);
        low = std::max(low, range.first);
        high = std::min(high, range.second);
    }
    if (low != std::numeric_limits<int>::min())
        where << "st.score >= " + bind(low);
    if (high != std::numeric_limits<int>::max())
        where << "st.score <= " + bind(high);
    if (!spec.restriction.isEmpty())
        where << "st.restrictions LIKE " + bind(QStringLiteral("%,%1,%").arg(likeEscaped(spec.restriction)))
                     + " ESCAPE '\\'";
    return where;
}

QByteArray SubjectQuery::searchPredicate(const QString &search, const BindFn &bind)
{
    const QByteArray pattern = bind(likePattern(search.trimmed()));
    return "(s.handle LIKE " + pattern + " ESCAPE '\\' OR s.name LIKE " + pattern + " ESCAPE '\\')";
}

void SubjectQuery::bindValue(SqlStatement &statement, int index, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        // Bound as text even when empty (SqlStatement binds an empty string as NULL, which would end a
        // keyset page at a subject with an empty name).
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text(statement.raw(), index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    } else {
        statement.bind(index, value.toLongLong());
    }
}

SubjectQuery::Sql SubjectQuery::build(const SubjectListSpec &spec, const SubjectCursor *after, bool countOnly,
                                      const Plan &plan) const
{
    const SearchPath search = plan.search;
    Sql sql;
    const bool bySubjects = sortsBySubjectsTable(spec.sort);
    const bool scanSearch = search == SearchPath::Scan || search == SearchPath::DenseScan;
    // Which table drives the scan decides the speed: CROSS JOIN fixes SQLite's join order.
    // - listed search hits (at most a few thousand ids) drive, and the sort is done on them;
    // - an MCN's creators come from the MCN index (`+st.kind` keeps SQLite off the kind index);
    // - otherwise the table holding the sort key is walked in index order and the page stops after `limit`.
    // A count needs no subjects row unless it searches names.
    const bool narrow = spec.mcnId != 0;
    const bool needSubjects = !countOnly || scanSearch;
    QByteArray from;
    QByteArray kindColumn = "st.kind";
    if (search == SearchPath::Hits) {
        from = "FROM temp.search_hits h CROSS JOIN state st ON st.subject_id = h.id ";
        if (needSubjects || bySubjects)
            from += "CROSS JOIN subjects s ON s.id = st.subject_id ";
    } else if (narrow) {
        from = "FROM state st ";
        if (needSubjects)
            from += "CROSS JOIN subjects s ON s.id = st.subject_id ";
        kindColumn = "+st.kind";
    } else if (countOnly && !needSubjects) {
        from = "FROM state st ";
    } else if (bySubjects && !plan.byScoreRange) {
        from = "FROM subjects s CROSS JOIN state st ON st.subject_id = s.id ";
        kindColumn = "s.kind";
    } else {
        from = "FROM state st CROSS JOIN subjects s ON s.id = st.subject_id ";
    }

    QByteArrayList where;
    auto bind = [&sql](const QVariant &value) {
        sql.binds.append(value);
        return QByteArray("?") + QByteArray::number(sql.binds.size());
    };
    where << kindColumn + " = " + bind(int(spec.kind));
    if (narrow)
        where << "st.mcn_id = " + bind(spec.mcnId);
    where << statePredicates(spec, m_store.storedPolicy(), bind);
    if (scanSearch)
        where << searchPredicate(spec.search, bind);

    const QByteArray key = sortKey(spec.sort);
    const QByteArray id = from.startsWith("FROM subjects") ? "s.id" : "st.subject_id";
    if (after && after->valid) {
        where << "(" + key + ", " + id + ") " + (spec.descending ? "<" : ">") + " (" + bind(after->key) + ", "
                     + bind(after->id) + ")";
    }

    if (countOnly) {
        sql.text = "SELECT count(*) " + from + "WHERE " + where.join(" AND ");
        return sql;
    }
    const QByteArray direction = spec.descending ? " DESC" : "";
    sql.text = QByteArray("SELECT ") + kColumns + ' ' + from + "LEFT JOIN subjects m ON m.id = st.mcn_id WHERE "
               + where.join(" AND ") + " ORDER BY " + key + direction + ", " + id + direction;
    return sql;
}

bool SubjectQuery::fetch(const SubjectListSpec &spec, const SubjectCursor &after, int limit,
                         QVector<CachedState> *out, StoreError *error) const
{
    Sql sql = build(spec, &after, false, plan(spec, error));
    sql.text += " LIMIT " + QByteArray::number(std::max(limit, 0));
    SqlStatement rows(m_db, sql.text.constData());
    if (!rows.isValid())
        return fail(error);
    for (int i = 0; i < sql.binds.size(); ++i)
        bindValue(rows, i + 1, sql.binds.at(i));
    while (rows.next())
        out->append(StateCache::fromRow(rows));
    if (rows.resultCode() != SQLITE_DONE)
        return fail(error);
    return true;
}

SubjectCursor SubjectQuery::cursorAfter(const SubjectListSpec &spec, const CachedState &row)
{
    SubjectCursor cursor;
    cursor.valid = true;
    cursor.id = row.subjectId;
    switch (spec.sort) {
    case SubjectListSpec::Sort::Handle: cursor.key = row.handle; break;
    case SubjectListSpec::Sort::Name: cursor.key = row.name; break;
    case SubjectListSpec::Sort::Score: cursor.key = qint64(row.score); break;
    case SubjectListSpec::Sort::LastViolation:
        cursor.key = row.lastViolationAt == kNoInstant ? qint64(-1) : qint64(row.lastViolationAt);
        break;
    case SubjectListSpec::Sort::Mcn: cursor.key = row.mcnId; break;
    }
    return cursor;
}

bool SubjectQuery::runCount(const Sql &sql, qint64 *count, StoreError *error) const
{
    SqlStatement rows(m_db, sql.text.constData());
    if (!rows.isValid())
        return fail(error);
    for (int i = 0; i < sql.binds.size(); ++i)
        bindValue(rows, i + 1, sql.binds.at(i));
    if (!rows.next())
        return fail(error);
    *count = rows.int64(0);
    return true;
}

qint64 SubjectQuery::count(const SubjectListSpec &spec, StoreError *error, bool *exact) const
{
    Plan p;
    p.search = searchPath(spec, error);
    if (exact)
        *exact = p.search != SearchPath::DenseScan;
    if (p.search == SearchPath::DenseScan && exact) {
        // More than the index lists: counting them all means reading every name. The caller asked to be
        // told instead (a console shows "more than 5,000").
        return SubjectSearchIndex::kHitCap + 1;
    }
    qint64 result = -1;
    return runCount(build(spec, nullptr, true, p), &result, error) ? result : -1;
}

std::optional<SubjectCountJob> SubjectQuery::countJob(const SubjectListSpec &spec, StoreError *error) const
{
    Plan p;
    p.search = searchPath(spec, error);
    // Listed hits live in this connection's temp table (and are few); a dense search is not counted; a
    // count without a restriction or a name scan reads only an index.
    const bool readsRows = !spec.restriction.isEmpty() || p.search == SearchPath::Scan;
    // A read-only store may keep its current state in this connection's memory, which another
    // connection would not see (Store::hasMemoryState): it counts here.
    if (m_store.isReadOnly() || p.search == SearchPath::Hits || p.search == SearchPath::DenseScan || !readsRows)
        return std::nullopt;
    const Sql sql = build(spec, nullptr, true, p);
    return SubjectCountJob{m_store.path(), sql.text, sql.binds};
}

qint64 SubjectQuery::runCountJob(const SubjectCountJob &job, StoreError *error)
{
    sqlite3 *db = nullptr;
    const QByteArray path = job.path.toUtf8();
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, nullptr) != SQLITE_OK) {
        SqlError::fail(error, db, job.path, tr("count the subject list"));
        sqlite3_close(db);
        return -1;
    }
    sqlite3_busy_timeout(db, 5000);
    qint64 result = -1;
    {
        SqlStatement rows(db, job.sql.constData());
        if (rows.isValid()) {
            for (int i = 0; i < job.binds.size(); ++i)
                bindValue(rows, i + 1, job.binds.at(i));
            if (rows.next())
                result = rows.int64(0);
        }
        if (result < 0)
            SqlError::fail(error, db, job.path, tr("count the subject list"));
    }
    sqlite3_close(db);
    return result;
}

qint64 SubjectQuery::countKind(SubjectKind kind, StoreError *error) const
{
    SqlStatement rows(m_db, "SELECT count(*) FROM state WHERE kind = ?1");
    if (!rows.isValid())
        return fail(error), -1;
    rows.bind(1, int(kind));
    if (!rows.next())
        return fail(error), -1;
    return rows.int64(0);
}

std::optional<CachedState> SubjectQuery::byHandle(const QString &handle, StoreError *error) const
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns
                           + " FROM subjects s JOIN state st ON st.subject_id = s.id "
                             "LEFT JOIN subjects m ON m.id = st.mcn_id WHERE s.handle = ?1";
    SqlStatement row(m_db, sql.constData());
    if (!row.isValid()) {
        fail(error);
        return std::nullopt;
    }
    row.bind(1, handle);
    if (row.next())
        return StateCache::fromRow(row);
    if (row.resultCode() != SQLITE_DONE)
        fail(error);
    return std::nullopt;
}

QVector<McnChoice> SubjectQuery::mcns(StoreError *error) const
{
    QVector<McnChoice> out;
    SqlStatement rows(m_db, "SELECT id, handle, name FROM subjects WHERE kind = ?1 ORDER BY handle");
    if (!rows.isValid()) {
        fail(error);
        return out;
    }
    rows.bind(1, int(SubjectKind::Mcn));
    while (rows.next())
        out.append({rows.int64(0), rows.text(1), rows.text(2)});
    if (rows.resultCode() != SQLITE_DONE)
        fail(error);
    return out;
}

bool SubjectQuery::fail(StoreError *error) const
{
    return SqlError::fail(error, m_db, m_store.path(), tr("read the subject list"));
}

} // namespace redline
