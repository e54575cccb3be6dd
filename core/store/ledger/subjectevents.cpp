#include "subjectevents.h"

#include "store/ledger/eventreader.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <sqlite3.h>

namespace redline {

namespace {

// The union of the two indexed lookups (events_by_subject, events_by_counterparty) rather than an OR, so
// that neither becomes a scan of the whole ledger.
const char kMine[] = R"sql(
(SELECT seq FROM events WHERE subject_id = ?1
 UNION SELECT seq FROM events WHERE counterparty_id = ?1) mine
JOIN events e ON e.seq = mine.seq
)sql";

} // namespace

SubjectEvents::SubjectEvents(const Store &store)
    : m_store(store)
    , m_db(store.handle())
{
}

bool SubjectEvents::read(qint64 subjectId, QVector<SubjectEventRow> *out, StoreError *error) const
{
    SqlStatement rows(m_db, EventReader::query(kMine, "ORDER BY e.at DESC, e.seq DESC").constData());
    if (!rows.isValid())
        return SqlError::fail(error, m_db, m_store.path(), tr("read the subject's events"));
    rows.bind(1, subjectId);
    while (rows.next())
        out->append({EventReader::seqAt(rows), EventReader::eventAt(rows)});
    if (rows.resultCode() != SQLITE_DONE)
        return SqlError::fail(error, m_db, m_store.path(), tr("read the subject's events"));
    return true;
}

} // namespace redline
