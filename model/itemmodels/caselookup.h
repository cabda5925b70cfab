#pragma once

#include "core/result.h"

#include <QString>

namespace sagstjek {

class Database;

// Finding a case by what a user types or a script passes (its case number), so views need no SQL.
namespace caselookup {

Result<qint64> idForNumber(Database &db, const QString &caseNumber);

} // namespace caselookup
} // namespace sagstjek
