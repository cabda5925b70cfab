#pragma once

#include "core/result.h"
#include "storage/databaselocation.h"

namespace sagstjek::pgbackup {

// Writes a backup of the team server database at `where` to `target` with PostgreSQL's own pg_dump (its custom
// format, restored with pg_restore; README), as the login of `where` (`password` when one was typed, else libpq's
// ~/.pgpass or PGPASSWORD). The dump goes to a temporary file beside `target` made 0600 first (it holds personal
// data), is checked by listing it with pg_restore (the audit trail and the cases must be in it), flushed, then
// renamed over `target`: nothing is left behind on failure. A login the server does not let read every row (a
// caseworker, under row-level security) is refused by pg_dump, and the message says so. The server's audit key (schema
// sagstjek_seal) is in the dump `withAuditKey` (a login that may read it: the owner); else the restored server gets a
// new key at `server upgrade`.
Status writeDump(const DatabaseLocation &where, const QString &password, const QString &target, bool withAuditKey);

} // namespace sagstjek::pgbackup
