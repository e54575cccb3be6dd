#pragma once

#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace redline {

// Turns the last SQLite error on a handle into one line naming the file and what was being done, with
// the kind the CLI maps to its exit code: a file that is not a database or is read-only is bad input,
// a damaged one is an integrity failure, anything else is internal.
class SqlError
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)
public:
    static bool fail(StoreError *error, sqlite3 *db, const QString &path, const QString &doing);
    static bool failCode(StoreError *error, int code, const QString &detail, const QString &path,
                         const QString &doing);
    // Runs SQL without results; on error fills *error as fail() does.
    static bool exec(sqlite3 *db, const char *sql, StoreError *error, const QString &path, const QString &doing);
};

} // namespace redline
