#pragma once

#include "actions/permission.h"
#include "actions/session.h"

#include <QCoreApplication>
#include <QString>

namespace redline {

class Store;

// What the console hides or disables because core would refuse it (docs/roles.md). The console never
// decides a permission itself: it asks the same PermissionMatrix the action layer enforces, and only to
// explain beforehand, in a tooltip, what Actions would refuse anyway.
class WriteGate
{
    Q_DECLARE_TR_FUNCTIONS(WriteGate)
public:
    // Empty when `session` may take `permission` on `store`; else why not, naming the roles that may
    // ("To record violations you need the role Moderator or Senior moderator; you are signed in as …").
    static QString refusal(const Store *store, const Session &session, Permission permission);
    static bool allows(const Store *store, const Session &session, Permission permission)
    {
        return refusal(store, session, permission).isEmpty();
    }
    // "Moderator or Senior moderator": the translated roles that may take the action.
    static QString rolesText(Permission permission);
    // Who is acting, for the status bar and the window title: "mod.li (Moderator)", "root (open store)",
    // "not signed in".
    static QString sessionText(const Session &session);
};

} // namespace redline
