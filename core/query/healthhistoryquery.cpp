#include "healthhistoryquery.h"

#include "base/storedevent.h"
#include "policy/policy.h"
#include "query/healthquery.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <sqlite3.h>

#include <algorithm>

namespace redline {

namespace {

// Every instant of a creator's ledger that can move its health index or effects (R-H1): see the class
// comment. A verified report is read as HealthQuery reads it (a user report, or the verified-report code).
const char kChangeInstantsSql[] =
    "WITH verified AS (SELECT seq, at FROM events WHERE subject_id = ?1 AND type = ?2 "
    "                  AND (code = 'creator.verified_report' OR source = 2)) "
    "SELECT at FROM events WHERE subject_id = ?1 AND type IN (?3, ?4, ?5) AND at <= ?6 "
    "UNION SELECT at FROM verified WHERE at <= ?6 "
    "UNION SELECT at + ?7 FROM verified WHERE at + ?7 <= ?6 "
    "UNION SELECT r.at FROM verified v JOIN events r ON r.ref_seq = v.seq AND r.type = ?8 WHERE r.at <= ?6 "
    "UNION SELECT d.at FROM verified v JOIN events a ON a.ref_seq = v.seq AND a.type = ?9 "
    "      JOIN events d ON d.ref_seq = a.seq AND d.type = ?10 AND d.outcome = 1 WHERE d.at <= ?6 "
    "ORDER BY 1";

} // namespace

HealthHistoryQuery::HealthHistoryQuery(const Store &store)
    : m_store(store)
{
}

bool HealthHistoryQuery::fail(StoreError *error) const
{
    return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the content health history"));
}

bool HealthHistoryQuery::changeInstants(const QString &handle, Instant until, QVector<Instant> *out,
                                        StoreError *error) const
{
    out->clear();
    SqlStatement subject(m_store.handle(), "SELECT id, kind, at FROM subjects WHERE handle = ?1");
    if (!subject.isValid())
        return fail(error);
    subject.bind(1, handle);
    if (!subject.next())
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("unknown subject %1").arg(handle));
    if (subject.integer(1) != int(SubjectKind::Creator))
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("%1 is not a creator; the content health index is a creator's (R-H1)").arg(handle));
    const qint64 id = subject.int64(0);
    const Instant registered = subject.int64(2);
    if (until < registered)
        return true;

    SqlStatement q(m_store.handle(), kChangeInstantsSql);
    if (!q.isValid())
        return fail(error);
    q.bind(1, id);
    q.bind(2, int(EventType::Violation));
    q.bind(3, int(EventType::Metrics));
    q.bind(4, int(EventType::Post));
    q.bind(5, int(EventType::Qualification));
    q.bind(6, until);
    q.bind(7, days(m_store.policy().healthRules().reportsWindowDays));
    q.bind(8, int(EventType::Retraction));
    q.bind(9, int(EventType::Appeal));
    q.bind(10, int(EventType::Decision));
    out->append(registered);
    while (q.next()) {
        const Instant at = q.int64(0);
        if (at > out->last()) // sorted by the query; what precedes the registration reads as it
            out->append(at);
    }
    if (q.resultCode() != SQLITE_DONE)
        return fail(error);
    return true;
}

QVector<Instant> HealthHistoryQuery::thin(const QVector<Instant> &instants, int limit)
{
    limit = std::max(limit, 2);
    if (instants.size() <= limit)
        return instants;
    QVector<Instant> kept;
    kept.reserve(limit);
    const double step = double(instants.size() - 1) / double(limit - 1);
    for (int i = 0; i < limit; ++i)
        kept.append(instants.at(int(std::min<double>(instants.size() - 1, std::llround(i * step)))));
    return kept;
}

bool HealthHistoryQuery::history(const QString &handle, Instant until, HealthHistory *out, StoreError *error,
                                 int limit) const
{
    *out = HealthHistory();
    QVector<Instant> instants;
    if (!changeInstants(handle, until, &instants, error))
        return false;
    out->changes = int(instants.size());
    const HealthQuery query(m_store);
    for (Instant at : thin(instants, limit)) {
        HealthIndex index;
        if (!query.index(handle, at, &index, error))
            return false;
        out->points.append(index);
    }
    return true;
}

} // namespace redline
