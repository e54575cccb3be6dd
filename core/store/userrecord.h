#pragma once

#include "base/instant.h"

#include <QByteArray>
#include <QString>

namespace redline {

// One console user as the users table holds it: the latest `user` event recorded for the name (a role
// change takes effect when it is recorded, never retroactively), and the password hash, which lives only
// here (never in the ledger or an export).
struct UserRecord {
    QString name;
    QString role;          // a Roles id
    Instant since = 0;     // when the current role was recorded
    bool disabled = false;
    QByteArray passwordHash; // libsodium crypto_pwhash_str output; empty: no password
    bool hasPassword() const { return !passwordHash.isEmpty(); }
};

} // namespace redline
