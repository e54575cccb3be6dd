#include "readconnection.h"

#include "store/sql/sqlerror.h"

#include <sqlite3.h>

namespace redline {

ReadConnection::ReadConnection(const QString &path, const QString &doing, int busyTimeoutMs, StoreError *error)
{
    const QByteArray file = path.toUtf8();
    // No mutex of SQLite's own: each connection is used by one thread at a time, and a bulk read calls
    // sqlite3_column_* a hundred million times (docs/performance.md, `bench_replaywith`).
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        SqlError::fail(error, m_db, path, doing);
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
}

ReadConnection::~ReadConnection()
{
    sqlite3_close(m_db);
}

} // namespace redline
