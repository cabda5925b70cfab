#pragma once

#include "core/result.h"

#include <QStringList>

namespace sagstjek {

class Database;

// The choices the list filters offer (distinct caseworkers, teams), so that views never reach for SQL.
namespace filteroptions {

Result<QStringList> caseworkers(Database &db);
Result<QStringList> teams(Database &db);

} // namespace filteroptions
} // namespace sagstjek
