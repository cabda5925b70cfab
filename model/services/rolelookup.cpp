#include "services/rolelookup.h"

#include "storage/database.h"

#include "domain/user.h"
#include "storage/userrepository.h"

namespace sagstjek {

RoleLookup::~RoleLookup() = default;

std::optional<QString> UserListRoles::roleOf(const QString &user) const
{
    UserRepository &users = m_db.users();
    auto count = users.count();
    if (!count || count.value() == 0)
        return std::nullopt; // a new database: no user list yet
    auto found = users.find(user.trimmed());
    if (!found || !found.value() || !found.value()->active)
        return QString();
    return roleKey(found.value()->role);
}

QStringList UserListRoles::namesOf(const QString &user) const
{
    QStringList names{user};
    auto found = m_db.users().find(user.trimmed());
    if (found && found.value() && !found.value()->displayName.isEmpty())
        names << found.value()->displayName;
    return names;
}

namespace roles {

bool mayApprove(const RoleLookup &lookup, const QString &user)
{
    const auto role = lookup.roleOf(user);
    return !role || *role == Coordinator || *role == Leader;
}

bool mayVerify(const RoleLookup &lookup, const QString &user)
{
    const auto role = lookup.roleOf(user);
    return !role || *role == Coordinator || *role == Leader;
}

bool mayManageRounds(const RoleLookup &lookup, const QString &user)
{
    const auto role = lookup.roleOf(user);
    return !role || *role == Consultant || *role == Coordinator || *role == Leader || *role == Administrator;
}

bool samePerson(const QString &a, const QString &b)
{
    return QString::compare(a.trimmed(), b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool isCaseworker(const RoleLookup &lookup, const QString &user, const QString &caseworker)
{
    if (caseworker.trimmed().isEmpty())
        return false;
    for (const QString &name : lookup.namesOf(user))
        if (samePerson(name, caseworker))
            return true;
    return false;
}

} // namespace roles

} // namespace sagstjek
