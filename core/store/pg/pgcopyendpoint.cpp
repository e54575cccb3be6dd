#include "pgcopyendpoint.h"

#include "store/pg/pgconnection.h"
#include "store/pg/pgcopytext.h"
#include "store/pg/pgschema.h"

#include <algorithm>

namespace redline {

namespace {

constexpr int kFlushBytes = 1 << 20;

const char kPgOnlyMeta[] = "pg_schema_version";

QByteArray tableList()
{
    QByteArray out;
    for (const StoreTable &table : StoreTables::all())
        out += (out.isEmpty() ? "" : ", ") + QByteArray(table.name);
    return out;
}

} // namespace

PgCopyEndpoint::PgCopyEndpoint(QString url, QString password)
    : m_url(std::move(url))
    , m_password(std::move(password))
{
}

PgCopyEndpoint::~PgCopyEndpoint()
{
    if (m_writing)
        rollback();
}

QString PgCopyEndpoint::name() const
{
    return PgConnection::displayName(m_url);
}

bool PgCopyEndpoint::connect(StoreError *error)
{
    m_connection = PgConnection::open(m_url, m_password, error);
    return m_connection != nullptr;
}

bool PgCopyEndpoint::beginRead(StoreError *error)
{
    return connect(error)
           && m_connection->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", error, tr("read the store"))
           && PgSchema::check(*m_connection, error);
}

bool PgCopyEndpoint::readTable(const StoreTable &table, const std::function<bool(const StoreRow &, StoreError *)> &row,
                               StoreError *error)
{
    const QByteArray tableName(table.name);
    const QByteArray where = tableName == "meta" ? QByteArray(" WHERE key <> '") + kPgOnlyMeta + "'" : QByteArray();
    const QByteArray sql = "COPY (SELECT " + StoreTables::columnList(table) + " FROM " + tableName + where
                           + " ORDER BY " + table.key + ") TO STDOUT";
    StoreRow values;
    return m_connection->copyOut(
        sql,
        [&](const QByteArray &line, StoreError *e) {
            QString why;
            if (!PgCopyText::parseLine(table, line, &values, &why))
                return StoreError::fail(e, StoreError::Kind::Internal, name() + QStringLiteral(": ") + why);
            return row(values, e);
        },
        error, tr("read table %1").arg(QString::fromLatin1(table.name)));
}

bool PgCopyEndpoint::beginWrite(StoreError *error)
{
    if (!connect(error) || !m_connection->exec("BEGIN", error, tr("begin the copy")))
        return false;
    m_writing = true;
    const int version = PgSchema::version(*m_connection, error);
    if (version < 0)
        return false;
    if (version == 0 && !PgSchema::create(*m_connection, error))
        return false;
    if (version != 0 && !PgSchema::check(*m_connection, error))
        return false;
    // No other writer may append between the check that the store is empty and the commit.
    return m_connection->exec("LOCK TABLE " + tableList() + " IN SHARE ROW EXCLUSIVE MODE", error,
                              tr("lock the store for the copy"))
           && refuseUnlessEmpty(error)
           && m_connection->exec(QByteArray("DELETE FROM meta WHERE key <> '") + kPgOnlyMeta + "'", error,
                                 tr("begin the copy"))
           && deferIndexes(error);
}

// A bulk load into indexed tables maintains every index and checks every foreign key row by row (most of
// a million-creator copy's time on the server): the secondary indexes and the foreign keys are dropped for
// the load and made again, each in one pass, before the commit, in the same transaction. Making them
// checks what they checked (a duplicate or a dangling reference is refused then); the primary keys, the
// unique constraints (R-L3) and the triggers (R-L4, the audit chain) stay and check each row as it comes
// (docs/teamstore.md "How long a copy takes").
bool PgCopyEndpoint::deferIndexes(StoreError *error)
{
    const QByteArray plainIndexes = "SELECT indexname::text AS name, indexdef AS def FROM pg_indexes i "
                                    "WHERE schemaname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                                    "WHERE c.conname = i.indexname AND c.connamespace = current_schema()::regnamespace)";
    const QByteArray foreignKeys = "SELECT conname::text AS name, conrelid::regclass::text AS tab, "
                                   "pg_get_constraintdef(oid) AS def FROM pg_constraint "
                                   "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace";
    const QByteArray remake = "SELECT coalesce(string_agg(sql, E';\n' ORDER BY ord, name), '') FROM ("
                              "SELECT 0 AS ord, name, def AS sql FROM (" + plainIndexes + ") i UNION ALL "
                              "SELECT 1, name, format('ALTER TABLE %s ADD CONSTRAINT %I %s', tab, name, def) FROM ("
                              + foreignKeys + ") f) d";
    const QByteArray drop = "SELECT coalesce(string_agg(sql, E';\n'), '') FROM ("
                            "SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', tab, name) AS sql FROM (" + foreignKeys
                            + ") f UNION ALL SELECT format('DROP INDEX %I', name) FROM (" + plainIndexes + ") i) d";
    const QString doing = tr("prepare the tables for the copy");
    QByteArray dropSql;
    bool found = false;
    return m_connection->value(remake, &m_deferred, &found, error, doing)
           && m_connection->value(drop, &dropSql, &found, error, doing)
           && (dropSql.isEmpty() || m_connection->exec(dropSql, error, doing));
}

