#include "sqlerror.h"

#include <sqlite3.h>

namespace redline {

bool SqlError::fail(StoreError *error, sqlite3 *db, const QString &path, const QString &doing)
{
    return failCode(error, sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), path, doing);
}

bool SqlError::failCode(StoreError *error, int code, const QString &detail, const QString &path,
                        const QString &doing)
{
    using Kind = StoreError::Kind;
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return StoreError::fail(error, Kind::BadInput, tr("%1: not a SQLite database, so not a Redline store").arg(path));
    case SQLITE_CORRUPT:
        return StoreError::fail(error, Kind::Integrity, tr("%1: the database is damaged (%2) while %3").arg(path, detail, doing));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StoreError::fail(error, Kind::BadInput, tr("%1: the store is read-only; cannot %2").arg(path, doing));
    case SQLITE_CANTOPEN:
        return StoreError::fail(error, Kind::BadInput, tr("%1: cannot open the file (%2)").arg(path, detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::fail(error, Kind::BadInput, tr("%1: the store is busy (locked by another process) while %2").arg(path, doing));
    case SQLITE_FULL:
        return StoreError::fail(error, Kind::Internal, tr("%1: the disk is full while %2").arg(path, doing));
    default:
        return StoreError::fail(error, Kind::Internal, tr("%1: %2 failed: %3").arg(path, doing, detail));
    }
}

bool SqlError::exec(sqlite3 *db, const char *sql, StoreError *error, const QString &path, const QString &doing)
{
    char *message = nullptr;
    const int code = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (code == SQLITE_OK)
        return true;
    const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(code));
    sqlite3_free(message);
    return failCode(error, sqlite3_extended_errcode(db), detail, path, doing);
}

} // namespace redline
