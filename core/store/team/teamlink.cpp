// The session extension's declarations are in sqlite3.h behind these (Debian's libsqlite3 is built with it).
#define SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_PREUPDATE_HOOK
#include <sqlite3.h>

#include "teamlink.h"

#include "store/copy/sqliterowcodec.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgcopytext.h"
#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace redline {

namespace {

constexpr char kChannel[] = "redline_events";
// The audit chain's lock (resources/pg/schema.sql): every statement writing a store table takes it too.
constexpr char kTeamLock[] = "SELECT pg_advisory_xact_lock(hashtext('redline audit chain'))";
constexpr char kPgOnlyMeta[] = "pg_schema_version";
// A COPY's data goes to the server in pieces of about this size.
constexpr int kCopyPiece = 1 << 20;

// The derived tables, which writers update and delete in; the others only grow.
bool isMutable(const StoreTable &table)
{
    static const QSet<QByteArray> mutableTables{"meta", "users", "findings", "triage", "state"};
    return mutableTables.contains(QByteArray(table.name));
}

bool isPolicyTable(const StoreTable &table)
{
    const QByteArray name(table.name);
    return name == "policy_versions" || name == "policy_activations";
}

int keyColumn(const StoreTable &table)
{
    for (int i = 0; i < table.columns.size(); ++i) {
        if (qstrcmp(table.columns.at(i).name, table.key) == 0)
            return i;
    }
    return 0;
}

bool hasIntegerKey(const StoreTable &table)
{
    return table.columns.at(keyColumn(table)).type == StoreColumn::Type::Integer;
}

const StoreTable *tableNamed(const QByteArray &name)
{
    for (const StoreTable &table : StoreTables::all()) {
        if (name == table.name)
            return &table;
    }
    return nullptr;
}

StoreTable withRevision(const StoreTable &table)
{
    StoreTable out = table;
    out.columns.append({"rev", StoreColumn::Type::Integer});
    return out;
}

QString localPath(sqlite3 *db)
{
    const char *file = sqlite3_db_filename(db, "main");
    return file ? QString::fromUtf8(file) : QString();
}

// "a = excluded.a, b = excluded.b" for every column but the key: an upsert's update, in SQLite's and
// PostgreSQL's words alike.
QByteArray setsFromExcluded(const StoreTable &table)
{
    QByteArray sets;
    for (const StoreColumn &column : table.columns) {
        if (qstrcmp(column.name, table.key) == 0)
            continue;
        sets += (sets.isEmpty() ? "" : ", ") + QByteArray(column.name) + " = excluded." + column.name;
    }
    return sets;
}

// Into the working copy: a row the copy has is left as it is in the tables that only grow, and replaced in
// the derived ones.
QByteArray localUpsertSql(const StoreTable &table)
{
    QByteArray sql = "INSERT INTO " + QByteArray(table.name) + "(" + StoreTables::columnList(table) + ") VALUES(";
    for (int i = 1; i <= table.columns.size(); ++i)
        sql += (i > 1 ? ", ?" : "?") + QByteArray::number(i);
    sql += ") ON CONFLICT(" + QByteArray(table.key) + ") DO ";
    if (!isMutable(table))
        return sql + "NOTHING";
    return sql + "UPDATE SET " + setsFromExcluded(table);
}

QByteArray stagingTable(const StoreTable &table)
{
    return "redline_push_" + QByteArray(table.name);
}

QByteArray serverUpsertSql(const StoreTable &table)
{
    const QByteArray columns = StoreTables::columnList(table);
    return "INSERT INTO " + QByteArray(table.name) + "(" + columns + ") SELECT " + columns + " FROM "
           + stagingTable(table) + " ORDER BY " + table.key + " ON CONFLICT (" + table.key + ") DO UPDATE SET "
           + setsFromExcluded(table);
}

void bindKey(SqlStatement &statement, const StoreTable &table, const QByteArray &key)
{
    if (hasIntegerKey(table))
        statement.bind(1, key.toLongLong());
    else
        sqlite3_bind_text(statement.raw(), 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

QByteArray valueText(sqlite3_value *value)
{
    if (!value)
        return QByteArray();
    if (sqlite3_value_type(value) == SQLITE_INTEGER)
        return QByteArray::number(sqlite3_value_int64(value));
    return QByteArray(reinterpret_cast<const char *>(sqlite3_value_text(value)), sqlite3_value_bytes(value));
}

} // namespace

// The keys a write changed, by table: appended or updated rows, and removed ones.
struct TeamLink::Changes {
    QHash<QByteArray, QVector<QByteArray>> written;
    QHash<QByteArray, QVector<QByteArray>> removed;
};

TeamLink::TeamLink(std::unique_ptr<PgConnection> server, QString location, QString login)
    : m_server(std::move(server))
    , m_location(std::move(location))
    , m_login(std::move(login))
{
}

TeamLink::~TeamLink()
{
    abandonWrite();
}

bool TeamLink::committedRevision(PgConnection &server, qint64 *rev, StoreError *error)
{
    QByteArray value;
    bool found = false;
    const QString doing = tr("read the team store's revision");
    const bool ok = server.exec("BEGIN", error, doing) && server.exec(kTeamLock, error, doing)
                    && server.value("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM redline_rev", &value,
                                    &found, error, doing);
    server.exec(ok ? "COMMIT" : "ROLLBACK", ok ? error : nullptr, doing);
    *rev = value.toLongLong();
    return ok;
}

bool TeamLink::appliedRevision(sqlite3 *db, qint64 *rev, StoreError *error)
{
    *rev = -1;
    SqlStatement table(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'team_sync'");
    if (!table.isValid())
        return SqlError::fail(error, db, localPath(db), tr("read the working copy's revision"));
    if (!table.next())
        return true;
    SqlStatement value(db, "SELECT value FROM team_sync WHERE key = 'rev'");
    if (!value.isValid())
        return SqlError::fail(error, db, localPath(db), tr("read the working copy's revision"));
    if (value.next())
        *rev = value.int64(0);
    return true;
}

bool TeamLink::setAppliedRevision(sqlite3 *db, qint64 rev, StoreError *error)
{
    const QString doing = tr("record the working copy's revision");
    if (!SqlError::exec(db, "CREATE TABLE IF NOT EXISTS team_sync(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
                        error, localPath(db), doing))
        return false;
    SqlStatement set(db, "INSERT OR REPLACE INTO team_sync(key, value) VALUES('rev', ?1)");
    if (set.isValid())
        set.bind(1, rev);
    return (set.isValid() && set.exec()) || SqlError::fail(error, db, localPath(db), doing);
}

bool TeamLink::listen(StoreError *error)
{
    return m_server->listen(kChannel, error);
}

int TeamLink::notificationSocket() const
{
    return m_server->socket();
}

QStringList TeamLink::takeNotifications()
{
    return m_server->takeNotifications(kChannel);
}

bool TeamLink::catchUp(sqlite3 *db, bool *changed, bool *policyChanged, StoreError *error)
{
    *changed = false;
    *policyChanged = false;
    if (m_writing)
        return true;
    // One snapshot: the rows of every table as of one moment, so the copy never holds a reference to a row
    // it has not taken.
    const QString doing = tr("catch up with the team store");
    if (!m_server->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", error, doing))
        return false;
    const bool ok = pull(db, changed, policyChanged, error);
    m_server->exec(ok ? "COMMIT" : "ROLLBACK", ok ? error : nullptr, doing);
    return ok;
}

bool TeamLink::pull(sqlite3 *db, bool *changed, bool *policyChanged, StoreError *error)
{
    qint64 since = 0;
    if (!appliedRevision(db, &since, error))
        return false;
    const QString path = localPath(db);
    if (since < 0)
        return StoreError::fail(error, StoreError::Kind::Integrity,
                                tr("%1: the working copy of %2 records no revision; remove it and open the team store again")
                                    .arg(path, m_location));
    if (!SqlError::exec(db, "BEGIN IMMEDIATE", error, path, tr("catch up with the team store")))
        return false;
    qint64 newest = since;
    // Removals first: a row removed and later written again has a rev above its removal's.
    bool ok = applyRemovals(db, since, &newest, changed, error);
    for (const StoreTable &table : StoreTables::all()) {
        if (ok)
            ok = applyRows(db, table, since, &newest, changed, policyChanged, error);
    }
    if (ok && newest != since)
        ok = setAppliedRevision(db, newest, error);
    if (ok && SqlError::exec(db, "COMMIT", error, path, tr("catch up with the team store")))
        return true;
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    *changed = false;
    *policyChanged = false;
    return false;
}

bool TeamLink::applyRemovals(sqlite3 *db, qint64 since, qint64 *newest, bool *changed, StoreError *error)
{
    static const StoreTable removed{
        "removed", {{"tbl", StoreColumn::Type::Text}, {"key", StoreColumn::Type::Text}, {"rev", StoreColumn::Type::Integer}},
        "rev", nullptr};
    std::map<QByteArray, SqlStatement> deletes;
    StoreRow row;
    QString why;
    const QString doing = tr("catch up with removed rows");
    return m_server->copyOut(
        "COPY (SELECT tbl, key, rev FROM removed WHERE rev > " + QByteArray::number(since) + " ORDER BY rev) TO STDOUT",
        [&](const QByteArray &line, StoreError *e) {
            if (!PgCopyText::parseLine(removed, line, &row, &why))
                return StoreError::fail(e, StoreError::Kind::Integrity, m_location + QStringLiteral(": ") + why);
            const QByteArray name = row.at(0).value_or(QByteArray());
            const StoreTable *table = tableNamed(name);
            if (!table || !isMutable(*table))
                return StoreError::fail(e, StoreError::Kind::Integrity,
                                        tr("%1: a removal names table %2, which keeps every row")
                                            .arg(m_location, QString::fromUtf8(name)));
            SqlStatement &remove = deletes[name];
            if (!remove.isValid()) {
                const QByteArray sql = "DELETE FROM " + name + " WHERE " + table->key + " = ?1";
                remove = SqlStatement(db, sql.constData());
                if (!remove.isValid())
                    return failLocal(db, e, doing);
            }
            remove.reset();
            bindKey(remove, *table, row.at(1).value_or(QByteArray()));
            if (!remove.exec())
                return failLocal(db, e, doing);
            *changed = *changed || sqlite3_changes(db) > 0;
            *newest = std::max(*newest, row.at(2).value_or(QByteArray()).toLongLong());
            return true;
        },
        error, doing);
}

bool TeamLink::applyRows(sqlite3 *db, const StoreTable &plain, qint64 since, qint64 *newest, bool *changed,
                         bool *policyChanged, StoreError *error)
{
    const StoreTable table = withRevision(plain);
    const QByteArray name(plain.name);
    QByteArray where = " WHERE rev > " + QByteArray::number(since);
    if (name == "meta")
        where += QByteArray(" AND key <> '") + kPgOnlyMeta + "'";
    const QString doing = tr("catch up with table %1").arg(QString::fromLatin1(plain.name));
    SqlStatement upsert(db, localUpsertSql(plain).constData());
    if (!upsert.isValid())
        return failLocal(db, error, doing);
    StoreRow row;
    QString why;
    return m_server->copyOut(
        "COPY (SELECT " + StoreTables::columnList(table) + " FROM " + name + where + " ORDER BY " + plain.key
            + ") TO STDOUT",
        [&](const QByteArray &line, StoreError *e) {
            if (!PgCopyText::parseLine(table, line, &row, &why))
                return StoreError::fail(e, StoreError::Kind::Integrity, m_location + QStringLiteral(": ") + why);
            *newest = std::max(*newest, row.takeLast().value_or(QByteArray()).toLongLong());
            upsert.reset();
            if (!SqliteRowCodec::bind(plain, row, upsert.raw(), &why))
                return StoreError::fail(e, StoreError::Kind::Integrity, m_location + QStringLiteral(": ") + why);
            if (!upsert.exec())
                return failLocal(db, e, doing);
            if (sqlite3_changes(db) > 0) {
                *changed = true;
                if (isPolicyTable(plain) || (name == "meta" && row.at(0) == QByteArray("policy")))
                    *policyChanged = true;
            }
            return true;
        },
        error, doing);
}

bool TeamLink::beginWrite(sqlite3 *db, bool *changed, bool *policyChanged, StoreError *error)
{
    *changed = false;
    *policyChanged = false;
    abandonWrite();
    if (!m_server->exec("BEGIN", error, tr("start a write on the team store")))
        return false;
    m_writing = true;
    // Under the lock nobody else commits, so what the catch-up reads is everything the team has recorded.
    if (!m_server->exec(kTeamLock, error, tr("wait for the team's write lock")) || !pull(db, changed, policyChanged, error)
        || !startRecording(db, error)) {
        abandonWrite();
        return false;
    }
    return true;
}

bool TeamLink::startRecording(sqlite3 *db, StoreError *error)
{
    const QString doing = tr("record the write for the team store");
    int code = sqlite3session_create(db, "main", &m_session);
    for (const StoreTable &table : StoreTables::all()) {
        if (code == SQLITE_OK)
            code = sqlite3session_attach(m_session, table.name);
    }
    if (code == SQLITE_OK)
        return true;
    stopRecording();
    return SqlError::failCode(error, code, QString::fromUtf8(sqlite3_errstr(code)), localPath(db), doing);
}

void TeamLink::stopRecording()
{
    if (m_session)
        sqlite3session_delete(m_session);
    m_session = nullptr;
}

bool TeamLink::recordedChanges(Changes *changes, StoreError *error)
{
    int size = 0;
    void *data = nullptr;
    int code = sqlite3session_changeset(m_session, &size, &data);
    sqlite3_changeset_iter *it = nullptr;
    if (code == SQLITE_OK)
        code = sqlite3changeset_start(&it, size, data);
    while (code == SQLITE_OK && sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        unsigned char *primaryKey = nullptr;
        sqlite3changeset_op(it, &table, &columns, &op, &indirect);
        sqlite3changeset_pk(it, &primaryKey, &columns);
        const int key = int(std::find(primaryKey, primaryKey + columns, 1) - primaryKey);
        sqlite3_value *value = nullptr;
        code = op == SQLITE_INSERT ? sqlite3changeset_new(it, key, &value) : sqlite3changeset_old(it, key, &value);
        (op == SQLITE_DELETE ? changes->removed : changes->written)[QByteArray(table)].append(valueText(value));
    }
    if (it) {
        const int finalized = sqlite3changeset_finalize(it);
        if (code == SQLITE_OK)
            code = finalized;
    }
    sqlite3_free(data);
    if (code == SQLITE_OK)
        return true;
    return StoreError::fail(error, StoreError::Kind::Internal,
                            tr("%1: cannot read the write's changes: %2").arg(m_location, QString::fromUtf8(sqlite3_errstr(code))));
}

bool TeamLink::sendRemovals(const StoreTable &table, const Changes &changes, StoreError *error)
{
    const QByteArray sql = "DELETE FROM " + QByteArray(table.name) + " WHERE " + table.key + " = $1";
    for (const QByteArray &key : changes.removed.value(QByteArray(table.name))) {
        if (!m_server->execParams(sql, {key}, error, tr("send the write to the team store")))
            return false;
    }
    return true;
}

bool TeamLink::sendRows(sqlite3 *db, const StoreTable &table, const Changes &changes, StoreError *error)
{
    QVector<QByteArray> keys = changes.written.value(QByteArray(table.name));
    if (keys.isEmpty())
        return true;
    // In key order: the audit chain must be extended row by row, and a row may reference one before it.
    if (hasIntegerKey(table))
        std::sort(keys.begin(), keys.end(), [](const QByteArray &a, const QByteArray &b) { return a.toLongLong() < b.toLongLong(); });
    else
        std::sort(keys.begin(), keys.end());
    const QString doing = tr("send the write to the team store");
    const QByteArray select = "SELECT " + StoreTables::columnList(table) + " FROM " + table.name + " WHERE " + table.key + " = ?1";
    SqlStatement rows(db, select.constData());
    if (!rows.isValid())
        return failLocal(db, error, doing);
    const bool staged = isMutable(table);
    const QByteArray target = staged ? stagingTable(table) : QByteArray(table.name);
    if (staged
        && !m_server->exec("CREATE TEMP TABLE " + target + " ON COMMIT DROP AS SELECT " + StoreTables::columnList(table)
                               + " FROM " + table.name + " WITH NO DATA",
                           error, doing))
        return false;
    if (!m_server->beginCopyIn("COPY " + target + "(" + StoreTables::columnList(table) + ") FROM STDIN", error, doing))
        return false;
    QByteArray data;
    StoreRow row;
    QString why;
    bool ok = true;
    for (const QByteArray &key : std::as_const(keys)) {
        rows.reset();
        bindKey(rows, table, key);
        if (!rows.next())
            continue; // written, then removed again by the same write
        ok = SqliteRowCodec::read(table, rows, &row, &why)
             || StoreError::fail(error, StoreError::Kind::Integrity, localPath(db) + QStringLiteral(": ") + why);
        if (!ok)
            break;
        PgCopyText::appendLine(table, row, &data);
        if (data.size() >= kCopyPiece) {
            ok = m_server->put(data, error, doing);
            data.clear();
            if (!ok)
                break;
        }
    }
    ok = ok && (data.isEmpty() || m_server->put(data, error, doing));
    ok = m_server->endCopyIn(ok, ok ? error : nullptr, doing) && ok;
    return ok && (!staged || m_server->exec(serverUpsertSql(table), error, doing));
}

bool TeamLink::commitWrite(sqlite3 *db, StoreError *error)
{
    if (!m_writing)
        return StoreError::fail(error, StoreError::Kind::Internal, tr("%1: a write was committed that had not begun").arg(m_location));
    Changes changes;
    bool ok = recordedChanges(&changes, error);
    stopRecording();
    const QVector<StoreTable> &tables = StoreTables::all();
    for (int i = int(tables.size()) - 1; ok && i >= 0; --i)
        ok = sendRemovals(tables.at(i), changes, error);
    for (const StoreTable &table : tables) {
        if (ok)
            ok = sendRows(db, table, changes, error);
    }
    // The revs this write drew are the newest (the lock is held): the copy has applied everything up to them.
    const bool sent = !changes.written.isEmpty() || !changes.removed.isEmpty();
    QByteArray rev;
    bool found = false;
    ok = ok && (!sent || m_server->value("SELECT currval('redline_rev')", &rev, &found, error, tr("send the write to the team store")));
    ok = ok && m_server->exec("COMMIT", error, tr("commit the write on the team store"));
    if (!ok) {
        abandonWrite();
        return false;
    }
    m_writing = false;
    return !sent || setAppliedRevision(db, rev.toLongLong(), error);
}

void TeamLink::abandonWrite()
{
    stopRecording();
    if (!m_writing)
        return;
    m_writing = false;
    m_server->exec("ROLLBACK", nullptr, QString());
}

bool TeamLink::failLocal(sqlite3 *db, StoreError *error, const QString &doing) const
{
    return SqlError::fail(error, db, localPath(db), doing);
}

} // namespace redline
