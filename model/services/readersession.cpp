#include "services/readersession.h"

#include "rules/clock.h"
#include "services/policysetup.h"
#include "storage/database.h"

#include <optional>

namespace sagstjek {

Status withReaderSession(const ReaderSessionSpec &spec, const std::function<Status(Session &)> &work)
{
    auto reader = Database::openReader(spec.location);
    if (!reader)
        return reader.error();
    auto policy = policyFor(*reader.value(), spec.user);
    if (!policy)
        return policy.error();
    std::optional<rules::FixedClock> clock;
    if (spec.today.isValid())
        clock.emplace(spec.today);
    Session session(*reader.value(), *policy.value(), spec.language, clock ? &*clock : nullptr);
    return work(session);
}

} // namespace sagstjek
