#pragma once

#include "base/storeerror.h"

#include <QByteArray>
#include <QCoreApplication>

namespace redline {

class PgConnection;

// The team store's schema on PostgreSQL (docs/teamstore.md): resources/pg/schema.sql, compiled into the
// library, which an administrator may also run with psql. It is SQLite's schema version 8 with the server
// enforcing the rules: group roles per Redline role with the permission matrix's grants, append-only ledger,
// audit log and policy history, R-L3's unique constraint, R-L4's trigger, the audit chain's serialised appends.
class PgSchema
{
    Q_DECLARE_TR_FUNCTIONS(PgSchema)
public:
    static int currentVersion(); // the SQLite schema version the tables match
    static QByteArray sql();

    // Creates the schema, inside the caller's transaction.
    static bool create(PgConnection &connection, StoreError *error);
    // 0 when the database has no Redline store (no table meta), else its version (meta pg_schema_version);
    // -1 on error, a meta table without a version being one (not a Redline store).
    static int version(PgConnection &connection, StoreError *error);
    // A store at the current version, or a refusal naming what it is.
    static bool check(PgConnection &connection, StoreError *error);
};

} // namespace redline
