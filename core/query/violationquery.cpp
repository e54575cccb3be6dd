#include "violationquery.h"

#include "base/eventvocabulary.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <QDateTime>

#include <sqlite3.h>

namespace redline {

namespace {

// ?1..?5: the violation, appeal, decision and retraction type numbers and the overturned outcome's index.
const char kViolationSql[] =
    "SELECT v.ext_id, s.handle, s.name, s.kind, v.code, v.at, v.by, v.points, v.severity, v.source, v.text, "
    "a.ext_id, r.at, d.at "
    "FROM events v JOIN subjects s ON s.id = v.subject_id "
    "LEFT JOIN events a ON a.ref_seq = v.seq AND a.type = ?2 "
    "LEFT JOIN events d ON d.ref_seq = a.seq AND d.type = ?3 AND d.outcome = ?5 "
    "LEFT JOIN events r ON r.ref_seq = v.seq AND r.type = ?4 "
    "WHERE v.ext_id = ?6 AND v.type = ?1";

enum Column { Id, Handle, Name, Kind, Code, At, By, Points, Severity, Source, Text, Appeal, RetractedAt, OverturnedAt };

} // namespace

ViolationQuery::ViolationQuery(const Store &store)
    : m_store(store)
{
}

std::optional<ViolationRecord> ViolationQuery::violation(const QString &violationId, StoreError *error) const
{
    if (violationId.isEmpty())
        return std::nullopt;
    SqlStatement query(m_store.handle(), kViolationSql);
    if (!query.isValid()) {
        SqlError::fail(error, m_store.handle(), m_store.path(), tr("read violation %1").arg(violationId));
        return std::nullopt;
    }
    query.bind(1, int(EventType::Violation));
    query.bind(2, int(EventType::Appeal));
    query.bind(3, int(EventType::Decision));
    query.bind(4, int(EventType::Retraction));
    query.bind(5, int(EventVocabulary::outcomes().indexOf(QStringLiteral("overturned"))));
    query.bind(6, violationId);
    if (!query.next()) {
        if (query.resultCode() != SQLITE_DONE)
            SqlError::fail(error, m_store.handle(), m_store.path(), tr("read violation %1").arg(violationId));
        return std::nullopt;
    }
    ViolationRecord v;
    v.id = query.text(Id);
    v.subject = query.text(Handle);
    v.subjectName = query.text(Name);
    v.kind = static_cast<SubjectKind>(query.integer(Kind));
    v.code = query.text(Code);
    v.at = query.int64(At);
    v.by = query.text(By);
    v.points = query.isNull(Points) ? -1 : query.integer(Points);
    v.severity = EventVocabulary::wordAt(EventVocabulary::severities(), query.isNull(Severity) ? 0 : query.integer(Severity));
    v.source = query.isNull(Source) ? QString() : EventVocabulary::wordAt(EventVocabulary::sources(), query.integer(Source));
    v.evidence = query.text(Text);
    v.appeal = query.text(Appeal);
    v.retractedAt = query.isNull(RetractedAt) ? kNoInstant : query.int64(RetractedAt);
    v.overturnedAt = query.isNull(OverturnedAt) ? kNoInstant : query.int64(OverturnedAt);
    return v;
}

QString ViolationQuery::freshId(const QString &prefix, Instant at, StoreError *error) const
{
    const QString day = QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("yyyyMMdd"));
    SqlStatement exists(m_store.handle(), "SELECT 1 FROM events WHERE ext_id = ?1");
    if (!exists.isValid()) {
        SqlError::fail(error, m_store.handle(), m_store.path(), tr("choose a new id"));
        return QString();
    }
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("%1-%2-%3").arg(prefix, day).arg(n);
        exists.reset();
        exists.bind(1, id);
        const bool taken = exists.next();
        if (!taken && exists.resultCode() != SQLITE_DONE) {
            SqlError::fail(error, m_store.handle(), m_store.path(), tr("choose a new id"));
            return QString();
        }
        if (!taken)
            return id;
    }
}

QStringList ViolationQuery::freshIds(const QString &prefix, Instant at, int count, StoreError *error) const
{
    const QString day = QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("yyyyMMdd"));
    SqlStatement exists(m_store.handle(), "SELECT 1 FROM events WHERE ext_id = ?1");
    if (!exists.isValid()) {
        SqlError::fail(error, m_store.handle(), m_store.path(), tr("choose new ids"));
        return {};
    }
    QStringList ids;
    for (int n = 1; ids.size() < count; ++n) {
        const QString id = QStringLiteral("%1-%2-%3").arg(prefix, day).arg(n);
        exists.reset();
        exists.bind(1, id);
        const bool taken = exists.next();
        if (!taken && exists.resultCode() != SQLITE_DONE) {
            SqlError::fail(error, m_store.handle(), m_store.path(), tr("choose new ids"));
            return {};
        }
        if (!taken)
            ids.append(id);
    }
    return ids;
}

} // namespace redline
