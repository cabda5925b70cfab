#pragma once

#include "storage/databaselocation.h"
#include "storage/transferreport.h"

namespace sagstjek {

class PostgresDatabase;

namespace pgtransfer {

// `server import-file`: moves the local database `file` onto the new team server at `server`, run by the
// database's owner (see Database::importFileToServer).
Result<TransferReport> importFile(const QString &file, const DatabaseLocation &server);

// `server export-file`: a local copy of the team server `server` at `target` (see Database::exportToFile).
Result<TransferReport> exportFile(PostgresDatabase &server, const QString &target);

} // namespace pgtransfer

} // namespace sagstjek
