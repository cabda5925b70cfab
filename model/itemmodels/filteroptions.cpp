#include "itemmodels/filteroptions.h"

#include "storage/caserepository.h"
#include "storage/database.h"

namespace sagstjek::filteroptions {

Result<QStringList> caseworkers(Database &db)
{
    return CaseRepository(db.connection()).distinctValues(QStringLiteral("caseworker"));
}

Result<QStringList> teams(Database &db)
{
    return CaseRepository(db.connection()).distinctValues(QStringLiteral("team"));
}

} // namespace sagstjek::filteroptions
