#include "storecopier.h"

#include "store/copy/sqlitecopyendpoint.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgcopyendpoint.h"

#include <QFileInfo>

namespace redline {

namespace {

// How often a copy reports: often enough for a console to stay responsive, rarely enough to cost nothing.
constexpr qint64 kRowsPerReport = 8192;

} // namespace

std::unique_ptr<CopyEndpoint> StoreCopier::endpoint(const QString &location)
{
    if (PgConnection::isUrl(location))
        return std::make_unique<PgCopyEndpoint>(location);
    return std::make_unique<SqliteCopyEndpoint>(location);
}

QString StoreCopier::displayName(const QString &location)
{
    return PgConnection::isUrl(location) ? PgConnection::displayName(location) : location;
}

bool StoreCopier::copy(const QString &from, const QString &to, StoreError *error)
{
    m_counts.clear();
    const bool sameFile = !PgConnection::isUrl(from) && QFileInfo(from).exists()
                          && QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath();
    if (from == to || sameFile)
        return StoreError::fail(error, StoreError::Kind::BadInput, tr("--from and --to name the same store %1").arg(displayName(from)));
    const std::unique_ptr<CopyEndpoint> source = endpoint(from);
    const std::unique_ptr<CopyEndpoint> destination = endpoint(to);
    return copy(*source, *destination, error);
}

bool StoreCopier::copy(CopyEndpoint &source, CopyEndpoint &destination, StoreError *error)
{
    m_counts.clear();
    m_rows = 0;
    if (!source.beginRead(error))
        return false;
    if (!destination.beginWrite(error)) {
        destination.rollback();
        return false;
    }
    if (!copyTables(source, destination, error) || !destination.commit(error)) {
        destination.rollback();
        m_counts.clear();
        return false;
    }
    return true;
}

bool StoreCopier::copyTables(CopyEndpoint &source, CopyEndpoint &destination, StoreError *error)
{
    for (const StoreTable &table : StoreTables::all()) {
        if (!destination.beginTable(table, error))
            return false;
        TableCount count{QString::fromLatin1(table.name), 0};
        const bool read = source.readTable(
            table,
            [&](const StoreRow &row, StoreError *e) {
                ++count.rows;
                if (m_progress && ++m_rows % kRowsPerReport == 0 && !m_progress(m_rows, 0))
                    return StoreError::fail(e, StoreError::Kind::BadInput, tr("the copy was cancelled"));
                return destination.writeRow(row, e);
            },
            error);
        if (!destination.endTable(read, error) || !read)
            return false;
        m_counts.append(count);
    }
    return true;
}

} // namespace redline
