#pragma once

#include "core/result.h"

#include <QString>

namespace sagstjek {

// Where a database is: what `--db` and the recent-files list hold. A SQLite file (a path, or ":memory:"), or a
// team server given as `postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]` (issue 11). A password is never
// part of a location: it would end up in shell history, process lists and the recent-files list; the server's
// password comes from libpq's own places (~/.pgpass, PGPASSWORD) or the GUI's connect dialog.
struct DatabaseLocation {
    enum class Kind { File, Server };
    Kind kind = Kind::File;
    QString file; // Kind::File: the path as given

    // Kind::Server
    QString user;
    // A name or an address (an IPv6 address without brackets); or, given as `?host=/FOLDER`, the folder of the
    // server's Unix socket on this machine (libpq's convention).
    QString host;
    int port = 5432;
    QString database;
    QString sslMode; // empty: libpq's default (prefer)

    // The location `text` names. A text that starts like a URL ("scheme://") is a server or refused; anything else
    // is a file path.
    static Result<DatabaseLocation> parse(const QString &text);
    // The location as text again (a server as its URL, without any password): for titles, messages, recent files.
    QString text() const;
    bool isServer() const { return kind == Kind::Server; }
};

} // namespace sagstjek
