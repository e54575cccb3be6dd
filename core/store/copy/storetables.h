#pragma once

#include <QByteArray>
#include <QVector>

#include <optional>

namespace redline {

// The tables a store holds, as `redline-cli copy` moves them between backends (docs/teamstore.md): every
// column of schema version 8 with the kind of value it holds, in a dependency order (a row's references are
// copied before it), each read in its key's order.
struct StoreColumn {
    enum class Type { Integer, Text, Blob };
    const char *name;
    Type type;
};

struct StoreTable {
    const char *name;
    QVector<StoreColumn> columns;
    const char *key;      // ORDER BY
    const char *identity; // the column a PostgreSQL identity fills when not given (its sequence is moved past the
                          // copied rows), or nullptr
};

// One row in transit: integers as decimal text, text as UTF-8, blobs as their bytes; nullopt is NULL.
using StoreRow = QVector<std::optional<QByteArray>>;

class StoreTables
{
public:
    static const QVector<StoreTable> &all();
    // "a, b, c" for a SELECT or a COPY column list.
    static QByteArray columnList(const StoreTable &table);
};

} // namespace redline
