#pragma once

#include "core/result.h"

#include <QString>

namespace sagstjek::walguard {

// A write-ahead log (DATABASE-wal) is replayed into the database by SQLite the moment the file is opened. One
// that does not belong to the file (left from another copy of the same database, or from another database
// altogether) would merge changes nobody made here, with no audit record, or overwrite pages of a foreign
// database. SQLite cannot tell: the main file records nothing about its WAL.
//
// So the app keeps the identity of the WAL it writes beside the database, in "DATABASE.wal-id" (0600): the WAL
// header's checkpoint sequence and salts, updated after every commit that started a new WAL generation, and
// whether a brand-new WAL (checkpoint sequence 0) may follow because the app has just opened the file.
//
// checkBeforeOpen() runs before SQLite touches the file and refuses a WAL with committed frames that is not the
// recorded one, nor the next generation of it (a crash between a WAL restart and its record), nor a new WAL
// while one was allowed. Without a "DATABASE.wal-id" (a file from before this check, or one whose record was
// removed) only the page size is compared: SECURITY.md says so.
Status checkBeforeOpen(const QString &databasePath);

// After the app opened the file and SQLite replayed what it accepted: a new WAL may follow until a commit is
// recorded.
void recordOpened(const QString &databasePath);

// After a commit on the app's writer connection: records the WAL's identity when it changed (a pread of 56
// bytes otherwise).
void recordCommit(const QString &databasePath);

// After the writer connection closed: SQLite removes the WAL when it was the last connection; what is left is
// recorded.
void recordClosed(const QString &databasePath);

} // namespace sagstjek::walguard
