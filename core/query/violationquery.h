#pragma once

#include "base/instant.h"
#include "base/storeerror.h"
#include "query/violationrecord.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace redline {

class Store;

// One violation by id, with its appeal and whether it was retracted or overturned; and fresh ids for the
// console's new violations and appeals. Read-only queries on the ledger.
class ViolationQuery
{
    Q_DECLARE_TR_FUNCTIONS(ViolationQuery)
public:
    explicit ViolationQuery(const Store &store);

    // std::nullopt with no error set: there is no such violation.
    std::optional<ViolationRecord> violation(const QString &violationId, StoreError *error) const;
    // "PREFIX-YYYYMMDD-N" with the smallest N >= 1 that no event of the store uses (ids are unique in the
    // store, and a reused id would make the append a no-op or an error).
    QString freshId(const QString &prefix, Instant at, StoreError *error) const;
    // `count` ids of the form freshId() gives that are all free now, in order: a campaign mints its
    // violations' ids in one go (freshId() would search from 1 for each).
    QStringList freshIds(const QString &prefix, Instant at, int count, StoreError *error) const;

private:
    const Store &m_store;
};

} // namespace redline
