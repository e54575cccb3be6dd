#pragma once

#include "policy/policy.h"
#include "base/storedevent.h"

namespace redline {

// An event that passed validation, normalised (defaults filled in, the subject of an appeal, decision or
// retraction set to its violation's) and with its references resolved to row ids, ready to insert.
struct ResolvedEvent {
    StoredEvent event;
    qint64 subjectId = 0;      // 0: no subject (user, campaign)
    SubjectKind kind = SubjectKind::Creator;
    qint64 refSeq = 0;
    qint64 counterpartyId = 0;
    qint64 campaignSeq = 0;
    int severity = -1;
    int source = -1;
    int action = -1;
    int outcome = -1;
    qint64 digest = 0;         // content digest of an event without an id; 0 otherwise
    bool alreadyStored = false; // the same content is in the store: appending it is a no-op
};

} // namespace redline
