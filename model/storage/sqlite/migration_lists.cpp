#include "storage/sqlite/migrationsteps.h"

namespace sagstjek::migrations {

QStringList listPagingStep()
{
    return {
        // The defect lists page in the order due date, undated last, then id (keyset paging): the dated defects
        // are one range of this index and the undated ones (due IS NULL) another, each already in id order. Without
        // it the first page of an unfiltered list sorted every defect.
        QStringLiteral("CREATE INDEX defects_due ON defects (due, id)"),
    };
}

} // namespace sagstjek::migrations
