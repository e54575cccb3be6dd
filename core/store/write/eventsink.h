#pragma once

#include "base/storedevent.h"
#include "base/storeerror.h"
#include "store/write/resolvedevent.h"

namespace redline {

// Where a producer of events (an import, the generator, an action) hands them to the store inside one
// write (Store::write): each is validated and appended in the write's transaction; nothing is kept unless
// the whole write commits.
class EventSink
{
public:
    virtual ~EventSink() = default;
    virtual bool append(StoredEvent &&event, StoreError *error) = 0;
    // An event that already passed EventValidator::prepare (on another thread, say).
    virtual bool appendPrepared(ResolvedEvent &&prepared, StoreError *error) = 0;
    // A user's password hash, set in the same transaction (adding a user with a password is one action).
    virtual bool setPasswordHash(const QString &name, const QByteArray &hash, StoreError *error) = 0;
    virtual qint64 appended() const = 0;
    virtual qint64 skipped() const = 0;
};

} // namespace redline
