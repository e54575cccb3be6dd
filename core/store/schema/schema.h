#pragma once

#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace redline {

// The store's schema, versioned by PRAGMA user_version (DESIGN.md "The store"). Each migration runs in
// its own transaction; an existing file is copied to FILE.bak-v<N> before it is migrated; a file from a
// newer Redline, a SQLite file that is not a Redline store and a file that is not SQLite at all are all
// refused with a message naming the file.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    static int currentVersion();

    // A file with no schema yet (new or zero bytes) becomes a store at `targetVersion` (default: current).
    static bool create(sqlite3 *db, const QString &path, StoreError *error, int targetVersion = -1);
    // An existing store: checks it is one and migrates it to the current version (backing it up first).
    // Returns through *migrated whether any migration ran (the cache then needs a rebuild).
    static bool upgrade(sqlite3 *db, const QString &path, StoreError *error, bool *migrated = nullptr);
    // Read-only access cannot migrate: checks the file is a store at exactly the current version.
    static bool check(sqlite3 *db, const QString &path, StoreError *error);

    // Every BulkWriter transaction drops the R-L4 trigger after it begins and creates it again before it
    // commits. A RAISE(ABORT) trigger makes SQLite keep a statement journal for every insert (a copy of each
    // page the row touches: over a third of a bulk load's time), while the validator enforces R-L4 for
    // every event the writer appends. No other connection ever sees the trigger missing; it remains the guard
    // against writes that bypass the writer.
    static bool suspendFourEyesTrigger(sqlite3 *db, const QString &path, StoreError *error);
    static bool restoreFourEyesTrigger(sqlite3 *db, const QString &path, StoreError *error);

    // A load into an empty ledger (a new store's generate or first import) builds the covering subject
    // index once, sorted, at its end instead of row by row: inserting the rows of a time-ordered ledger
    // into an index ordered by subject is one random B-tree descent each, which measured 29 s of a
    // 7.4M-event load against 18 s for CREATE INDEX (and the index comes out compact and in file order,
    // which is what a replay of a cold file reads). Meanwhile a small partial index serves the contract
    // check; EventValidator keeps MCN ledgers in memory for the deposit and certification checks.
    static bool deferSubjectIndex(sqlite3 *db, const QString &path, StoreError *error);
    static bool buildSubjectIndex(sqlite3 *db, const QString &path, StoreError *error);
    // Likewise the state cache's indexes, built once its rows are written (an empty ledger has an empty
    // cache): at the end of a full-scale load, writing 1M rows took 9.7 s with the three indexes in place
    // and 1.3 s without.
    static bool deferStateIndexes(sqlite3 *db, const QString &path, StoreError *error);
    static bool buildStateIndexes(sqlite3 *db, const QString &path, StoreError *error);

    // The store's guards, its triggers and indexes (append-only ledger and audit log, R-L3's unique index,
    // R-L4's trigger), compared with those of a new store at the current version: a missing or altered one
    // is an integrity failure. Every write checks this first and `verify` reports it (docs/architecture.md).
    static bool checkGuards(sqlite3 *db, const QString &path, StoreError *error);

    static int userVersion(sqlite3 *db, StoreError *error, const QString &path);
    static QString backupPath(const QString &path, int version);

private:
    static bool isRedlineStore(sqlite3 *db);
    static bool hasTables(sqlite3 *db, StoreError *error, const QString &path);
    static bool migrateTo(sqlite3 *db, const QString &path, int from, int to, StoreError *error);
    static bool backup(sqlite3 *db, const QString &path, int version, StoreError *error);
};

} // namespace redline
