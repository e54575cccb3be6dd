#include "writegate.h"

#include "base/role.h"
#include "store/store.h"
#include "store/storelink.h"

#include <QStringList>

namespace redline {

QString WriteGate::rolesText(Permission permission)
{
    QStringList labels;
    for (Role role : PermissionMatrix::rolesFor(permission))
        labels << Roles::label(role);
    if (labels.isEmpty())
        return QString();
    if (labels.size() == 1)
        return labels.first();
    const QString last = labels.takeLast();
    return tr("%1 or %2", "the roles that may take an action").arg(labels.join(tr(", ")), last);
}

QString WriteGate::refusal(const Store *store, const Session &session, Permission permission)
{
    if (!store)
        return tr("Open a store first.");
    if (store->isReadOnly())
        return tr("The store is open read-only (for an audit, or because you may not write the file or its folder): "
                  "you cannot %1 here.").arg(PermissionMatrix::label(permission));
    switch (session.mode) {
    case Session::Mode::Open:
        return QString();
    case Session::Mode::Anonymous:
        if (const StoreLink *link = store->link())
            return tr("The server signed you in as %1, who is not an enabled user of this team store: you cannot %2 "
                      "here.").arg(link->login(), PermissionMatrix::label(permission));
        return tr("Sign in to %1 (Session > Sign in…): it needs the role %2.")
            .arg(PermissionMatrix::label(permission), rolesText(permission));
    case Session::Mode::SignedIn:
        break;
    }
    if (session.role && PermissionMatrix::allows(*session.role, permission))
        return QString();
    return tr("To %1 you need the role %2; you are signed in as %3 (%4).")
        .arg(PermissionMatrix::label(permission), rolesText(permission), session.user,
             session.role ? Roles::label(*session.role) : tr("no role"));
}

QString WriteGate::sessionText(const Session &session)
{
    switch (session.mode) {
    case Session::Mode::Open:
        return tr("%1 (open store)").arg(session.user);
    case Session::Mode::SignedIn:
        return tr("%1 (%2)").arg(session.user, session.role ? Roles::label(*session.role) : tr("no role"));
    case Session::Mode::Anonymous:
        break;
    }
    return tr("not signed in");
}

} // namespace redline
