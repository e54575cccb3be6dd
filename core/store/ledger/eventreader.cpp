#include "eventreader.h"

#include "policy/policy.h"
#include "base/eventvocabulary.h"
#include "store/sql/sqlerror.h"

#include <sqlite3.h>

namespace redline {

namespace {

enum Column {
    Seq, Type, At, Handle, ExtId, RefId, By, Code, Points, Severity, Source, Action, Outcome, Counterparty,
    Campaign, Amount, Text, Name, Role, Attrs, SubjectKindColumn, SubjectName, SubjectAttrs, RecordedAt, RecordedBy,
};

const char kColumns[] = R"sql(
SELECT e.seq, e.type, e.at, s.handle, e.ext_id, r.ext_id, e.by, e.code, e.points, e.severity, e.source,
       e.action, e.outcome, c.handle, g.ext_id, e.amount, e.text, e.name, e.role, e.attrs, s.kind, s.name,
       s.attrs, e.recorded_at, e.recorded_by
FROM )sql";

const char kJoins[] = R"sql(
LEFT JOIN subjects s ON s.id = e.subject_id
LEFT JOIN events r ON r.seq = e.ref_seq
LEFT JOIN subjects c ON c.id = e.counterparty_id
LEFT JOIN events g ON g.seq = e.campaign_seq
)sql";

QString wordOrEmpty(const SqlStatement &row, int column, const QStringList &words)
{
    return row.isNull(column) ? QString() : EventVocabulary::wordAt(words, row.integer(column));
}

} // namespace

EventReader::EventReader(sqlite3 *db, const QString &path)
    : m_db(db)
    , m_path(path)
    , m_range(db, query("events e", "WHERE e.seq BETWEEN ?1 AND ?2 ORDER BY e.seq").constData())
{
}

QByteArray EventReader::query(const char *events, const char *tail)
{
    return QByteArray(kColumns) + events + kJoins + tail;
}

qint64 EventReader::seqAt(const SqlStatement &row)
{
    return row.int64(Seq);
}

StoredEvent EventReader::eventAt(const SqlStatement &row)
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
    e.recordedAt = row.isNull(RecordedAt) ? kNoInstant : row.int64(RecordedAt);
    e.recordedBy = row.text(RecordedBy);
    if (e.type == EventType::Subject) { // the registration's content lives in the subjects table
        e.kind = subjectKindName(static_cast<SubjectKind>(row.integer(SubjectKindColumn)));
        e.name = row.text(SubjectName);
        e.attrs = row.utf8(SubjectAttrs);
    }
    return e;
}

bool EventReader::forRange(qint64 first, qint64 last,
                           const std::function<bool(qint64, const StoredEvent &)> &sink, StoreError *error)
{
    if (!m_range.isValid())
        return SqlError::fail(error, m_db, m_path, tr("read the ledger"));
    m_range.reset();
    m_range.bind(1, first);
    m_range.bind(2, last);
    while (m_range.next()) {
        if (!sink(seqAt(m_range), eventAt(m_range))) {
            m_range.reset();
            return true;
        }
    }
    const bool ok = m_range.resultCode() == SQLITE_DONE;
    if (!ok)
        SqlError::fail(error, m_db, m_path, tr("read the ledger"));
    m_range.reset();
    return ok;
}

bool EventReader::bySeq(qint64 seq, StoredEvent *out, StoreError *error)
{
    bool found = false;
    const bool ok = forRange(seq, seq, [&](qint64, const StoredEvent &e) {
        *out = e;
        found = true;
        return false;
    }, error);
    if (ok && !found)
        return StoreError::fail(error, StoreError::Kind::Internal, tr("%1: no ledger event %2").arg(m_path).arg(seq));
    return ok;
}

} // namespace redline
