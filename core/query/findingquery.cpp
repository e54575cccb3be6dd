#include "findingquery.h"

#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <sqlite3.h>


namespace redline {

namespace {

// Newest post first (ledger order), a post's findings by span.
const char kFetchSql[] =
    "SELECT f.id, s.handle, e.ext_id, e.name, f.at, f.rule, f.category, f.span_start, f.span_end, f.match, f.code "
    "FROM findings f JOIN subjects s ON s.id = f.subject_id JOIN events e ON e.seq = f.post_seq "
    "WHERE (?1 IS NULL OR s.handle = ?1) ORDER BY f.post_seq DESC, f.span_start, f.id";

// One post's findings by span, through the post's id (events_by_ext_id) and findings_by_post.
const char kPostSql[] =
    "SELECT f.id, s.handle, e.ext_id, e.name, f.at, f.rule, f.category, f.span_start, f.span_end, f.match, f.code "
    "FROM events e JOIN findings f ON f.post_seq = e.seq JOIN subjects s ON s.id = f.subject_id "
    "WHERE e.ext_id = ?1 ORDER BY f.span_start, f.id";

} // namespace

FindingQuery::FindingQuery(const Store &store)
    : FindingQuery(store.handle(), store.path())
{
}

FindingQuery::FindingQuery(sqlite3 *db, const QString &path)
    : m_db(db)
    , m_path(path)
{
}

bool FindingQuery::fetch(const QString &subject, QVector<FindingRecord> *out, StoreError *error) const
{
    out->clear();
    SqlStatement q(m_db, kFetchSql);
    if (!q.isValid())
        return SqlError::fail(error, m_db, m_path, tr("read the findings"));
    if (subject.isEmpty())
        q.bindNull(1);
    else
        q.bind(1, subject);
    return read(q, out, error);
}

bool FindingQuery::fetchPost(const QString &post, QVector<FindingRecord> *out, StoreError *error) const
{
    out->clear();
    SqlStatement q(m_db, kPostSql);
    if (!q.isValid())
        return SqlError::fail(error, m_db, m_path, tr("read the findings"));
    q.bind(1, post);
    return read(q, out, error);
}

bool FindingQuery::read(SqlStatement &q, QVector<FindingRecord> *out, StoreError *error) const
{
    while (q.next()) {
        FindingRecord f;
        f.id = q.int64(0);
        f.subject = q.text(1);
        f.post = q.text(2);
        f.title = q.text(3);
        f.at = q.int64(4);
        f.rule = q.text(5);
        f.category = q.text(6);
        f.start = q.integer(7);
        f.end = q.integer(8);
        f.match = q.text(9);
        f.code = q.text(10);
        out->append(f);
    }
    if (q.resultCode() != SQLITE_DONE)
        return SqlError::fail(error, m_db, m_path, tr("read the findings"));
    return true;
}

} // namespace redline
