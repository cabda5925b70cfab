#pragma once

#include <QFileDevice>
#include <QString>

namespace sagstjek::filesystem {

// The name of the network or synchronising file system `path` is on ("NFS", "SMB/CIFS", …), or empty for a
// local disk. SQLite's WAL does not work over a network file system (https://www.sqlite.org/wal.html).
QString networkFileSystem(const QString &path);

// A warning for the user when `path` is on a network share; empty otherwise.
QString networkShareWarning(const QString &path);

// Flushes a file (or a folder, after a rename in it) to the disk. Returns false when the flush failed.
bool syncPath(const QString &path);

// Personal data lives in files only their owner may read (0600) in folders only their owner may enter (0700).
constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Creates the folder `path` and any missing parents; every folder it creates is made 0700 (folders that were
// there already keep their mode). False when a folder could not be made.
bool makePrivateFolder(const QString &path);

// Sets `path` (a file) to 0600 if it exists. False when it exists and its mode could not be set.
bool restrictToOwner(const QString &path);

// Creates an empty file `path` with mode 0600, or empties an existing one and sets it to 0600. The file is
// made with 0600 from the start (open(2) with the mode), never readable by others for a moment.
bool createPrivateFile(const QString &path);

// The temporary files the app writes beside a target are named "TARGET.tmp-PID-N". True when `fileName` is
// such a name and the process PID is not running on this computer (its writer crashed).
bool isOrphanedTemporary(const QString &fileName);

// A new temporary name beside `target`, "TARGET.tmp-PID-N": a file is written there, checked, then renamed over
// the target (atomicRename), so a target is only ever replaced whole.
QString temporaryNameFor(const QString &target);

// rename(2): replaces `to` atomically (QFile::rename refuses an existing target). False when it failed.
bool atomicRename(const QString &from, const QString &to);

// Removes the orphaned temporaries (isOrphanedTemporary) in `folder` whose names begin with `prefix` (all of
// them when `prefix` is empty). Returns how many were removed.
int removeOrphanedTemporaries(const QString &folder, const QString &prefix = {});

// True when a process with this id exists on this computer.
bool processIsRunning(qint64 pid);

} // namespace sagstjek::filesystem
