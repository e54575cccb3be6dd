#pragma once

#include "base/instant.h"
#include "query/reviewitem.h"
#include "base/storeerror.h"

#include <QCoreApplication>
#include <QVector>

namespace redline {

class Store;

// The review queue's rows: subjects with violations from the `algorithm` or `user_report` source in
// (since, until], neither retracted nor overturned, by their latest such violation, newest first.
class ReviewQueueQuery
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueueQuery)
public:
    explicit ReviewQueueQuery(const Store &store);

    // The queue's index (once per store; a no-op when present or when the store is read-only).
    static bool ensureIndex(const Store &store, StoreError *error);

    bool flagged(Instant since, Instant until, int limit, QVector<ReviewItem> *out, StoreError *error) const;

private:
    const Store &m_store;
};

} // namespace redline
