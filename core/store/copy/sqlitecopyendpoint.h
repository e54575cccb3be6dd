#pragma once

#include "store/copy/copyendpoint.h"
#include "store/sql/sqlstatement.h"

#include <QCoreApplication>

struct sqlite3;

namespace redline {

// A SQLite store file as one end of a copy. As a source it must be a store at the current schema version;
// as a destination the file must not exist or be empty: the store is made in a temporary file beside it
// (Schema::create, so its triggers and indexes are exactly a new store's) and renamed into place when the
// copy commits.
class SqliteCopyEndpoint : public CopyEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(SqliteCopyEndpoint)
public:
    explicit SqliteCopyEndpoint(QString path);
    ~SqliteCopyEndpoint() override;

    QString name() const override { return m_path; }

    bool beginRead(StoreError *error) override;
    bool readTable(const StoreTable &table, const std::function<bool(const StoreRow &, StoreError *)> &row,
                   StoreError *error) override;

    bool beginWrite(StoreError *error) override;
    bool beginTable(const StoreTable &table, StoreError *error) override;
    bool writeRow(const StoreRow &row, StoreError *error) override;
    bool endTable(bool ok, StoreError *error) override;
    bool commit(StoreError *error) override;
    void rollback() override;

private:
    bool open(const QString &file, int flags, StoreError *error);
    void close();
    void removeTemporary();

    QString m_path;
    QString m_temporary; // the destination being written, renamed to m_path on commit
    sqlite3 *m_db = nullptr;
    const StoreTable *m_table = nullptr;
    SqlStatement m_insert;
};

} // namespace redline
