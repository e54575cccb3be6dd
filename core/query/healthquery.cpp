#include "healthquery.h"

#include "base/storedevent.h"
#include "policy/policy.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace redline {

namespace {

constexpr int kViolation = int(EventType::Violation);
constexpr int kAppeal = int(EventType::Appeal);
constexpr int kDecision = int(EventType::Decision);
constexpr int kRetraction = int(EventType::Retraction);
constexpr int kMetrics = int(EventType::Metrics);
constexpr int kPost = int(EventType::Post);
constexpr int kQualification = int(EventType::Qualification);

// A verified report (R-H1 feedback): a violation recorded from a user report, or of the code for a verified
// report, that neither a retraction nor an overturning decision has voided by the instant.
const char kVerifiedReportsSql[] =
    "SELECT count(*) FROM events v WHERE v.subject_id = ?1 AND v.type = ?2 AND v.at > ?3 AND v.at <= ?4 "
    "AND (v.code = 'creator.verified_report' OR v.source = 2) "
    "AND NOT EXISTS (SELECT 1 FROM events r WHERE r.ref_seq = v.seq AND r.type = ?5 AND r.at <= ?4) "
    "AND NOT EXISTS (SELECT 1 FROM events a JOIN events d ON d.ref_seq = a.seq AND d.type = ?7 "
    "                WHERE a.ref_seq = v.seq AND a.type = ?6 AND d.outcome = 1 AND d.at <= ?4)";

} // namespace

HealthQuery::HealthQuery(const Store &store)
    : m_store(store)
{
}

bool HealthQuery::fail(StoreError *error) const
{
    return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the content health inputs"));
}

bool HealthQuery::readMetrics(qint64 subjectId, Instant at, HealthInputs *out) const
{
    SqlStatement q(m_store.handle(), "SELECT attrs FROM events WHERE subject_id = ?1 AND type = ?2 AND at <= ?3 "
                                     "ORDER BY at DESC, seq DESC LIMIT 1");
    if (!q.isValid())
        return false;
    q.bind(1, subjectId);
    q.bind(2, kMetrics);
    q.bind(3, at);
    if (q.next()) {
        const QJsonObject values = QJsonDocument::fromJson(q.utf8(0)).object();
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (it.value().isDouble()) // a value that is not a number is not an indicator's
                out->metrics.insert(it.key(), it.value().toDouble());
        }
    }
    return q.resultCode() == SQLITE_DONE || q.resultCode() == SQLITE_ROW;
}

bool HealthQuery::readPosts(qint64 subjectId, Instant at, HealthInputs *out) const
{
    SqlStatement q(m_store.handle(),
                   "SELECT count(*), coalesce(sum(json_extract(attrs, '$.commercial')), 0), "
                   "coalesce(sum(json_extract(attrs, '$.commercial') AND json_extract(attrs, '$.reported')), 0), "
                   "count(json_extract(attrs, '$.topic')) "
                   "FROM events WHERE subject_id = ?1 AND type = ?2 AND at <= ?3");
    if (!q.isValid())
        return false;
    q.bind(1, subjectId);
    q.bind(2, kPost);
    q.bind(3, at);
    if (!q.next())
        return false;
    out->posts = q.int64(0);
    out->commercialPosts = q.int64(1);
    out->reportedCommercialPosts = q.int64(2);
    out->regulatedPosts = q.int64(3);
    return true;
}

bool HealthQuery::readFindings(qint64 subjectId, Instant at, HealthInputs *out) const
{
    SqlStatement q(m_store.handle(), "SELECT category, count(*), count(DISTINCT post_seq) FROM findings "
                                     "WHERE subject_id = ?1 AND at <= ?2 GROUP BY category");
    if (!q.isValid())
        return false;
    q.bind(1, subjectId);
    q.bind(2, at);
    while (q.next()) {
        out->findingsByCategory.insert(q.text(0), q.int64(1));
        if (q.text(0) == QLatin1String("regulated_topic"))
            out->unqualifiedRegulatedPosts = q.int64(2);
    }
    return q.resultCode() == SQLITE_DONE;
}

bool HealthQuery::readVerifiedReports(qint64 subjectId, Instant at, HealthInputs *out) const
{
    SqlStatement q(m_store.handle(), kVerifiedReportsSql);
    if (!q.isValid())
        return false;
    q.bind(1, subjectId);
    q.bind(2, kViolation);
    q.bind(3, at - days(m_store.policy().healthRules().reportsWindowDays));
    q.bind(4, at);
    q.bind(5, kRetraction);
    q.bind(6, kAppeal);
    q.bind(7, kDecision);
    if (!q.next())
        return false;
    out->verifiedReports = q.int64(0);
    return true;
}

// R-H1 topic_throttled, read at the instant: a regulated topic the creator has posted on by then, whose
// qualification (its last grant or revoke by then) is not in force.
bool HealthQuery::readUnqualifiedTopics(qint64 subjectId, Instant at, HealthInputs *out) const
{
    SqlStatement topics(m_store.handle(), "SELECT DISTINCT json_extract(attrs, '$.topic') FROM events "
                                          "WHERE subject_id = ?1 AND type = ?2 AND at <= ?3 "
                                          "AND json_extract(attrs, '$.topic') IS NOT NULL ORDER BY 1");
    SqlStatement qualified(m_store.handle(), "SELECT action FROM events WHERE subject_id = ?1 AND type = ?2 "
                                             "AND code = ?3 AND at <= ?4 ORDER BY at DESC, seq DESC LIMIT 1");
    if (!topics.isValid() || !qualified.isValid())
        return false;
    topics.bind(1, subjectId);
    topics.bind(2, kPost);
    topics.bind(3, at);
    while (topics.next()) {
        const QString topic = topics.text(0);
        qualified.reset();
        qualified.bind(1, subjectId);
        qualified.bind(2, kQualification);
        qualified.bind(3, topic);
        qualified.bind(4, at);
        const bool granted = qualified.next() && qualified.integer(0) == 0; // action 0: grant
        if (!granted)
            out->unqualifiedTopics.append(topic);
    }
    return topics.resultCode() == SQLITE_DONE;
}

bool HealthQuery::inputs(const QString &handle, Instant at, HealthInputs *out, StoreError *error) const
{
    SqlStatement subject(m_store.handle(), "SELECT id, kind FROM subjects WHERE handle = ?1");
    if (!subject.isValid())
        return fail(error);
    subject.bind(1, handle);
    if (!subject.next())
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("unknown subject %1").arg(handle));
    if (subject.integer(1) != int(SubjectKind::Creator))
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("%1 is not a creator; the content health index is a creator's (R-H1)").arg(handle));
    const qint64 id = subject.int64(0);
    *out = HealthInputs();
    out->subject = handle;
    out->at = at;
    if (!readMetrics(id, at, out) || !readPosts(id, at, out) || !readFindings(id, at, out)
        || !readVerifiedReports(id, at, out) || !readUnqualifiedTopics(id, at, out))
        return fail(error);
    return true;
}

bool HealthQuery::index(const QString &handle, Instant at, HealthIndex *out, StoreError *error) const
{
    HealthInputs in;
    if (!inputs(handle, at, &in, error))
        return false;
    *out = HealthIndexCalculator::compute(in, m_store.policy().healthRules());
    return true;
}

} // namespace redline
