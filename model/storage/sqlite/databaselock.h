#pragma once

#include "core/result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace sagstjek::databaselock {

// Takes the app's lock on the database file `databasePath` (the file "DATABASE.lock"), so that a second
// Sagstjek cannot write the file at the same time. A lock left by a process that is no longer running is
// recovered: one with its process id (QLockFile's own check), and one that is empty or unreadable (a crash
// between creating the file and writing the id into it, or `: > FILE.lock`) once no process holds it open
// (the owner of a lock keeps an flock on it for as long as it lives). Refuses, saying why, when a live
// process holds the lock or the lock file cannot be made.
Result<std::unique_ptr<QLockFile>> acquire(const QString &databasePath);

} // namespace sagstjek::databaselock
