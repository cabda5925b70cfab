#include "domain/user.h"

namespace sagstjek {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Caseworker:
        return QStringLiteral("caseworker");
    case Role::Consultant:
        return QStringLiteral("consultant");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Leader:
        return QStringLiteral("leader");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role role : {Role::Caseworker, Role::Consultant, Role::Coordinator, Role::Leader, Role::Administrator})
        if (roleKey(role) == key)
            return role;
    return std::nullopt;
}

QStringList roleKeys()
{
    return {QStringLiteral("caseworker"), QStringLiteral("consultant"), QStringLiteral("coordinator"),
            QStringLiteral("leader"), QStringLiteral("administrator")};
}

} // namespace sagstjek
