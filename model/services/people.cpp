#include "services/people.h"

#include "storage/database.h"
#include "storage/userrepository.h"

namespace sagstjek::people {

bool samePerson(const QString &a, const QString &b)
{
    return QString::compare(a.trimmed(), b.trimmed(), Qt::CaseInsensitive) == 0;
}

QStringList namesOf(Database &db, const QString &user)
{
    QStringList names{user};
    auto found = db.users().find(user.trimmed());
    if (found && found.value() && !found.value()->displayName.isEmpty())
        names << found.value()->displayName;
    return names;
}

bool isCaseworker(Database &db, const QString &user, const QString &caseworker)
{
    if (caseworker.trimmed().isEmpty())
        return false;
    for (const QString &name : namesOf(db, user))
        if (samePerson(name, caseworker))
            return true;
    return false;
}

} // namespace sagstjek::people
