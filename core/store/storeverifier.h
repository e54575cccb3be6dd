#pragma once

#include "store/cachedstate.h"
#include "base/progress.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>

namespace redline {

class Store;

// `redline-cli verify` (DESIGN.md "The store"): SQLite's own integrity and foreign-key checks, the audit
// chain and the ledger rows it covers, and the cache against a fresh replay of every subject at the
// instant its row was computed, and the triage queue's rows against its items' steps (docs/rules.md
// "Triage"). Stops at the first problem, named in one line (an integrity failure).
class StoreVerifier
{
    Q_DECLARE_TR_FUNCTIONS(StoreVerifier)
public:
    explicit StoreVerifier(const Store &store);

    bool run(const ProgressFn &progress, StoreError *error);

    static QString difference(const CachedState &cached, const CachedState &fresh);

private:
    bool checkSqlite(StoreError *error);
    bool checkCache(const ProgressFn &progress, StoreError *error);
    bool checkTriage(StoreError *error);
    bool checkTriageRows(StoreError *error);

    const Store &m_store;
};

} // namespace redline
