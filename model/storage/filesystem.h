#pragma once

#include <QString>

namespace sagstjek::filesystem {

// The name of the network or synchronising file system `path` is on ("NFS", "SMB/CIFS", …), or empty for a
// local disk. SQLite's WAL does not work over a network file system (https://www.sqlite.org/wal.html).
QString networkFileSystem(const QString &path);

// A warning for the user when `path` is on a network share; empty otherwise.
QString networkShareWarning(const QString &path);

// Flushes a file (or a folder, after a rename in it) to the disk. Returns false when the flush failed.
bool syncPath(const QString &path);

} // namespace sagstjek::filesystem
