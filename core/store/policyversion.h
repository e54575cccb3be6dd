#pragma once

#include "base/instant.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace redline {

// A named policy the store keeps (docs/rules.md "Policy versions"): the base policy the store was created
// with (in force from the beginning of history unless a later activation says otherwise), or a draft added
// by a policy_admin. A version is in force from each of its activations until the next one takes over.
struct PolicyVersion {
    QString name;
    QString author;
    Instant createdAt = 0;
    QString note;
    QByteArray json;
    bool base = false;                     // the store's own policy (meta), not a table row
    bool inForce = false;                  // in force at the store's "now"
    std::optional<Instant> effectiveAt;    // its latest activation's instant; none: never activated (a draft)
    std::optional<Instant> activatedAt;    // when that activation was recorded
    QString activatedBy;
    bool backdated = false;                // that activation took effect before it was recorded
};

// One activation: `name` in force from `effectiveAt` (docs/rules.md "Policy versions").
struct PolicyActivation {
    QString name;
    Instant effectiveAt = 0;
    Instant recordedAt = 0;
    QString by;
    bool backdated() const { return effectiveAt < recordedAt; }
};

} // namespace redline
