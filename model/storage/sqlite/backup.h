#pragma once

#include "core/result.h"
#include "storage/settingsstore.h"

#include <QSqlDatabase>
#include <QString>

namespace sagstjek::backup {

// Writes a consistent copy of the open database `db` to `target`: VACUUM INTO a temporary file in the
// target's folder, PRAGMA quick_check and the application id on the copy, fsync, then an atomic rename over
// `target`. Nothing is left behind on failure, and an existing `target` is replaced only by a checked copy.
// The copy is compacted and free pages are not copied, so data deleted before the backup is not in it.
Status writeCopy(QSqlDatabase &db, const QString &target);

// The folder of automatic backups for the database file `databasePath`.
QString folderFor(QSqlDatabase &db, const QString &databasePath);

// An automatic backup named "<base>-<UTC time>-<reason>.sqlite", then the oldest automatic backups beyond the
// configured number are removed. Returns the backup's path.
Result<QString> automatic(QSqlDatabase &db, const QString &databasePath, const QString &reason);

// Makes the daily backup when none was made today (UTC) and the database has content. Returns the path, or an
// empty string when no backup was due.
Result<QString> dailyIfDue(QSqlDatabase &db, const QString &databasePath);

// Checks that `path` is a complete Sagstjek database this build can open (header, application id, schema
// version, quick_check), without changing it.
Status checkBackupFile(const QString &path);

// Replaces the database file `target` (which must not be open anywhere) with the backup `source`: the backup
// is checked first, the current file is backed up beside the automatic backups, the stale -wal/-shm files are
// removed and the checked copy is renamed into place. Returns the path of the safety copy of the old file
// (empty when there was none).
Result<QString> restore(const QString &source, const QString &target);

} // namespace sagstjek::backup
