#include "triagewriter.h"

#include "base/eventvocabulary.h"
#include "base/storedevent.h"
#include "store/sql/sqlerror.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace redline {

namespace {

static_assert(int(EventType::Post) == 15 && int(EventType::Report) == 17 && int(EventType::Triage) == 18,
              "the SQL below names the event types by number");

// The code a post's findings suggest: its first finding's with a code, by span.
#define FIRST_CODE(post)                                                                                           \
    "(SELECT g.code FROM findings g WHERE g.post_seq = " post " AND g.code IS NOT NULL "                           \
    "ORDER BY g.span_start, g.id LIMIT 1)"

const char kAddPosts[] =
    "INSERT OR IGNORE INTO triage(item_seq, subject_id, at, source, code, state) "
    "SELECT f.post_seq, f.subject_id, f.at, 0, " FIRST_CODE("f.post_seq") ", 0 "
    "FROM findings f WHERE f.post_seq BETWEEN ?1 AND ?2 GROUP BY f.post_seq";

const char kAddSubjectPosts[] =
    "INSERT OR IGNORE INTO triage(item_seq, subject_id, at, source, code, state) "
    "SELECT f.post_seq, f.subject_id, f.at, 0, " FIRST_CODE("f.post_seq") ", 0 "
    "FROM findings f WHERE f.subject_id = ?1 GROUP BY f.post_seq";

// A post's row goes with its findings while no step has named it (since is set by the first step).
const char kDropUnflagged[] =
    "DELETE FROM triage WHERE subject_id = ?1 AND source = 0 AND since IS NULL "
    "AND NOT EXISTS(SELECT 1 FROM findings f WHERE f.post_seq = triage.item_seq)";

// A post's suggestion follows its findings, which a qualification can change.
const char kRecode[] =
    "UPDATE triage SET code = " FIRST_CODE("triage.item_seq") " WHERE subject_id = ?1 AND source = 0";

const char kAddReport[] =
    "INSERT OR IGNORE INTO triage(item_seq, subject_id, at, source, code, state) "
    "SELECT seq, subject_id, at, 1, code, 0 FROM events WHERE seq = ?1 AND type = 17";

const char kItem[] = "SELECT seq, type, subject_id, at, code FROM events WHERE ext_id = ?1";

const char kUpsert[] =
    "INSERT OR REPLACE INTO triage(item_seq, subject_id, at, source, code, state, by, since, violation, reason) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

const char kPostCode[] = "SELECT " FIRST_CODE("?1");
const char kHasFindings[] = "SELECT EXISTS(SELECT 1 FROM findings WHERE post_seq = ?1)";

#undef FIRST_CODE

} // namespace

TriageWriter::TriageWriter(sqlite3 *db, const QString &path)
    : m_db(db)
    , m_path(path)
{
}

bool TriageWriter::fail(StoreError *error)
{
    return SqlError::fail(error, m_db, m_path, tr("update the triage queue"));
}

bool TriageWriter::write(qint64 firstSeq, qint64 lastSeq, const QVector<qint64> &reports,
                         const QSet<QString> &steppedItems, const QSet<qint64> &requalified, StoreError *error)
{
    if (firstSeq > 0 && !addPostsWithFindings(firstSeq, lastSeq, error))
        return false;
    for (qint64 subject : requalified) {
        if (!requalify(subject, error))
            return false;
    }
    for (qint64 seq : reports) {
        if (!addReport(seq, error))
            return false;
    }
    for (const QString &item : steppedItems) {
        if (!restate(item, error))
            return false;
    }
    return true;
}

bool TriageWriter::addPostsWithFindings(qint64 firstSeq, qint64 lastSeq, StoreError *error)
{
    SqlStatement add(m_db, kAddPosts);
    if (!add.isValid())
        return fail(error);
    add.bind(1, firstSeq);
    add.bind(2, lastSeq);
    return add.exec() || fail(error);
}

