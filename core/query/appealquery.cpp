#include "appealquery.h"

#include "base/eventvocabulary.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <sqlite3.h>

namespace redline {

namespace {

// The event type numbers are written into the SQL (not bound) so that SQLite can match the partial index
// below, whose WHERE must be implied by the query's own; ?1 is the key, ?2 the limit.
QByteArray typed(const char *sql)
{
    return QByteArray(sql)
        .replace("{violation}", QByteArray::number(int(EventType::Violation)))
        .replace("{appeal}", QByteArray::number(int(EventType::Appeal)))
        .replace("{decision}", QByteArray::number(int(EventType::Decision)))
        .replace("{retraction}", QByteArray::number(int(EventType::Retraction)));
}

const char kSelect[] =
    "SELECT a.ext_id, a.at, a.by, a.text, v.ext_id, v.code, v.at, v.by, v.points, "
    "EXISTS(SELECT 1 FROM events r WHERE r.ref_seq = v.seq AND r.type = {retraction}), "
    "s.handle, s.name, s.kind, d.outcome, d.at, d.by, d.text "
    "FROM events a JOIN events v ON v.seq = a.ref_seq AND v.type = {violation} "
    "JOIN subjects s ON s.id = v.subject_id "
    "LEFT JOIN events d ON d.ref_seq = a.seq AND d.type = {decision} "
    "WHERE a.type = {appeal} AND ";

const char kPending[] = "d.seq IS NULL ORDER BY a.at, a.seq LIMIT ?2";
const char kById[] = "a.ext_id = ?1 LIMIT ?2";
const char kOfViolation[] = "v.ext_id = ?1 LIMIT ?2";

// The queue reads appeals oldest first and stops at its limit: in (at, seq) order over appeals only it
// reads a few pages instead of the whole ledger (7.4M events: 1.6 s without it, see bench_queues).
const char kQueueIndex[] = "CREATE INDEX IF NOT EXISTS events_appeals_by_at ON events(at, seq) WHERE type = {appeal}";

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

bool AppealQuery::ensureIndex(const Store &store, StoreError *error)
{
    if (store.isReadOnly())
        return true;
    return SqlError::exec(store.handle(), typed(kQueueIndex).constData(), error, store.path(),
                          tr("index the appeals for the queue"));
}

bool AppealQuery::pending(QVector<AppealRecord> *out, StoreError *error, int limit) const
{
    out->clear();
    return run(kPending, QString(), limit, out, error);
}

std::optional<AppealRecord> AppealQuery::appeal(const QString &appealId, StoreError *error) const
{
    QVector<AppealRecord> found;
    if (appealId.isEmpty() || !run(kById, appealId, 1, &found, error) || found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<AppealRecord> AppealQuery::appealOfViolation(const QString &violationId, StoreError *error) const
{
    QVector<AppealRecord> found;
    if (violationId.isEmpty() || !run(kOfViolation, violationId, 1, &found, error) || found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool AppealQuery::run(const char *condition, const QString &key, int limit, QVector<AppealRecord> *out,
                      StoreError *error) const
{
    const QByteArray sql = typed(kSelect) + condition;
    SqlStatement query(m_store.handle(), sql.constData());
    if (!query.isValid())
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the appeals"));
    query.bind(1, key);
    query.bind(2, limit);
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
