#pragma once

#include <QString>

// A password typed for a team server (File ▸ Connect to team server…), kept in this process's memory only: never
// in the settings, a file or a log, so the user types it again after a restart (or keeps it in ~/.pgpass, which
// libpq reads itself). Keyed by the location's text, which never holds a password. Every connection to that
// location in this process uses it (the window's, a background count's, a reconnection's).
namespace sagstjek::serverpassword {

void remember(const QString &location, const QString &password);
QString of(const QString &location);
void forget(const QString &location);

} // namespace sagstjek::serverpassword
