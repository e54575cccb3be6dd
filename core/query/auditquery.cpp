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

namespace {

QString likePattern(const QString &text)
{
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

// The WHERE clause of a filter: parameters ?3.. (?1 and ?2 are the page's), bound by bindFilter.
QByteArray filterClause(const AuditFilter &f)
{
    QByteArray sql;
    if (!f.actor.trimmed().isEmpty())
        sql += "AND actor = ?3 COLLATE NOCASE ";
    if (!f.action.isEmpty())
        sql += "AND action = ?4 ";
    if (!f.subject.trimmed().isEmpty())
        sql += "AND subject LIKE ?5 ESCAPE '\\' ";
    if (f.from != kNoInstant)
        sql += "AND at >= ?6 ";
    if (f.until != kNoInstant)
        sql += "AND at < ?7 ";
    if (!f.text.trimmed().isEmpty())
        sql += "AND (actor LIKE ?8 ESCAPE '\\' OR subject LIKE ?8 ESCAPE '\\' OR action LIKE ?8 ESCAPE '\\' "
               "OR detail LIKE ?8 ESCAPE '\\') ";
    return sql;
}

void bindFilter(SqlStatement &rows, const AuditFilter &f)
{
    if (!f.actor.trimmed().isEmpty())
        rows.bind(3, f.actor.trimmed());
    if (!f.action.isEmpty())
        rows.bind(4, f.action);
    if (!f.subject.trimmed().isEmpty())
        rows.bind(5, likePattern(f.subject));
    if (f.from != kNoInstant)
        rows.bind(6, f.from);
    if (f.until != kNoInstant)
        rows.bind(7, f.until);
    if (!f.text.trimmed().isEmpty())
        rows.bind(8, likePattern(f.text));
}

} // namespace

bool AuditQuery::fetch(const AuditFilter &filter, qint64 beforeId, int limit, QVector<AuditEntry> *out,
                       StoreError *error) const
{
    const QByteArray sql = "SELECT id, at, actor, action, subject, first_seq, last_seq, detail, hash, format "
                           "FROM audit WHERE id < ?1 " + filterClause(filter) + "ORDER BY id DESC LIMIT ?2";
    SqlStatement rows(m_db, sql.constData());
    if (!rows.isValid())
        return SqlError::fail(error, m_db, m_store.path(), tr("read the audit log"));
    rows.bind(1, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    rows.bind(2, limit);
    bindFilter(rows, filter);
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
        a.format = rows.isNull(9) ? 0 : int(rows.int64(9));
        out->append(a);
    }
    if (rows.resultCode() != SQLITE_DONE)
        return SqlError::fail(error, m_db, m_store.path(), tr("read the audit log"));
    return true;
}

qint64 AuditQuery::count(const AuditFilter &filter, StoreError *error) const
{
    if (filter.isEmpty())
        return count(error);
    const QByteArray sql = "SELECT count(*) FROM audit WHERE id < ?1 " + filterClause(filter);
    SqlStatement rows(m_db, sql.constData());
    if (!rows.isValid()) {
        SqlError::fail(error, m_db, m_store.path(), tr("read the audit log"));
        return -1;
    }
    rows.bind(1, std::numeric_limits<qint64>::max());
    bindFilter(rows, filter);
    if (!rows.next()) {
        SqlError::fail(error, m_db, m_store.path(), tr("read the audit log"));
        return -1;
    }
    return rows.int64(0);
}

static QStringList distinctColumn(sqlite3 *db, const QString &path, const char *sql, StoreError *error)
{
    QStringList out;
    SqlStatement rows(db, sql);
    if (!rows.isValid()) {
        SqlError::fail(error, db, path, AuditQuery::tr("read the audit log"));
        return out;
    }
    while (rows.next())
        out << rows.text(0);
    if (rows.resultCode() != SQLITE_DONE)
        SqlError::fail(error, db, path, AuditQuery::tr("read the audit log"));
    return out;
}

QStringList AuditQuery::actors(StoreError *error) const
{
    return distinctColumn(m_db, m_store.path(), "SELECT DISTINCT actor COLLATE NOCASE FROM audit ORDER BY 1", error);
}

QStringList AuditQuery::actions(StoreError *error) const
{
    return distinctColumn(m_db, m_store.path(), "SELECT DISTINCT action FROM audit ORDER BY 1", error);
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
