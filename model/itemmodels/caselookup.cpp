#include "itemmodels/caselookup.h"

#include "storage/caserepository.h"
#include "storage/database.h"

namespace sagstjek::caselookup {

Result<qint64> idForNumber(Database &db, const QString &caseNumber)
{
    return db.cases().idForNumber(caseNumber.trimmed());
}

} // namespace sagstjek::caselookup
