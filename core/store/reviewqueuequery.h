#pragma once

#include "engine/instant.h"
#include "store/reviewitem.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QVector>

namespace redline {

class Store;

// The review queue's rows: subjects with violations from the `algorithm` or `user_report` source in
// (since, until], neither retracted nor overturned, newest first.
class ReviewQueueQuery
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueueQuery)
public:
    explicit ReviewQueueQuery(const Store &store);

    bool flagged(Instant since, Instant until, int limit, QVector<ReviewItem> *out, StoreError *error) const;

private:
    const Store &m_store;
};

} // namespace redline
