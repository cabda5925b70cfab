#pragma once

#include "core/result.h"

#include <QMap>
#include <QSqlDatabase>

namespace sagstjek::migrations {

// The schema version this build writes. Steps are append-only: never edit a released step.
int latestVersion();

// Every trigger the schema defines, by name, with its CREATE statement (whitespace simplified), as the latest
// step leaves it: `audit verify` compares the database's triggers with these.
QMap<QString, QString> expectedTriggers();

// Applies every step after the database's user_version up to `target` (default: latest), each step in one
// transaction that also bumps user_version. A database newer than this build is refused.
Status migrate(QSqlDatabase &db, int target = -1);

} // namespace sagstjek::migrations
