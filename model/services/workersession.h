#pragma once

#include "core/result.h"
#include "services/session.h"

#include <QDate>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace sagstjek {

// Who a background task acts as, on which database: what a worker thread needs to make its own session.
struct WorkerSessionSpec {
    QString location; // the database file
    QString user;
    QString language;
    QDate today; // the session's date; invalid: the system clock's
};

// Runs `work` with a session of `spec.user` on a read-only connection of its own to `spec.location`, opened and
// used in the calling thread (a connection belongs to the thread that opened it): the one way a background count,
// export or dashboard reads while the window's connection stays on the UI thread. The user's access policy is
// resolved anew for each call, so the worker may do exactly what the user may. A file's connection is closed when
// `work` returns; a server's is kept for the thread's next call, and when it is found broken there, `work` runs
// once more on a new one.
Status withReaderSession(const WorkerSessionSpec &spec, const std::function<Status(Session &)> &work);

// The same on the writer the window's database has lent (Database::lendWriter): how a write that takes seconds
// (a large import) runs in a worker thread while the window repaints.
Status withWriterSession(const WorkerSessionSpec &spec, const std::function<Status(Session &)> &work);

// The thread pool every background task of Sagstjek runs in (QtConcurrent::run(workerPool(), …)), never
// QThreadPool::globalInstance(): Qt's raster painting splits a large paint into pieces on the global pool and
// waits for them, so a backup or file check holding its threads (two on a two-core laptop) stood the window still
// for seconds at a million cases. At least four threads: a long backup and file check leave room for a count.
QThreadPool *workerPool();

} // namespace sagstjek
