#include "role.h"

#include <QStringList>

namespace redline {

const QVector<Role> &Roles::all()
{
    static const QVector<Role> roles{Role::Viewer, Role::Moderator, Role::SeniorModerator, Role::Compliance,
                                     Role::PolicyAdmin};
    return roles;
}

QString Roles::id(Role role)
{
    switch (role) {
    case Role::Viewer: return QStringLiteral("viewer");
    case Role::Moderator: return QStringLiteral("moderator");
    case Role::SeniorModerator: return QStringLiteral("senior_moderator");
    case Role::Compliance: return QStringLiteral("compliance");
    case Role::PolicyAdmin: return QStringLiteral("policy_admin");
    }
    return QString();
}

std::optional<Role> Roles::fromId(const QString &id)
{
    for (Role role : all()) {
        if (Roles::id(role) == id)
            return role;
    }
    return std::nullopt;
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Viewer: return tr("Viewer");
    case Role::Moderator: return tr("Moderator");
    case Role::SeniorModerator: return tr("Senior moderator");
    case Role::Compliance: return tr("Compliance officer");
    case Role::PolicyAdmin: return tr("Policy administrator");
    }
    return QString();
}

QString Roles::labelOfId(const QString &id)
{
    const std::optional<Role> role = fromId(id);
    return role ? label(*role) : tr("unknown role %1").arg(id);
}

QString Roles::idList()
{
    QStringList ids;
    for (Role role : all())
        ids.append(id(role));
    return ids.join(QStringLiteral(", "));
}

} // namespace redline
