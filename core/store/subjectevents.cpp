#include "subjectevents.h"

#include "store/eventvocabulary.h"
#include "store/sqlerror.h"
#include "store/sqlstatement.h"
#include "store/store.h"

#include <sqlite3.h>

namespace redline {

namespace {

enum Column {
    Seq, Type, At, Handle, ExtId, RefId, By, Code, Points, Severity, Source, Action, Outcome, Counterparty,
    Campaign, Amount, Text, Name, Role, Attrs,
};

// The union of the two indexed lookups (events_by_subject, events_by_counterparty) rather than an OR, so
// that neither becomes a scan of the whole ledger.
const char kSql[] = R"sql(
SELECT e.seq, e.type, e.at, s.handle, e.ext_id, r.ext_id, e.by, e.code, e.points, e.severity, e.source,
       e.action, e.outcome, c.handle, g.ext_id, e.amount, e.text, e.name, e.role, e.attrs
FROM (SELECT seq FROM events WHERE subject_id = ?1
      UNION SELECT seq FROM events WHERE counterparty_id = ?1) mine
JOIN events e ON e.seq = mine.seq
LEFT JOIN subjects s ON s.id = e.subject_id
LEFT JOIN events r ON r.seq = e.ref_seq
LEFT JOIN subjects c ON c.id = e.counterparty_id
LEFT JOIN events g ON g.seq = e.campaign_seq
ORDER BY e.at DESC, e.seq DESC
)sql";

QString wordOrEmpty(const SqlStatement &row, int column, const QStringList &words)
{
    return row.isNull(column) ? QString() : EventVocabulary::wordAt(words, row.integer(column));
}

StoredEvent eventAt(const SqlStatement &row)
{
    StoredEvent e;
    e.type = static_cast<EventType>(row.integer(Type));
    e.at = row.int64(At);
    e.subject = row.text(Handle);
    e.id = row.text(ExtId);
    e.ref = row.text(RefId);
    e.by = row.text(By);
    e.code = row.text(Code);
    e.points = row.isNull(Points) ? -1 : row.integer(Points);
    e.severity = wordOrEmpty(row, Severity, EventVocabulary::severities());
    e.source = wordOrEmpty(row, Source, EventVocabulary::sources());
    e.action = wordOrEmpty(row, Action, EventVocabulary::actions(e.type));
    e.outcome = wordOrEmpty(row, Outcome, EventVocabulary::outcomes());
    e.counterparty = row.text(Counterparty);
    e.campaign = row.text(Campaign);
    e.amount = row.int64(Amount);
    e.text = row.text(Text);
    e.name = row.text(Name);
    e.kind = row.text(Role);
    e.attrs = row.utf8(Attrs);
    return e;
}

} // namespace

SubjectEvents::SubjectEvents(const Store &store)
    : m_store(store)
    , m_db(store.handle())
{
}

bool SubjectEvents::read(qint64 subjectId, QVector<SubjectEventRow> *out, StoreError *error) const
{
    SqlStatement rows(m_db, kSql);
    if (!rows.isValid())
        return SqlError::fail(error, m_db, m_store.path(), tr("read the subject's events"));
    rows.bind(1, subjectId);
    while (rows.next())
        out->append({rows.int64(Seq), eventAt(rows)});
    if (rows.resultCode() != SQLITE_DONE)
        return SqlError::fail(error, m_db, m_store.path(), tr("read the subject's events"));
    return true;
}

} // namespace redline
