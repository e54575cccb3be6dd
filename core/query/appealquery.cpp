#include "appealquery.h"

#include "base/eventvocabulary.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <sqlite3.h>

#include <algorithm>

namespace redline {

namespace {

// The event type numbers are written into the SQL (not bound) so that SQLite plans the queue over the
// schema's index of answers by type and instant knowing which type it reads; ?1 is the key, ?2 the limit.
QByteArray typed(const char *sql)
{
    return QByteArray(sql)
        .replace("{violation}", QByteArray::number(int(EventType::Violation)))
        .replace("{appeal}", QByteArray::number(int(EventType::Appeal)))
        .replace("{decision}", QByteArray::number(int(EventType::Decision)))
        .replace("{retraction}", QByteArray::number(int(EventType::Retraction)));
}

const char kColumns[] =
    "SELECT a.ext_id, a.at, a.by, a.text, v.ext_id, v.code, v.at, v.by, v.points, "
    "EXISTS(SELECT 1 FROM events r WHERE r.ref_seq = v.seq AND r.type = {retraction}), "
    "s.handle, s.name, s.kind, d.outcome, d.at, d.by, d.text ";

// The appeal `a` (from kAnyAppeal or kOldestPending), its violation, the subject and the decision if any.
const char kJoins[] =
    "JOIN events v ON v.seq = a.ref_seq AND v.type = {violation} "
    "JOIN subjects s ON s.id = v.subject_id "
    "LEFT JOIN events d ON d.ref_seq = a.seq AND d.type = {decision} "
    "WHERE a.type = {appeal} AND ";

const char kAnyAppeal[] = "FROM events a ";

// The queue reads the oldest pending appeals first, from the indexes alone: the schema's events_answers_by_at
// (type, at, ref_seq, outcome; v4) holds every appeal in `at` order with its sequence number, and
// events_by_ref says whether it has a decision. SQLite walks the appeals from the oldest, sorts only those of
// the same instant by seq, and stops at the limit; only then does it read the rows of those appeals, their
// violations and subjects. On the 1M-creator store the oldest 1,000 pending are among the oldest 6,500
// appeals: joining every one of those to its violation and subject before asking for its decision read
// about 9,000 scattered rows, 1.9-2.2 s with the file not yet in memory; this reads about 3,000
// (docs/performance.md). Every appeal answers a violation (EventValidator), so the joins drop none.
// ?3 skips the first pending appeals (the queue reads its first rows, then the rest).
const char kOldestPending[] =
    "FROM (SELECT p.seq AS seq FROM events p WHERE p.type = {appeal} AND p.ref_seq IS NOT NULL "
    "      AND NOT EXISTS (SELECT 1 FROM events n WHERE n.ref_seq = p.seq AND n.type = {decision}) "
    "      ORDER BY p.at, p.seq LIMIT ?2 OFFSET ?3) q "
    "CROSS JOIN events a ON a.seq = q.seq ";

// The same appeals counted from the indexes alone, at most ?1.
const char kPendingCount[] =
    "SELECT count(*) FROM (SELECT 1 FROM events p WHERE p.type = {appeal} AND p.ref_seq IS NOT NULL "
    "      AND NOT EXISTS (SELECT 1 FROM events n WHERE n.ref_seq = p.seq AND n.type = {decision}) LIMIT ?1)";

const char kPending[] = "d.seq IS NULL ORDER BY a.at, a.seq LIMIT ?2";
const char kById[] = "a.ext_id = ?1 LIMIT ?2";
const char kOfViolation[] = "v.ext_id = ?1 LIMIT ?2";

namespace col {
enum Column {
    AppealId, AppealAt, AppealBy, AppealText, ViolationId, ViolationCode, ViolationAt, ViolationBy, ViolationPoints,
    Retracted, Handle, Name, Kind, Outcome, DecidedAt, DecidedBy, DecisionText
};
} // namespace col

} // namespace

AppealQuery::AppealQuery(const Store &store)
    : m_store(store)
{
}

bool AppealQuery::pending(QVector<AppealRecord> *out, StoreError *error, int limit, int offset) const
{
    out->clear();
    return run(kOldestPending, kPending, QString(), limit, out, error, std::max(0, offset));
}

bool AppealQuery::pendingCount(int limit, int *count, StoreError *error) const
{
    SqlStatement query(m_store.handle(), typed(kPendingCount).constData());
    if (!query.isValid())
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("count the pending appeals"));
    query.bind(1, limit);
    if (!query.next())
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("count the pending appeals"));
    *count = query.integer(0);
    return true;
}

std::optional<AppealRecord> AppealQuery::appeal(const QString &appealId, StoreError *error) const
{
    QVector<AppealRecord> found;
    if (appealId.isEmpty() || !run(kAnyAppeal, kById, appealId, 1, &found, error) || found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<AppealRecord> AppealQuery::appealOfViolation(const QString &violationId, StoreError *error) const
{
    QVector<AppealRecord> found;
    if (violationId.isEmpty() || !run(kAnyAppeal, kOfViolation, violationId, 1, &found, error) || found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool AppealQuery::run(const char *from, const char *condition, const QString &key, int limit,
                      QVector<AppealRecord> *out, StoreError *error, int offset) const
{
    const QByteArray sql = typed(kColumns) + typed(from) + typed(kJoins) + condition;
    SqlStatement query(m_store.handle(), sql.constData());
    if (!query.isValid())
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the appeals"));
    query.bind(1, key);
    query.bind(2, limit);
    if (offset >= 0)
        query.bind(3, offset);
    while (query.next())
        out->append(record(query));
    if (query.resultCode() != SQLITE_DONE)
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the appeals"));
    return true;
}

AppealRecord AppealQuery::record(const SqlStatement &row)
{
    AppealRecord a;
    a.id = row.text(col::AppealId);
    a.at = row.int64(col::AppealAt);
    a.by = row.text(col::AppealBy);
    a.reason = row.text(col::AppealText);
    a.violation = row.text(col::ViolationId);
    a.violationCode = row.text(col::ViolationCode);
    a.violationAt = row.int64(col::ViolationAt);
    a.violationBy = row.text(col::ViolationBy);
    a.violationPoints = row.isNull(col::ViolationPoints) ? -1 : row.integer(col::ViolationPoints);
    a.violationRetracted = row.integer(col::Retracted) != 0;
    a.subject = row.text(col::Handle);
    a.subjectName = row.text(col::Name);
    a.kind = static_cast<SubjectKind>(row.integer(col::Kind));
    if (!row.isNull(col::Outcome)) {
        a.outcome = EventVocabulary::wordAt(EventVocabulary::outcomes(), row.integer(col::Outcome));
        a.decidedAt = row.int64(col::DecidedAt);
        a.decidedBy = row.text(col::DecidedBy);
        a.decisionReason = row.text(col::DecisionText);
    }
    return a;
}

} // namespace redline
