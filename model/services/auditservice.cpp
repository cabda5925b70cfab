#include "services/auditservice.h"

#include "services/accesspolicy.h"
#include "services/session.h"
#include "storage/caserepository.h"
#include "storage/database.h"

#include <algorithm>

namespace sagstjek {

AuditService::AuditService(Session &session)
    : m_session(session)
{
}

Result<AuditVerification> AuditService::verify()
{
    if (auto allowed = m_session.policy().require(AccessPolicy::Permission::VerifyAudit); !allowed)
        return allowed.error();
    return m_session.database().audit().verify();
}

Result<AuditCheckpoint> AuditService::checkpoint()
{
    return m_session.database().audit().checkpoint(QStringLiteral("report"));
}

Result<QList<AuditRecord>> AuditService::caseHistory(const QString &caseNumber, const QString &itemKey)
{
    QList<AuditRecord> records;
    if (auto done = caseHistory(caseNumber, itemKey, 0, 0, [&](const AuditRecord &r) { records << r; }); !done)
        return done.error();
    return records;
}

Status AuditService::caseHistory(const QString &caseNumber, const QString &itemKey, qint64 afterId, qint64 limit,
                                 const std::function<void(const AuditRecord &)> &record)
{
    AccessPolicy &policy = m_session.policy();
    auto caseFile = policy.caseToOpen(caseNumber);
    if (!caseFile)
        return caseFile.error();
    if (auto logged = policy.recordAccess(QStringLiteral("history"), caseFile->id, caseFile->caseNumber); !logged)
        return logged.error();
    constexpr int Page = 500;
    AuditHistoryPage page;
    page.afterId = afterId;
    for (qint64 seen = 0;;) {
        page.limit = limit > 0 ? int(std::min<qint64>(Page, limit - seen)) : Page;
        if (page.limit <= 0)
            return Ok{};
        auto records = m_session.database().audit().history(caseFile->id, itemKey, page);
        if (!records)
            return records.error();
        for (const AuditRecord &r : records.value())
            record(r);
        seen += records->size();
        if (records->size() < page.limit)
            return Ok{};
        page.afterId = records->constLast().id;
    }
}

} // namespace sagstjek
