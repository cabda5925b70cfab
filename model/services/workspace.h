#pragma once

#include "storage/database.h"

#include <memory>

namespace sagstjek::workspace {

// Sets the names settings and data folders derive from; both executables call it first, so the GUI and the CLI
// find the same default database (~/.local/share/sagstjek/sagstjek/sagstjek.sqlite on Linux).
void setApplicationIdentity();

// The embedded default: a SQLite file in the user's data folder.
QString defaultDatabasePath();

// A file name for a new database in `folder` that no file has yet: sagstjek-2.sqlite, sagstjek-3.sqlite, …
// (the demo database's folder, so "start with an empty database" puts it beside the demo).
QString newDatabasePath(const QString &folder);

// The user name of the person logged in to the operating system (the default Sagstjek user).
QString osUserName();

struct OpenOptions {
    Database::OpenMode mode = Database::OpenMode::OpenExisting;
    bool demoDataWhenNew = false; // fill a newly created database with the demo cases
    // Make the daily backup (when due) before the database is handed over. False: the caller makes it later, so
    // that the first open of the day is as fast as any other (the GUI in a background thread, the CLI after the
    // command's output).
    bool dailyBackupFirst = true;
    // Run the file's check (quick_check, when due) before the database is handed over. False: the caller runs it
    // later (Database::checkFileInBackground: the GUI, so that the window never waits for it).
    bool fileCheckFirst = true;
};

// Makes an opened database ready for use: the built-in cue cards, the daily backup (unless `dailyBackup` is
// false), and demo data for a new one when asked.
Status prepare(Database &db, const QString &user, bool demoDataWhenNew, bool dailyBackup = true);

// Opens a database for use (migrations, then prepare()). Inline on purpose: Database::open belongs to the
// storage library, which the executables, views and tests link and the services library does not
// (ARCHITECTURE.md).
inline Result<std::unique_ptr<Database>> open(const QString &path, const QString &user, OpenOptions options)
{
    auto database = Database::open(
        path, options.mode, options.fileCheckFirst ? Database::FileCheck::BeforeOpen : Database::FileCheck::Deferred);
    if (!database)
        return database.error();
    if (auto prepared = prepare(*database.value(), user, options.demoDataWhenNew, options.dailyBackupFirst); !prepared)
        return prepared.error();
    return std::move(database).value();
}

} // namespace sagstjek::workspace
