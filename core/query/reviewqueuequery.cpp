#include "reviewqueuequery.h"

#include "base/eventvocabulary.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <QSet>

#include <sqlite3.h>

namespace redline {

namespace {

// Type, source and outcome numbers are written into the SQL (not bound) so that SQLite can match the
// partial index below, whose WHERE the query's own must imply.
QByteArray typed(const char *sql)
{
    const QStringList &sources = EventVocabulary::sources();
    return QByteArray(sql)
        .replace("{violation}", QByteArray::number(int(EventType::Violation)))
        .replace("{appeal}", QByteArray::number(int(EventType::Appeal)))
        .replace("{decision}", QByteArray::number(int(EventType::Decision)))
        .replace("{retraction}", QByteArray::number(int(EventType::Retraction)))
        .replace("{overturned}", QByteArray::number(EventVocabulary::outcomes().indexOf(QStringLiteral("overturned"))))
        .replace("{algorithm}", QByteArray::number(sources.indexOf(QStringLiteral("algorithm"))))
        .replace("{user_report}", QByteArray::number(sources.indexOf(QStringLiteral("user_report"))));
}

// A flagged violation that still stands: neither retracted nor overturned (R-L3).
#define STANDING                                                                                                   \
    "AND NOT EXISTS(SELECT 1 FROM events r WHERE r.ref_seq = v.seq AND r.type = {retraction}) "                    \
    "AND NOT EXISTS(SELECT 1 FROM events a JOIN events d ON d.ref_seq = a.seq AND d.type = {decision} "            \
    "               AND d.outcome = {overturned} WHERE a.ref_seq = v.seq AND a.type = {appeal}) "

// Newest first through the index, so the scan stops once `limit` subjects are found however long the
// window: ?1 since (exclusive), ?2 until (inclusive).
const char kNewestSql[] =
    "SELECT v.subject_id, v.at, v.ext_id, v.code, v.text FROM events v "
    "WHERE v.type = {violation} AND v.source IN ({algorithm}, {user_report}) AND v.at > ?1 AND v.at <= ?2 " STANDING
    "ORDER BY v.at DESC, v.seq DESC";

// One subject's flagged violations in the window, through the (subject_id, at, seq) index: ?3 the subject.
const char kCountsSql[] =
    "SELECT count(*), sum(v.source = {algorithm}), sum(v.source = {user_report}) FROM events v "
    "WHERE v.subject_id = ?3 AND v.at > ?1 AND v.at <= ?2 AND v.type = {violation} "
    "AND v.source IN ({algorithm}, {user_report}) " STANDING;

const char kSubjectSql[] =
    "SELECT s.handle, s.name, s.kind, coalesce(st.score, -1), coalesce(st.max, 0) "
    "FROM subjects s LEFT JOIN state st ON st.subject_id = s.id WHERE s.id = ?1";

#undef STANDING

// Flagged violations by time: the queue reads the last days only (7.4M events: ~1 s without it).
const char kQueueIndex[] =
    "CREATE INDEX IF NOT EXISTS events_flagged_by_at ON events(at) "
    "WHERE type = {violation} AND source IN ({algorithm}, {user_report})";

} // namespace

ReviewQueueQuery::ReviewQueueQuery(const Store &store)
    : m_store(store)
{
}

bool ReviewQueueQuery::ensureIndex(const Store &store, StoreError *error)
{
    if (store.isReadOnly())
        return true;
    return SqlError::exec(store.handle(), typed(kQueueIndex).constData(), error, store.path(),
                          tr("index the flagged violations for the review queue"));
}

bool ReviewQueueQuery::flagged(Instant since, Instant until, int limit, QVector<ReviewItem> *out,
                               StoreError *error) const
{
    out->clear();
    sqlite3 *db = m_store.handle();
    SqlStatement newest(db, typed(kNewestSql).constData());
    SqlStatement counts(db, typed(kCountsSql).constData());
    SqlStatement subject(db, kSubjectSql);
    if (!newest.isValid() || !counts.isValid() || !subject.isValid())
        return SqlError::fail(error, db, m_store.path(), tr("read the review queue"));
    newest.bind(1, since);
    newest.bind(2, until);
    QVector<qint64> subjects;
    QSet<qint64> seen;
    while (subjects.size() < limit && newest.next()) {
        const qint64 id = newest.int64(0);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        subjects.append(id);
        ReviewItem item;
        item.latestAt = newest.int64(1);
        item.latestId = newest.text(2);
        item.latestCode = newest.text(3);
        item.latestEvidence = newest.text(4);
        out->append(item);
    }
    const int code = newest.resultCode();
    newest.reset();
    if (code != SQLITE_DONE && code != SQLITE_ROW)
        return SqlError::fail(error, db, m_store.path(), tr("read the review queue"));

    for (int i = 0; i < subjects.size(); ++i) {
        ReviewItem &item = (*out)[i];
        subject.reset();
        subject.bind(1, subjects[i]);
        if (!subject.next())
            return SqlError::fail(error, db, m_store.path(), tr("read the review queue"));
        item.subject = subject.text(0);
        item.name = subject.text(1);
        item.kind = static_cast<SubjectKind>(subject.integer(2));
        item.score = subject.integer(3);
        item.max = subject.integer(4);
        counts.reset();
        counts.bind(1, since);
        counts.bind(2, until);
        counts.bind(3, subjects[i]);
        if (!counts.next())
            return SqlError::fail(error, db, m_store.path(), tr("read the review queue"));
        item.flagged = counts.integer(0);
        item.algorithm = counts.integer(1);
        item.reports = counts.integer(2);
    }
    subject.reset();
    counts.reset();
    return true;
}

} // namespace redline
