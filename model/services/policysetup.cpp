#include "services/policysetup.h"

#include "services/roundservice.h"
#include "storage/database.h"
#include "storage/userrepository.h"

namespace sagstjek {

Result<std::unique_ptr<AccessPolicy>> policyFor(Database &db, const QString &user)
{
    auto policy = AccessPolicy::forUser(db, user);
    if (!policy)
        return policy.error();
    policy.value()->setAssignmentLookup([&db](qint64 caseId, const User &who, qint64 roundId) {
        for (const QString &name : {who.name, who.displayName}) {
            if (name.isEmpty())
                continue;
            auto assigned = rounds::isAssignedInActiveRound(db, caseId, name, roundId);
            if (assigned && assigned.value())
                return true;
        }
        return false;
    });
    return policy;
}

Result<QStringList> activeUserNames(Database &db)
{
    auto users = db.users().list();
    if (!users)
        return users.error();
    QStringList names;
    for (const User &user : users.value())
        if (user.active)
            names << user.name;
    return names;
}

} // namespace sagstjek
