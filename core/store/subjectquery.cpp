#include "subjectquery.h"

#include "store/sqlerror.h"
#include "store/sqlstatement.h"
#include "store/statecache.h"
#include "store/store.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace redline {

namespace {

// The same columns, in the same order, as the state cache's own reads, so that one row reader serves both.
const char kColumns[] =
    "st.subject_id, s.handle, s.name, st.kind, st.score, st.max, st.band, st.restrictions, st.ladder, "
    "st.last_violation_at, st.mcn_id, m.handle, st.certified, st.deposit, st.next_change, st.computed_at";

// Sorting within a kind by handle, name, last violation or MCN reads these instead of sorting a million
// rows; kind + score is the store's own state_by_score. The expressions match sortKey() exactly, which is
// what lets SQLite use the expression indexes.
const char *const kIndexes[] = {
    "CREATE INDEX IF NOT EXISTS subjects_by_kind_handle ON subjects(kind, handle)",
    "CREATE INDEX IF NOT EXISTS subjects_by_kind_name ON subjects(kind, name)",
    "CREATE INDEX IF NOT EXISTS state_by_kind_last_violation ON state(kind, ifnull(last_violation_at, -1))",
    "CREATE INDEX IF NOT EXISTS state_by_kind_mcn ON state(kind, ifnull(mcn_id, 0))",
};

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

void bindValue(SqlStatement &statement, int index, const QVariant &value)
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

CachedState rowToState(const SqlStatement &row)
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
    c.mcnId = row.isNull(10) ? 0 : row.int64(10);
    c.mcn = row.text(11);
    c.certified = row.integer(12) != 0;
    c.depositBalance = row.int64(13);
    c.nextChange = row.isNull(14) ? kNoInstant : row.int64(14);
    c.computedAt = row.int64(15);
    return c;
}

} // namespace

struct SubjectQuery::Sql {
    QByteArray text;
    QVector<QVariant> binds;
};

SubjectQuery::SubjectQuery(const Store &store)
    : m_store(store)
    , m_db(store.handle())
{
}

bool SubjectQuery::ensureIndexes(const Store &store, StoreError *error)
{
    if (store.isReadOnly())
        return true;
    for (const char *sql : kIndexes) {
        if (!SqlError::exec(store.handle(), sql, error, store.path(), tr("index the subject tables for sorting")))
            return false;
    }
    return true;
}

SubjectQuery::Sql SubjectQuery::build(const SubjectListSpec &spec, const SubjectCursor *after, bool countOnly) const
{
    Sql sql;
    const bool bySubjects = sortsBySubjectsTable(spec.sort);
    // Without a narrowing filter, the table that holds the sort key drives the scan in index order and the
    // page stops after `limit` rows; CROSS JOIN fixes that order (SQLite never reorders a CROSS JOIN).
    // Filtering by MCN narrows to a few hundred rows, so the planner picks the MCN index itself.
    const bool narrow = spec.mcnId != 0;
    QByteArray from;
    if (narrow)
        from = "FROM state st JOIN subjects s ON s.id = st.subject_id ";
    else if (bySubjects)
        from = "FROM subjects s CROSS JOIN state st ON st.subject_id = s.id ";
    else
        from = "FROM state st CROSS JOIN subjects s ON s.id = st.subject_id ";

    QByteArrayList where;
    auto bind = [&sql](const QVariant &value) {
        sql.binds.append(value);
        return QByteArray("?") + QByteArray::number(sql.binds.size());
    };
    where << (bySubjects && !narrow ? "s.kind = " : "st.kind = ") + bind(int(spec.kind));
    if (narrow)
        where << "st.mcn_id = " + bind(spec.mcnId);

    int low = spec.minScore.value_or(std::numeric_limits<int>::min());
    int high = spec.maxScore.value_or(std::numeric_limits<int>::max());
    if (spec.band != SubjectListSpec::kAnyBand) {
        const auto range = bandScoreRange(m_store.storedPolicy().scale(spec.kind), spec.band);
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
    if (!spec.search.trimmed().isEmpty()) {
        const QByteArray pattern = bind(likePattern(spec.search.trimmed()));
        where << "(s.handle LIKE " + pattern + " ESCAPE '\\' OR s.name LIKE " + pattern + " ESCAPE '\\')";
    }

    const QByteArray key = sortKey(spec.sort);
    const QByteArray id = bySubjects && !narrow ? "s.id" : "st.subject_id";
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
    Sql sql = build(spec, &after, false);
    sql.text += " LIMIT " + QByteArray::number(std::max(limit, 0));
    SqlStatement rows(m_db, sql.text.constData());
    if (!rows.isValid())
        return fail(error);
    for (int i = 0; i < sql.binds.size(); ++i)
        bindValue(rows, i + 1, sql.binds.at(i));
    while (rows.next())
        out->append(rowToState(rows));
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

qint64 SubjectQuery::count(const SubjectListSpec &spec, StoreError *error) const
{
    const Sql sql = build(spec, nullptr, true);
    SqlStatement rows(m_db, sql.text.constData());
    if (!rows.isValid())
        return fail(error), -1;
    for (int i = 0; i < sql.binds.size(); ++i)
        bindValue(rows, i + 1, sql.binds.at(i));
    if (!rows.next())
        return fail(error), -1;
    return rows.int64(0);
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
        return rowToState(row);
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
