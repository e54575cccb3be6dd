#include "noticequery.h"

#include "base/eventvocabulary.h"
#include "base/storedevent.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace redline {

namespace {

// ?1: the notice type; ?2: a subject handle or NULL; ?3: a template id or NULL; ?4: older than this seq.
const char kFetchSql[] =
    "SELECT e.seq, s.handle, s.name, e.code, e.attrs, e.text, e.at, e.by, e.recorded_at "
    "FROM events e JOIN subjects s ON s.id = e.subject_id "
    "WHERE e.type = ?1 AND (?2 IS NULL OR s.handle = ?2) AND (?3 IS NULL OR e.code = ?3) AND e.seq < ?4 "
    "ORDER BY e.seq DESC LIMIT ?5";
const char kCountSql[] =
    "SELECT count(*) FROM events e JOIN subjects s ON s.id = e.subject_id "
    "WHERE e.type = ?1 AND (?2 IS NULL OR s.handle = ?2) AND (?3 IS NULL OR e.code = ?3)";
// A creator is contracted to the MCN at ?3 when its latest contract event up to then (a creator has at most
// one contract in force) is a start with this MCN. ?1: the contract type; ?2: the start action's index.
const char kAffiliatesSql[] =
    "SELECT c.handle FROM events e JOIN subjects c ON c.id = e.subject_id "
    "JOIN subjects m ON m.id = e.counterparty_id "
    "WHERE m.handle = ?4 AND e.type = ?1 AND e.action = ?2 AND e.at <= ?3 "
    "AND NOT EXISTS (SELECT 1 FROM events x WHERE x.subject_id = e.subject_id AND x.type = ?1 AND x.at <= ?3 "
    "                AND (x.at > e.at OR (x.at = e.at AND x.seq > e.seq))) "
    "ORDER BY c.handle";

enum Column { Seq, Handle, Name, Template, Attrs, Text, At, By, RecordedAt };

void bindFilter(SqlStatement &q, const NoticeFilter &filter)
{
    q.bind(1, int(EventType::Notice));
    q.bind(2, filter.subject);     // empty binds NULL: any
    q.bind(3, filter.templateId);
}

} // namespace

QString NoticeRecord::firstLine() const
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        const bool heading = (t.startsWith(QChar(0x3010)) && t.endsWith(QChar(0x3011)))
                             || (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')));
        const bool salutation = t.endsWith(QChar(0xFF1A)) || t.endsWith(QLatin1Char(':'));
        if (!heading && !salutation)
            return t;
    }
    return lines.isEmpty() ? QString() : lines.first().trimmed();
}

NoticeQuery::NoticeQuery(const Store &store)
    : m_store(store)
{
}

bool NoticeQuery::ensureIndex(const Store &store, StoreError *error)
{
    if (store.isReadOnly())
        return true;
    const QByteArray sql = "CREATE INDEX IF NOT EXISTS events_notices ON events(seq) WHERE type = "
                           + QByteArray::number(int(EventType::Notice));
    return SqlError::exec(store.handle(), sql.constData(), error, store.path(), tr("index the notices"));
}

bool NoticeQuery::fetch(const NoticeFilter &filter, qint64 beforeSeq, int limit, QVector<NoticeRecord> *out,
                        StoreError *error) const
{
    out->clear();
    SqlStatement q(m_store.handle(), kFetchSql);
    if (!q.isValid())
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the notices"));
    bindFilter(q, filter);
    q.bind(4, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    q.bind(5, limit);
    while (q.next()) {
        NoticeRecord n;
        n.seq = q.int64(Seq);
        n.subject = q.text(Handle);
        n.subjectName = q.text(Name);
        n.templateId = q.text(Template);
        const QJsonObject attrs = QJsonDocument::fromJson(q.utf8(Attrs)).object();
        n.language = attrs.value(QStringLiteral("language")).toString();
        n.ref = attrs.value(QStringLiteral("ref")).toString();
        n.text = q.text(Text);
        n.at = q.int64(At);
        n.by = q.text(By);
        n.recordedAt = q.isNull(RecordedAt) ? kNoInstant : q.int64(RecordedAt);
        out->append(n);
    }
    if (q.resultCode() != SQLITE_DONE)
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the notices"));
    return true;
}

bool NoticeQuery::count(const NoticeFilter &filter, qint64 *out, StoreError *error) const
{
    SqlStatement q(m_store.handle(), kCountSql);
    if (!q.isValid())
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("count the notices"));
    bindFilter(q, filter);
    if (!q.next())
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("count the notices"));
    *out = q.int64(0);
    return true;
}

bool NoticeQuery::affiliatesAt(const QString &mcn, Instant at, QStringList *out, StoreError *error) const
{
    out->clear();
    SqlStatement q(m_store.handle(), kAffiliatesSql);
    if (!q.isValid())
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the creators of %1").arg(mcn));
    q.bind(1, int(EventType::Contract));
    q.bind(2, int(EventVocabulary::actions(EventType::Contract).indexOf(QStringLiteral("start"))));
    q.bind(3, at);
    q.bind(4, mcn);
    while (q.next())
        out->append(q.text(0));
    if (q.resultCode() != SQLITE_DONE)
        return SqlError::fail(error, m_store.handle(), m_store.path(), tr("read the creators of %1").arg(mcn));
    return true;
}

} // namespace redline