bool TriageWriter::requalify(qint64 subjectId, StoreError *error)
{
    SqlStatement add(m_db, kAddSubjectPosts);
    SqlStatement drop(m_db, kDropUnflagged);
    SqlStatement recode(m_db, kRecode);
    if (!add.isValid() || !drop.isValid() || !recode.isValid())
        return fail(error);
    add.bind(1, subjectId);
    drop.bind(1, subjectId);
    recode.bind(1, subjectId);
    return (add.exec() && drop.exec() && recode.exec()) || fail(error);
}

bool TriageWriter::addReport(qint64 seq, StoreError *error)
{
    SqlStatement add(m_db, kAddReport);
    if (!add.isValid())
        return fail(error);
    add.bind(1, seq);
    return add.exec() || fail(error);
}

const char *const TriageWriter::kStepsSql =
    "SELECT action, by, at, attrs, text FROM events WHERE code = ?1 AND type = 18 ORDER BY seq";

bool TriageWriter::readSteps(SqlStatement &query, const QString &item, QVector<TriageStep> *out)
{
    const QString violationKey = EventVocabulary::linkField(EventType::Triage);
    query.reset();
    query.bind(1, item);
    while (query.next())
        out->append(TriageStep{query.integer(0), query.text(1), query.int64(2),
                               QJsonDocument::fromJson(query.utf8(3)).object().value(violationKey).toString(),
                               query.text(4)});
    const bool ok = query.resultCode() == SQLITE_DONE;
    query.reset();
    return ok;
}

bool TriageWriter::steps(const QString &item, QVector<TriageStep> *out, StoreError *error)
{
    SqlStatement q(m_db, kStepsSql);
    return (q.isValid() && readSteps(q, item, out)) || fail(error);
}

bool TriageWriter::computeRow(qint64 itemSeq, std::optional<TriageRow> *out, StoreError *error)
{
    out->reset();
    SqlStatement item(m_db, "SELECT seq, type, subject_id, at, code, ext_id FROM events WHERE seq = ?1");
    if (!item.isValid())
        return fail(error);
    item.bind(1, itemSeq);
    if (!item.next())
        return item.resultCode() == SQLITE_DONE || fail(error);
    TriageRow row;
    row.itemSeq = itemSeq;
    row.subjectId = item.int64(2);
    row.at = item.int64(3);
    const EventType type = EventType(item.integer(1));
    const QString extId = item.text(5);
    QVector<TriageStep> itemSteps;
    if (!extId.isEmpty() && !steps(extId, &itemSteps, error))
        return false;
    if (type == EventType::Report) {
        row.source = 1;
        row.code = item.text(4);
    } else if (type == EventType::Post) {
        SqlStatement code(m_db, kPostCode);
        SqlStatement flagged(m_db, kHasFindings);
        if (!code.isValid() || !flagged.isValid())
            return fail(error);
        code.bind(1, itemSeq);
        if (code.next())
            row.code = code.text(0);
        flagged.bind(1, itemSeq);
        if (!flagged.next())
            return fail(error);
        if (flagged.integer(0) == 0 && itemSteps.isEmpty())
            return true; // not flagged and never named: not in the queue
    } else {
        return true;
    }
    row.status = TriageStatus::after(itemSteps);
    *out = row;
    return true;
}

bool TriageWriter::restate(const QString &item, StoreError *error)
{
    SqlStatement find(m_db, kItem);
    if (!find.isValid())
        return fail(error);
    find.bind(1, item);
    if (!find.next())
        return find.resultCode() == SQLITE_DONE || fail(error);
    std::optional<TriageRow> row;
    if (!computeRow(find.int64(0), &row, error))
        return false;
    if (!row)
        return true;
    SqlStatement upsert(m_db, kUpsert);
    if (!upsert.isValid())
        return fail(error);
    const TriageStatus &s = row->status;
    upsert.bind(1, row->itemSeq);
    upsert.bind(2, row->subjectId);
    upsert.bind(3, row->at);
    upsert.bind(4, row->source);
    upsert.bind(5, row->code);
    upsert.bind(6, int(s.state));
    upsert.bind(7, s.by);
    if (s.since == kNoInstant)
        upsert.bindNull(8);
    else
        upsert.bind(8, s.since);
    upsert.bind(9, s.violation);
    upsert.bind(10, s.reason);
    return upsert.exec() || fail(error);
}

} // namespace redline
