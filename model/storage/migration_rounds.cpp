#include "storage/migrationsteps.h"

namespace sagstjek::migrations {

QStringList roundsStep()
{
    return {};
}

} // namespace sagstjek::migrations
