#include "storage/sqlite/migrationsteps.h"

namespace sagstjek::migrations {

// Step 7 (issue 13): the case dates as one B-tree. A rowid table with PRIMARY KEY (case_id, field) is two B-trees,
// the rows and the key's index, both written for each of an import's three million dates; WITHOUT ROWID keeps the
// rows in the key's order, so every reader (by case, in case order, MIN per case) reads the same columns as before,
// and an import writes half the pages.
QStringList scaleStep()
{
    return {
        QStringLiteral(R"(CREATE TABLE case_dates_by_case (
                case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                field TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (case_id, field)) WITHOUT ROWID)"),
        QStringLiteral("INSERT INTO case_dates_by_case (case_id, field, value) SELECT case_id, field, value FROM "
                       "case_dates ORDER BY case_id, field"),
        QStringLiteral("DROP TABLE case_dates"),
        QStringLiteral("ALTER TABLE case_dates_by_case RENAME TO case_dates"),
    };
}

} // namespace sagstjek::migrations
