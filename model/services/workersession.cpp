#include "services/workersession.h"

#include "rules/clock.h"
#include "services/policysetup.h"
#include "storage/database.h"

#include <QThread>

#include <algorithm>
#include <optional>

namespace sagstjek {

namespace {

Status withSession(Result<std::unique_ptr<Database>> connection, const WorkerSessionSpec &spec,
                   const std::function<Status(Session &)> &work)
{
    if (!connection)
        return connection.error();
    auto policy = policyFor(*connection.value(), spec.user);
    if (!policy)
        return policy.error();
    std::optional<rules::FixedClock> clock;
    if (spec.today.isValid())
        clock.emplace(spec.today);
    Session session(*connection.value(), *policy.value(), spec.language, clock ? &*clock : nullptr);
    return work(session);
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
    return withSession(Database::openReader(spec.location), spec, work);
}

Status withWriterSession(const WorkerSessionSpec &spec, const std::function<Status(Session &)> &work)
{
    return withSession(Database::openBorrowedWriter(spec.location), spec, work);
}

} // namespace sagstjek
