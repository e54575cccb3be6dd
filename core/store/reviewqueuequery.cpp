#include "reviewqueuequery.h"

#include "store/eventvocabulary.h"
#include "store/sqlerror.h"
#include "store/sqlstatement.h"
#include "store/store.h"

#include <sqlite3.h>

namespace redline {

namespace {

// ?1..?4: violation, appeal, decision, retraction type numbers; ?5 overturned; ?6 algorithm, ?7 user_report;
// ?8 since (exclusive), ?9 until (inclusive), ?10 the limit. With one max() aggregate SQLite takes the bare
// columns (id, code, text) from the row that holds the maximum: the latest violation.
const char kFlaggedSql[] =
    "SELECT s.handle, s.name, s.kind, count(*), sum(v.source = ?6), sum(v.source = ?7), max(v.at), "
    "v.ext_id, v.code, v.text, coalesce(st.score, -1), coalesce(st.max, 0) "
    "FROM events v JOIN subjects s ON s.id = v.subject_id LEFT JOIN state st ON st.subject_id = s.id "
    "WHERE v.type = ?1 AND v.at > ?8 AND v.at <= ?9 AND v.source IN (?6, ?7) "
    "AND NOT EXISTS(SELECT 1 FROM events r WHERE r.ref_seq = v.seq AND r.type = ?4) "
    "AND NOT EXISTS(SELECT 1 FROM events a JOIN events d ON d.ref_seq = a.seq AND d.type = ?3 AND d.outcome = ?5 "
    "               WHERE a.ref_seq = v.seq AND a.type = ?2) "
    "GROUP BY s.id ORDER BY max(v.at) DESC, s.handle LIMIT ?10";

enum Column { Handle, Name, Kind, Count, Algorithm, Reports, LatestAt, LatestId, LatestCode, LatestText, Score, Max };

} // namespace

ReviewQueueQuery::ReviewQueueQuery(const Store &store)
    : m_store(store)
{
}

bool ReviewQueueQuery::flagged(Instant since, Instant until, int limit, QVector<ReviewItem> *out,
                               StoreError *error) const
{
    out->clear();
    SqlStatement query(m_store.handle(), kFlaggedSql);
    if (!query.isValid())
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the review queue"));
    const QStringList &sources = EventVocabulary::sources();
    query.bind(1, int(EventType::Violation));
    query.bind(2, int(EventType::Appeal));
    query.bind(3, int(EventType::Decision));
    query.bind(4, int(EventType::Retraction));
    query.bind(5, int(EventVocabulary::outcomes().indexOf(QStringLiteral("overturned"))));
    query.bind(6, int(sources.indexOf(QStringLiteral("algorithm"))));
    query.bind(7, int(sources.indexOf(QStringLiteral("user_report"))));
    query.bind(8, since);
    query.bind(9, until);
    query.bind(10, limit);
    while (query.next()) {
        ReviewItem item;
        item.subject = query.text(Handle);
        item.name = query.text(Name);
        item.kind = static_cast<SubjectKind>(query.integer(Kind));
        item.flagged = query.integer(Count);
        item.algorithm = query.integer(Algorithm);
        item.reports = query.integer(Reports);
        item.latestAt = query.int64(LatestAt);
        item.latestId = query.text(LatestId);
        item.latestCode = query.text(LatestCode);
        item.latestEvidence = query.text(LatestText);
        item.score = query.integer(Score);
        item.max = query.integer(Max);
        out->append(item);
    }
    if (query.resultCode() != SQLITE_DONE)
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the review queue"));
    return true;
}

} // namespace redline