// A new store holds only its meta rows `application` and pg_schema_version. The tables of data are named
// first, meta (whose rows any store has) last.
bool PgCopyEndpoint::refuseUnlessEmpty(StoreError *error)
{
    QVector<StoreTable> tables = StoreTables::all();
    std::stable_partition(tables.begin(), tables.end(), [](const StoreTable &t) { return qstrcmp(t.name, "meta") != 0; });
    for (const StoreTable &table : std::as_const(tables)) {
        const QByteArray tableName(table.name);
        const QByteArray where = tableName == "meta"
                                     ? QByteArray(" WHERE key NOT IN ('application', '") + kPgOnlyMeta + "')"
                                     : QByteArray();
        QByteArray value;
        bool found = false;
        if (!m_connection->value("SELECT EXISTS (SELECT 1 FROM " + tableName + where + ")", &value, &found, error,
                                 tr("check that the store is empty")))
            return false;
        if (value == "t")
            return StoreError::fail(error, StoreError::Kind::BadInput,
                                    tr("%1: the store is not empty (table %2 has rows); copy writes only into a new store")
                                        .arg(name(), QString::fromLatin1(table.name)));
    }
    return true;
}

bool PgCopyEndpoint::beginTable(const StoreTable &table, StoreError *error)
{
    m_table = &table;
    m_buffer.clear();
    return m_connection->beginCopyIn("COPY " + QByteArray(table.name) + "(" + StoreTables::columnList(table)
                                         + ") FROM STDIN",
                                     error, tr("write table %1").arg(QString::fromLatin1(table.name)));
}

bool PgCopyEndpoint::writeRow(const StoreRow &row, StoreError *error)
{
    PgCopyText::appendLine(*m_table, row, &m_buffer);
    return m_buffer.size() < kFlushBytes || flush(error);
}

bool PgCopyEndpoint::flush(StoreError *error)
{
    const bool ok = m_buffer.isEmpty()
                    || m_connection->put(m_buffer, error, tr("write table %1").arg(QString::fromLatin1(m_table->name)));
    m_buffer.clear();
    return ok;
}

bool PgCopyEndpoint::endTable(bool ok, StoreError *error)
{
    const QString doing = tr("write table %1").arg(QString::fromLatin1(m_table->name));
    const bool flushed = ok && flush(error);
    m_table = nullptr;
    return m_connection->endCopyIn(flushed, error, doing) && flushed;
}

// Keys a copy set itself leave an identity's sequence behind them; the next row appended must get the next key.
bool PgCopyEndpoint::moveSequences(StoreError *error)
{
    for (const StoreTable &table : StoreTables::all()) {
        if (!table.identity)
            continue;
        const QByteArray name(table.name);
        const QByteArray column(table.identity);
        const QByteArray sql = "SELECT setval(pg_get_serial_sequence('" + name + "', '" + column + "'), coalesce(max("
                               + column + "), 0) + 1, false) FROM " + name;
        if (!m_connection->exec(sql, error, tr("move the key sequence of table %1").arg(QString::fromLatin1(table.name))))
            return false;
    }
    return true;
}

bool PgCopyEndpoint::commit(StoreError *error)
{
    const bool indexed = m_deferred.isEmpty() || m_connection->exec(m_deferred, error, tr("index the copied tables"));
    if (!indexed || !moveSequences(error) || !m_connection->exec("COMMIT", error, tr("commit the copy"))) {
        rollback();
        return false;
    }
    m_writing = false;
    return true;
}

void PgCopyEndpoint::rollback()
{
    if (m_connection)
        m_connection->exec("ROLLBACK", nullptr, QString());
    m_writing = false;
}

} // namespace redline
