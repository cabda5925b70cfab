#include "storage/sqlite/migrationsteps.h"

namespace sagstjek::migrations {

QStringList roundArchiveStep()
{
    return {
        // A round can be archived: hidden from the default round list, kept with everything it recorded.
        // NULL: not archived; otherwise when it was archived.
        QStringLiteral("ALTER TABLE rounds ADD COLUMN archived_at TEXT"),
    };
}

} // namespace sagstjek::migrations
