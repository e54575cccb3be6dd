#pragma once

#include "base/instant.h"
#include "base/progress.h"

#include <QString>

namespace redline {

// How a store is opened. `now` fixes the store's clock (the CLI's REDLINE_NOW, tests); kNoInstant reads
// the system clock. With refreshDue, opening recomputes the cached state of every subject whose
// next_change has passed (DESIGN.md: "only subjects whose moment has passed are recomputed").
struct StoreOptions {
    bool readOnly = false;
    bool refreshDue = true;
    Instant now = kNoInstant;
    QString actor;              // who the audit log names for writes; empty: the OS user
    ProgressFn progress;        // for a refresh or a migration's cache rebuild
};

} // namespace redline
