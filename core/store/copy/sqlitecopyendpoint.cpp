#include "sqlitecopyendpoint.h"

#include "store/copy/sqliterowcodec.h"

#include "store/schema/schema.h"
#include "store/sql/sqlerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

namespace redline {

namespace {

// 1 GiB: the pages of the copy's one transaction (a million-creator store is 2 GB).
constexpr const char *kCopyCacheSizePragma = "PRAGMA cache_size = -1048576";

} // namespace

SqliteCopyEndpoint::SqliteCopyEndpoint(QString path)
    : m_path(std::move(path))
{
}

SqliteCopyEndpoint::~SqliteCopyEndpoint()
{
    if (!m_temporary.isEmpty())
        rollback();
    close();
}

bool SqliteCopyEndpoint::open(const QString &file, int flags, StoreError *error)
{
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &m_db, flags, nullptr) != SQLITE_OK)
        return SqlError::fail(error, m_db, m_path, tr("open the store"));
    return true;
}

void SqliteCopyEndpoint::close()
{
    m_insert = SqlStatement();
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
}

bool SqliteCopyEndpoint::beginRead(StoreError *error)
{
    if (!QFileInfo(m_path).isFile())
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("%1: no such store").arg(m_path));
    if (!open(m_path, SQLITE_OPEN_READONLY, error) || !Schema::check(m_db, m_path, error))
        return false;
    const int version = Schema::userVersion(m_db, error, m_path);
    if (version < 0)
        return false;
    if (version != Schema::currentVersion())
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("%1: a store at schema version %2, and copy reads version %3: open it once for "
                                   "writing with this Redline to migrate it")
                                    .arg(m_path).arg(version).arg(Schema::currentVersion()));
    // One read transaction for every table: the copy is one snapshot even if a writer commits meanwhile.
    return SqlError::exec(m_db, "BEGIN", error, m_path, tr("read the store"));
}

bool SqliteCopyEndpoint::readTable(const StoreTable &table, const std::function<bool(const StoreRow &, StoreError *)> &row,
                                   StoreError *error)
{
    const QByteArray sql = "SELECT " + StoreTables::columnList(table) + " FROM " + table.name + " ORDER BY " + table.key;
    SqlStatement rows(m_db, sql.constData());
    const QString doing = tr("read table %1").arg(QString::fromLatin1(table.name));
    if (!rows.isValid())
        return SqlError::fail(error, m_db, m_path, doing);
    StoreRow values;
    QString why;
    while (rows.next()) {
        if (!SqliteRowCodec::read(table, rows, &values, &why))
            return StoreError::fail(error, StoreError::Kind::Integrity, m_path + QStringLiteral(": ") + why);
        if (!row(values, error))
            return false;
    }
    return rows.resultCode() == SQLITE_DONE || SqlError::fail(error, m_db, m_path, doing);
}

bool SqliteCopyEndpoint::beginWrite(StoreError *error)
{
    const QFileInfo info(m_path);
    if (info.exists() && (!info.isFile() || info.size() > 0))
        return StoreError::fail(error, StoreError::Kind::BadInput,
                                tr("%1: exists and is not empty; copy writes only into a new store").arg(m_path));
    m_temporary = m_path + QStringLiteral(".copy-%1").arg(QCoreApplication::applicationPid());
    removeTemporary();
    const QString doing = tr("write the copy");
    if (!open(m_temporary, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error))
        return false;
    // The schema exactly as `init` makes it, then the source's rows in place of what a new store holds
    // (its meta rows).
    // As a bulk load (BulkWriter): the ledger's covering index and the state cache's indexes are built once,
    // sorted, at the end instead of row by row, and the transaction's pages stay in a large cache rather than
    // spilling to the file again and again (docs/teamstore.md "How long a copy takes").
    return Schema::create(m_db, m_temporary, error)
           && SqlError::exec(m_db, "PRAGMA foreign_keys = ON", error, m_path, doing)
           && SqlError::exec(m_db, kCopyCacheSizePragma, error, m_path, doing)
           && SqlError::exec(m_db, "BEGIN IMMEDIATE", error, m_path, doing)
           && SqlError::exec(m_db, "DELETE FROM meta", error, m_path, doing)
           && Schema::deferSubjectIndex(m_db, m_path, error) && Schema::deferStateIndexes(m_db, m_path, error);
}

