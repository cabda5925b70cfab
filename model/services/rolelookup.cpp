#include "services/rolelookup.h"

#include "storage/database.h"

#include "domain/permission.h"
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

namespace {

// Anyone while there is no user list; otherwise what the role's permissions say (domain/permission.h).
bool userMay(const RoleLookup &lookup, const QString &user, Permission permission)
{
    const auto roleKey = lookup.roleOf(user);
    if (!roleKey)
        return true;
    const auto role = roleFromKey(*roleKey);
    return role && roleMay(*role, permission);
}

} // namespace

bool mayApprove(const RoleLookup &lookup, const QString &user)
{
    return userMay(lookup, user, Permission::Approve);
}

bool mayVerify(const RoleLookup &lookup, const QString &user)
{
    return userMay(lookup, user, Permission::VerifyRemediation);
}

bool mayManageRounds(const RoleLookup &lookup, const QString &user)
{
    return userMay(lookup, user, Permission::ManageRounds);
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
