#pragma once

#include "base/storeerror.h"

#include <QString>

struct sqlite3;

namespace redline {

// A read-only connection of its own to a store file, for reads that run on another thread beside the
// store's own connection (the dashboard's figures, the console's policy comparison, a bulk replay's
// readers). One thread at a time may use it (it may be handed from one thread to another). Closed when it goes.
class ReadConnection
{
public:
    // Fails with *error naming `path` and `doing`; `busyTimeoutMs` is how long a read waits for a writer.
    ReadConnection(const QString &path, const QString &doing, int busyTimeoutMs, StoreError *error);
    ~ReadConnection();
    ReadConnection(const ReadConnection &) = delete;
    ReadConnection &operator=(const ReadConnection &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace redline
