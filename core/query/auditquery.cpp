#include "auditquery.h"

#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <sqlite3.h>

#include <limits>

namespace redline {

AuditQuery::AuditQuery(const Store &store)
    : m_store(store)
    , m_db(store.handle())
{
}

bool AuditQuery::fetch(const QString &search, qint64 beforeId, int limit, QVector<AuditEntry> *out,
                       StoreError *error) const
{
    QByteArray sql = "SELECT id, at, actor, action, subject, first_seq, last_seq, detail, hash FROM audit "
                     "WHERE id < ?1 ";
    QString pattern;
    if (!search.trimmed().isEmpty()) {
        pattern = search.trimmed();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        sql += "AND (actor LIKE ?3 ESCAPE '\\' OR subject LIKE ?3 ESCAPE '\\' OR action LIKE ?3 ESCAPE '\\' "
               "OR detail LIKE ?3 ESCAPE '\\') ";
    }
    sql += "ORDER BY id DESC LIMIT ?2";
    SqlStatement rows(m_db, sql.constData());
    if (!rows.isValid())
        return SqlError::fail(error, m_db, m_store.path(), tr("read the audit log"));
    rows.bind(1, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    rows.bind(2, limit);
    if (!pattern.isEmpty())
        rows.bind(3, pattern);
    while (rows.next()) {
        AuditEntry a;
        a.id = rows.int64(0);
        a.at = rows.int64(1);
        a.actor = rows.text(2);
        a.action = rows.text(3);
        a.subject = rows.text(4);
        a.firstSeq = rows.isNull(5) ? 0 : rows.int64(5);
        a.lastSeq = rows.isNull(6) ? 0 : rows.int64(6);
        a.detail = rows.text(7);
        a.hash = rows.blob(8);
        out->append(a);
    }
    if (rows.resultCode() != SQLITE_DONE)
        return SqlError::fail(error, m_db, m_store.path(), tr("read the audit log"));
    return true;
}

qint64 AuditQuery::count(StoreError *error) const
{
    SqlStatement rows(m_db, "SELECT count(*) FROM audit");
    if (!rows.isValid() || !rows.next()) {
        SqlError::fail(error, m_db, m_store.path(), tr("read the audit log"));
        return -1;
    }
    return rows.int64(0);
}

} // namespace redline
