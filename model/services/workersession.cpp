#include "services/workersession.h"

#include "rules/clock.h"
#include "services/policysetup.h"
#include "storage/database.h"
#include "storage/databaselocation.h"

#include <QThread>

#include <algorithm>
#include <optional>

namespace sagstjek {

namespace {

Status withSession(Database &database, const WorkerSessionSpec &spec, const std::function<Status(Session &)> &work)
{
    auto policy = policyFor(database, spec.user);
    if (!policy)
        return policy.error();
    std::optional<rules::FixedClock> clock;
    if (spec.today.isValid())
        clock.emplace(spec.today);
    Session session(database, *policy.value(), spec.language, clock ? &*clock : nullptr);
    return work(session);
}

Status withSession(Result<std::unique_ptr<Database>> connection, const WorkerSessionSpec &spec,
                   const std::function<Status(Session &)> &work)
{
    if (!connection)
        return connection.error();
    return withSession(*connection.value(), spec, work);
}

} // namespace

QThreadPool *workerPool()
{
    static QThreadPool *const pool = [] {
        auto *made = new QThreadPool; // lives to the end of the process, as the global pool does
        made->setObjectName(QStringLiteral("sagstjek-workers"));
        made->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        return made;
    }();
    return pool;
}

Status withReaderSession(const WorkerSessionSpec &spec, const std::function<Status(Session &)> &work)
{
    if (auto where = DatabaseLocation::parse(spec.location); !where || !where->isServer())
        return withSession(Database::openReader(spec.location), spec, work);
    // A server's reader is kept by the worker thread for its next task: a new connection cost 32–40 ms (a server
    // process and its first statements), and the case list counts at every change of its filter (issue 11). It
    // closes with its thread (the pool ends a thread after 30 s without work). A file's reader is closed after each
    // task, so the window can always replace or lock its file.
    thread_local struct {
        QString location;
        std::unique_ptr<Database> database;
    } kept;
    const bool reused = kept.database && kept.location == spec.location && kept.database->isConnected();
    if (!reused) {
        kept.database.reset();
        auto opened = Database::openReader(spec.location);
        if (!opened)
            return opened.error();
        kept.location = spec.location;
        kept.database = std::move(opened).value();
    }
    const Status done = withSession(*kept.database, spec, work);
    if (done || kept.database->isConnected())
        return done;
    // The connection broke: the server restarted since the thread's last task, or during this one.
    kept.database.reset();
    return reused ? withReaderSession(spec, work) : done;
}

Status withWriterSession(const WorkerSessionSpec &spec, const std::function<Status(Session &)> &work)
{
    return withSession(Database::openBorrowedWriter(spec.location), spec, work);
}

} // namespace sagstjek
