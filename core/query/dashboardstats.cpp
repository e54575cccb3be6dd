#include "dashboardstats.h"

#include "base/eventvocabulary.h"

#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"
#include "base/storedevent.h"

#include <sqlite3.h>

namespace redline {

DashboardStats::DashboardStats(const Store &store)
    : m_store(store)
    , m_db(store.handle())
{
}

bool DashboardStats::scoreHistogram(QMap<int, QMap<int, qint64>> *out, StoreError *error) const
{
    // Grouped in the order of state_by_score, so it is a walk of that covering index, not a sort.
    SqlStatement rows(m_db, "SELECT kind, score, count(*) FROM state GROUP BY kind, score");
    if (!rows.isValid())
        return fail(error);
    while (rows.next())
        (*out)[rows.integer(0)][rows.integer(1)] = rows.int64(2);
    if (rows.resultCode() != SQLITE_DONE)
        return fail(error);
    return true;
}

bool DashboardStats::recentViolations(int limit, QVector<RecentViolation> *out, StoreError *error) const
{
    // Voided: a retraction of it, or an overturning decision of its appeal (both found through the partial
    // index events_by_ref, one lookup per listed row).
    SqlStatement rows(m_db, "SELECT e.seq, e.at, e.ext_id, s.handle, s.name, s.kind, e.code, e.by, "
                            "EXISTS (SELECT 1 FROM events r WHERE r.ref_seq = e.seq AND r.type = ?3), "
                            "EXISTS (SELECT 1 FROM events a JOIN events d ON d.ref_seq = a.seq AND d.type = ?5 "
                            "        WHERE a.ref_seq = e.seq AND a.type = ?4 AND d.outcome = ?6) "
                            "FROM events e JOIN subjects s ON s.id = e.subject_id "
                            "WHERE e.type = ?1 ORDER BY e.seq DESC LIMIT ?2");
    if (!rows.isValid())
        return fail(error);
    rows.bind(1, int(EventType::Violation));
    rows.bind(2, limit);
    rows.bind(3, int(EventType::Retraction));
    rows.bind(4, int(EventType::Appeal));
    rows.bind(5, int(EventType::Decision));
    rows.bind(6, int(EventVocabulary::indexOf(EventVocabulary::outcomes(), QStringLiteral("overturned"))));
    while (rows.next()) {
        RecentViolation v;
        v.seq = rows.int64(0);
        v.at = rows.int64(1);
        v.id = rows.text(2);
        v.handle = rows.text(3);
        v.name = rows.text(4);
        v.kind = static_cast<SubjectKind>(rows.integer(5));
        v.code = rows.text(6);
        v.by = rows.text(7);
        v.voided = rows.integer(8) ? RecentViolation::Voided::Retracted
                   : rows.integer(9) ? RecentViolation::Voided::Overturned
                                     : RecentViolation::Voided::No;
        out->append(v);
    }
    if (rows.resultCode() != SQLITE_DONE)
        return fail(error);
    return true;
}

qint64 DashboardStats::pendingAppeals(StoreError *error) const
{
    // `ref_seq IS NOT NULL` lets SQLite walk the partial index events_by_ref (appeals, decisions and
    // retractions only) instead of the whole ledger.
    SqlStatement rows(m_db, "SELECT count(*) FROM events a WHERE a.ref_seq IS NOT NULL AND a.type = ?1 "
                            "AND NOT EXISTS (SELECT 1 FROM events d WHERE d.ref_seq = a.seq AND d.type = ?2)");
    if (!rows.isValid())
        return fail(error), -1;
    rows.bind(1, int(EventType::Appeal));
    rows.bind(2, int(EventType::Decision));
    if (!rows.next())
        return fail(error), -1;
    return rows.int64(0);
}

qint64 DashboardStats::userCount(StoreError *error) const
{
    SqlStatement rows(m_db, "SELECT count(*) FROM users");
    if (!rows.isValid() || !rows.next())
        return fail(error), -1;
    return rows.int64(0);
}

qint64 DashboardStats::ledgerSize(StoreError *error) const
{
    SqlStatement rows(m_db, "SELECT ifnull(max(seq), 0) FROM events");
    if (!rows.isValid() || !rows.next())
        return fail(error), -1;
    return rows.int64(0);
}

bool DashboardStats::fail(StoreError *error) const
{
    return SqlError::fail(error, m_db, m_store.path(), tr("read the dashboard figures"));
}

} // namespace redline
