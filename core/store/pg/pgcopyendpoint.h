#pragma once

#include "store/copy/copyendpoint.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace redline {

class PgConnection;

// A team store on PostgreSQL as one end of a copy (docs/teamstore.md). As a source: one REPEATABLE READ,
// READ ONLY transaction, every table read with COPY ... TO STDOUT. As a destination: one transaction that
// makes the schema when the database has none (PgSchema), locks the tables against other writers, refuses
// a store that holds any row beyond a new one's, loads every table with COPY ... FROM STDIN and moves the
// identity sequences past the copied keys. The server's triggers check every row on the way in (R-L4, the
// audit chain); the secondary indexes and foreign keys, dropped for the load, are made again after it, which
// checks them. Reading or writing needs the owner's or an administrator's connection: the meta row
// pg_schema_version is the PostgreSQL store's own and is never copied.
class PgCopyEndpoint : public CopyEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(PgCopyEndpoint)
public:
    // `password`, when given, is handed to the server along with the URL (TeamStore::open) and kept nowhere else.
    explicit PgCopyEndpoint(QString url, QString password = QString());
    ~PgCopyEndpoint() override;

    QString name() const override;

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
    bool connect(StoreError *error);
    bool refuseUnlessEmpty(StoreError *error);
    bool deferIndexes(StoreError *error);
    bool flush(StoreError *error);
    bool moveSequences(StoreError *error);

    QString m_url;
    QString m_password;
    std::unique_ptr<PgConnection> m_connection;
    const StoreTable *m_table = nullptr;
    QByteArray m_buffer;
    QByteArray m_deferred; // the SQL that makes the indexes and foreign keys dropped for the load again
    bool m_writing = false;
};

} // namespace redline
