#pragma once

#include "query/appealrecord.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace redline {

class Store;
class SqlStatement;

// Appeals as the console's queue and dialogs need them: the pending ones (oldest first), one by id, and
// the appeal of a violation (R-L3 allows one). Read-only queries on the ledger.
class AppealQuery
{
    Q_DECLARE_TR_FUNCTIONS(AppealQuery)
public:
    explicit AppealQuery(const Store &store);

    // Appeals without a decision, oldest first, at most `limit`, after the first `offset` of them.
    bool pending(QVector<AppealRecord> *out, StoreError *error, int limit = 5000, int offset = 0) const;
    // How many appeals have no decision, counting at most `limit`: read from the indexes alone.
    bool pendingCount(int limit, int *count, StoreError *error) const;
    // std::nullopt with no error set: there is no such appeal.
    std::optional<AppealRecord> appeal(const QString &appealId, StoreError *error) const;
    std::optional<AppealRecord> appealOfViolation(const QString &violationId, StoreError *error) const;

private:
    // `offset` >= 0 binds ?3 (kOldestPending's).
    bool run(const char *from, const char *condition, const QString &key, int limit, QVector<AppealRecord> *out,
             StoreError *error, int offset = -1) const;
    static AppealRecord record(const SqlStatement &row);

    const Store &m_store;
};

} // namespace redline
