#pragma once

#include "store/copy/storetables.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3_stmt;

namespace redline {

class SqlStatement;

// A store row between SQLite and a StoreRow (StoreTables' values in transit): what a copy and a team store's
// working copy read from and write to a SQLite store.
class SqliteRowCodec
{
    Q_DECLARE_TR_FUNCTIONS(SqliteRowCodec)
public:
    // The current row of `rows`, whose columns are the table's in order. False with *why for a value of a kind
    // the table does not store in that column.
    static bool read(const StoreTable &table, const SqlStatement &rows, StoreRow *row, QString *why);
    // Binds the row's values to the statement's ?1..?n, through SQLite's own calls: SqlStatement's bindText
    // binds an empty text as NULL, and a row keeps an empty text as it was. False with *why for an integer
    // column whose value is not one.
    static bool bind(const StoreTable &table, const StoreRow &row, sqlite3_stmt *stmt, QString *why);
};

} // namespace redline
