#pragma once

#include "base/storedevent.h"

#include <QByteArray>

namespace redline {

// One byte-exact spelling of an event's content. The audit log hashes it (so `verify` finds an edited or
// deleted ledger row), and events without an id are deduplicated by its digest so that re-importing the
// same line is a no-op.
class EventDigest
{
public:
    static QByteArray canonical(const StoredEvent &event);
    // The content and when and by whom it was recorded: what the audit log hashes from schema version 3 on
    // (audit format 2), so that an edited recorded_at or recorded_by shows in `verify` too.
    static QByteArray recordedCanonical(const StoredEvent &event);
    static QByteArray sha256(const StoredEvent &event);
    // The first 8 bytes of sha256, as the store's digest column.
    static qint64 digest64(const StoredEvent &event);
    static bool sameContent(const StoredEvent &a, const StoredEvent &b) { return canonical(a) == canonical(b); }
};

} // namespace redline
