#pragma once

#include "base/storeerror.h"
#include "store/copy/storetables.h"

#include <QString>

#include <functional>

namespace redline {

// One end of `redline-cli copy` (StoreCopier): a SQLite store file or a team store on PostgreSQL. As a
// source it reads every table of one consistent snapshot; as a destination it takes the rows in one
// transaction into a store that has no data yet (making the store when there is none), so that a copy
// that fails leaves it as it was.
class CopyEndpoint
{
public:
    virtual ~CopyEndpoint() = default;

    // The location as messages show it.
    virtual QString name() const = 0;

    virtual bool beginRead(StoreError *error) = 0;
    // Calls `row` for each row of the table in its key's order; a false return stops the read.
    virtual bool readTable(const StoreTable &table, const std::function<bool(const StoreRow &, StoreError *)> &row,
                           StoreError *error) = 0;

    virtual bool beginWrite(StoreError *error) = 0;
    virtual bool beginTable(const StoreTable &table, StoreError *error) = 0;
    virtual bool writeRow(const StoreRow &row, StoreError *error) = 0;
    // ok false: the table's rows stop here and the copy is abandoned.
    virtual bool endTable(bool ok, StoreError *error) = 0;
    virtual bool commit(StoreError *error) = 0;
    // Abandons the write: the destination is left as it was before beginWrite.
    virtual void rollback() = 0;
};

} // namespace redline
