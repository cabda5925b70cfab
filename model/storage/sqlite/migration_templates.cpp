#include "storage/sqlite/migrationsteps.h"

namespace sagstjek::migrations {

QStringList fixedTemplatesStep()
{
    // A stored cue-card template never changes and is never deleted (a new version is stored beside it; reviews
    // keep theirs), so that a template read once can be kept by its id: a key press reads no template. Deleting one
    // would also let SQLite give its id to the next template stored.
    return {QStringLiteral("CREATE TRIGGER templates_fixed BEFORE UPDATE ON templates BEGIN SELECT RAISE(ABORT, "
                           "'a stored cue-card template is never changed or deleted: store a new version'); END"),
            QStringLiteral("CREATE TRIGGER templates_kept BEFORE DELETE ON templates BEGIN SELECT RAISE(ABORT, "
                           "'a stored cue-card template is never changed or deleted: store a new version'); END")};
}

} // namespace sagstjek::migrations
