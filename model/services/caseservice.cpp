#include "services/caseservice.h"

#include "domain/cpr.h"
#include "services/accesspolicy.h"
#include "services/session.h"
#include "services/workersession.h"
#include "storage/database.h"

namespace sagstjek {

CaseService::CaseService(Session &session)
    : m_session(session)
{
}

CaseFilter CaseService::scoped(CaseFilter filter) const
{
    if (const QString own = m_session.policy().ownCasesScope(); !own.isEmpty())
        filter.caseworker = own;
    return filter;
}

QString CaseService::criterionText(const CaseFilter &filter)
{
    QStringList parts;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // However the number was typed ("030967 0914", "cpr:0309670914"), the log shows it masked; a CPR number
        // inside any other search text is masked too.
        if (const QString digits = cpr::searchDigits(search); !digits.isEmpty())
            parts << QStringLiteral("cpr=%1").arg(cpr::mask(digits));
        else
            parts << QStringLiteral("search=%1").arg(cpr::maskInText(search.left(200)));
    }
    if (!filter.area.isEmpty())
        parts << QStringLiteral("area=%1").arg(filter.area.left(100));
    if (!filter.caseworker.isEmpty())
        parts << QStringLiteral("caseworker=%1").arg(filter.caseworker.left(100));
    if (!filter.team.isEmpty())
        parts << QStringLiteral("team=%1").arg(filter.team.left(100));
    if (!filter.status.isEmpty())
        parts << QStringLiteral("status=%1").arg(filter.status.left(100));
    return parts.isEmpty() ? QStringLiteral("all cases") : parts.join(u' ');
}

Status CaseService::recordSearch(const CaseFilter &requested)
{
    if (auto allowed = m_session.policy().requireCaseData(); !allowed)
        return allowed;
    const CaseFilter filter = scoped(requested);
    QList<std::pair<qint64, QString>> found;
    const QString search = filter.search.trimmed();
    if (cpr::looksLikeCpr(search)) {
        // The cases found are the ones the list shows: the same scoped query. A CPR number belongs to a handful of
        // cases at most.
        auto rows = m_session.database().cases().page(filter, 0, 100);
        if (!rows)
            return rows.error();
        for (const CaseRow &row : rows.value())
            found.append({row.id, row.caseNumber});
    }
    return m_session.policy().recordSearch(criterionText(filter), found);
}

Result<int> CaseService::count(const CaseFilter &filter)
{
    if (auto allowed = m_session.policy().requireCaseData(false); !allowed) // logged by recordSearch, which comes first
        return allowed.error();
    return m_session.database().cases().count(scoped(filter));
}

CaseCountRequest CaseService::countRequest(const CaseFilter &filter) const
{
    return {m_session.database().path(), m_session.userName(), m_session.language(), filter};
}

Result<int> CaseService::countInBackground(const CaseCountRequest &request)
{
    int total = 0;
    const Status counted =
        withReaderSession({request.location, request.user, request.language, {}}, [&](Session &session) -> Status {
            auto count = CaseService(session).count(request.filter);
            if (!count)
                return count.error();
            total = count.value();
            return Ok{};
        });
    if (!counted)
        return counted.error();
    return total;
}

Result<QList<CaseRow>> CaseService::page(const CaseFilter &filter, int offset, int limit)
{
    if (auto allowed = m_session.policy().requireCaseData(false); !allowed)
        return allowed.error();
    return m_session.database().cases().page(scoped(filter), offset, limit);
}

Result<QString> CaseService::reviewStatus(qint64 caseId, qint64 roundId)
{
    return m_session.database().cases().reviewStatus(caseId, roundId);
}

Result<qint64> CaseService::idForNumber(const QString &caseNumber)
{
    return m_session.database().cases().idForNumber(caseNumber);
}

Result<QStringList> CaseService::teams()
{
    return m_session.database().cases().distinctValues(QStringLiteral("team"));
}

} // namespace sagstjek
