#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace redline {

// Who a user is in the console (docs/roles.md). Stored by id in the users table and in `user` events.
enum class Role { Viewer, Moderator, SeniorModerator, Compliance, PolicyAdmin };

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static const QVector<Role> &all();
    // The stored id: viewer, moderator, senior_moderator, compliance, policy_admin.
    static QString id(Role role);
    static std::optional<Role> fromId(const QString &id);
    // The translated name a user reads ("Senior moderator", "高级审核员").
    static QString label(Role role);
    static QString labelOfId(const QString &id);
    static QString idList(); // "viewer, moderator, ..." for error messages
};

} // namespace redline