bool SqliteCopyEndpoint::beginTable(const StoreTable &table, StoreError *error)
{
    QByteArray sql = "INSERT INTO " + QByteArray(table.name) + "(" + StoreTables::columnList(table) + ") VALUES(";
    for (int i = 1; i <= table.columns.size(); ++i)
        sql += (i > 1 ? ", ?" : "?") + QByteArray::number(i);
    sql += ")";
    m_table = &table;
    m_insert = SqlStatement(m_db, sql.constData());
    return m_insert.isValid()
           || SqlError::fail(error, m_db, m_path, tr("write table %1").arg(QString::fromLatin1(table.name)));
}

bool SqliteCopyEndpoint::writeRow(const StoreRow &row, StoreError *error)
{
    m_insert.reset();
    QString why;
    if (!SqliteRowCodec::bind(*m_table, row, m_insert.raw(), &why))
        return StoreError::fail(error, StoreError::Kind::Integrity, m_path + QStringLiteral(": ") + why);
    if (m_insert.exec())
        return true;
    // A row the new store's constraints or triggers refuse (R-L3, R-L4, a reference) means the source breaks
    // a rule the store keeps: an integrity failure of the source, not of the program.
    if ((sqlite3_errcode(m_db) & 0xff) == SQLITE_CONSTRAINT)
        return StoreError::fail(error, StoreError::Kind::Integrity,
                                tr("%1: table %2: a row is refused: %3")
                                    .arg(m_path, QString::fromLatin1(m_table->name), QString::fromUtf8(sqlite3_errmsg(m_db))));
    return SqlError::fail(error, m_db, m_path, tr("write table %1").arg(QString::fromLatin1(m_table->name)));
}

bool SqliteCopyEndpoint::endTable(bool, StoreError *)
{
    m_insert = SqlStatement();
    m_table = nullptr;
    return true;
}

bool SqliteCopyEndpoint::commit(StoreError *error)
{
    // CREATE INDEX sorts runs on worker threads when it has several (BulkWriter::buildSubjectIndex).
    const QByteArray threads = "PRAGMA threads = " + QByteArray::number(QThread::idealThreadCount());
    sqlite3_exec(m_db, threads.constData(), nullptr, nullptr, nullptr);
    if (!Schema::buildSubjectIndex(m_db, m_path, error) || !Schema::buildStateIndexes(m_db, m_path, error)
        || !SqlError::exec(m_db, "COMMIT", error, m_path, tr("write the copy"))) {
        rollback();
        return false;
    }
    close();
    // An empty file in the destination's place (allowed, like `init`'s) gives way to the store.
    if (QFileInfo::exists(m_path) && !QFile::remove(m_path)) {
        rollback();
        return StoreError::fail(error, StoreError::Kind::Internal, tr("%1: cannot replace the empty file").arg(m_path));
    }
    if (!QFile::rename(m_temporary, m_path)) {
        rollback();
        return StoreError::fail(error, StoreError::Kind::Internal,
                                tr("%1: cannot move the copy into place from %2").arg(m_path, m_temporary));
    }
    m_temporary.clear();
    return true;
}

void SqliteCopyEndpoint::rollback()
{
    if (m_db)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    close();
    removeTemporary();
    m_temporary.clear();
}

void SqliteCopyEndpoint::removeTemporary()
{
    if (m_temporary.isEmpty())
        return;
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(m_temporary + QLatin1String(suffix));
}

} // namespace redline
