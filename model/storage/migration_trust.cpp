#include "storage/migrationsteps.h"

namespace sagstjek::migrations {

QStringList trustStep()
{
    return {};
}

} // namespace sagstjek::migrations
