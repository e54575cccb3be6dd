#pragma once

#include "base/progress.h"
#include "base/storedevent.h"
#include "base/storeerror.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace redline {

// One write to the store (Store::write): what the audit log calls it, who makes it, and what each event
// must pass before it is validated (the action layer's permission check, per event for an import).
struct WriteRequest {
    QString action;       // the audit row's action id: record_violation, import, generate...
    QString actor;        // who writes: the audit actor and each event's recorded_by (empty: the store's actor)
    QJsonObject detail;   // more for the audit row (the file of an import); the write adds its counts
    std::function<bool(const StoredEvent &, StoreError *)> authorize; // empty: every event allowed
    ProgressFn refreshProgress; // for the state refresh at commit
};

} // namespace redline
