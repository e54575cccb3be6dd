#pragma once

#include "base/role.h"
#include "base/storedevent.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace redline {

// Every write a user can make, as the permission matrix (docs/roles.md) and the audit log name it.
enum class Permission {
    RecordViolation,
    RetractViolation,
    FileAppeal,
    DecideAppeal,
    RecordExam,
    AddNote,
    RecordMetrics,
    RegisterSubject,
    Deposit,
    Certification,
    Contract,
    BanBrand,
    StartCampaign,
    ManageUsers,
    ChangePolicy,
    Generate,
    ImportAny,  // an administrator's history load: an import whose lines no single other role may all take
    Triage,     // claim, release, dismiss or confirm a triage item (docs/rules.md "Triage")
    RemovePost, // take a post down or put it back (docs/rules.md "Post removals")
};

// Which role may take which action (docs/roles.md): the one table the action layer enforces and the
// console reads to hide what core would refuse.
class PermissionMatrix
{
    Q_DECLARE_TR_FUNCTIONS(PermissionMatrix)
public:
    static const QVector<Permission> &all();
    static bool allows(Role role, Permission permission);
    static QVector<Role> rolesFor(Permission permission);
    // The action a ledger event of this type is (an import line needs the permission of its type).
    static Permission forEvent(EventType type);
    // The id the audit log and docs use: record_violation, decide_appeal...
    static QString id(Permission permission);
    // A translated phrase for messages: "record violations", "decide appeals".
    static QString label(Permission permission);
};

} // namespace redline
