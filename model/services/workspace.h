#pragma once

#include "storage/database.h"

#include <memory>

namespace sagstjek::workspace {

// Sets the names settings and data folders derive from; both executables call it first, so the GUI and the CLI
// find the same default database (~/.local/share/sagstjek/sagstjek/sagstjek.sqlite on Linux).
void setApplicationIdentity();

// The embedded default: a SQLite file in the user's data folder.
QString defaultDatabasePath();

// The user name of the person logged in to the operating system (the default Sagstjek user).
QString osUserName();

struct OpenOptions {
    Database::OpenMode mode = Database::OpenMode::OpenExisting;
    bool demoDataWhenNew = false; // fill a newly created database with the demo cases
};

// Opens a database for use: migrations, the built-in cue cards, and demo data for a new one when asked.
Result<std::unique_ptr<Database>> open(const QString &path, const QString &user, OpenOptions options);

} // namespace sagstjek::workspace
