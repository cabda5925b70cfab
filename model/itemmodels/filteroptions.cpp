#include "itemmodels/filteroptions.h"

#include "storage/caserepository.h"
#include "storage/database.h"

namespace sagstjek::filteroptions {

Result<QStringList> caseworkers(Database &db)
{
    return db.cases().distinctValues(QStringLiteral("caseworker"));
}

Result<QStringList> teams(Database &db)
{
    return db.cases().distinctValues(QStringLiteral("team"));
}

} // namespace sagstjek::filteroptions
