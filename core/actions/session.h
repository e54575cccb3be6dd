#pragma once

#include "base/role.h"

#include <QString>

#include <optional>

namespace redline {

// Who is acting on a store (docs/roles.md). A store no user has a password for is open: anyone at the
// machine writes, as the OS user, with every action permitted. Once a user has a password, writes need a
// signed-in user whose role permits the action; until then the session is anonymous and may only read.
struct Session {
    enum class Mode { Open, SignedIn, Anonymous };

    Mode mode = Mode::Anonymous;
    QString user;              // the identity written as `by`, recorded_by and the audit actor
    std::optional<Role> role;  // the signed-in user's role; none on an open store

    static Session open(const QString &osUser) { return {Mode::Open, osUser, std::nullopt}; }
    static Session signedIn(const QString &name, Role role) { return {Mode::SignedIn, name, role}; }
    static Session anonymous() { return {Mode::Anonymous, QString(), std::nullopt}; }

    bool isOpen() const { return mode == Mode::Open; }
    bool isSignedIn() const { return mode == Mode::SignedIn; }
    bool canWrite() const { return mode != Mode::Anonymous; }
};

} // namespace redline
