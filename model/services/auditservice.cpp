#include "services/auditservice.h"

#include "services/accesspolicy.h"
#include "services/session.h"
#include "storage/caserepository.h"
#include "storage/database.h"

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
    AccessPolicy &policy = m_session.policy();
    auto caseFile = policy.caseToOpen(caseNumber);
    if (!caseFile)
        return caseFile.error();
    if (auto logged = policy.recordAccess(QStringLiteral("history"), caseFile->id, caseFile->caseNumber); !logged)
        return logged.error();
    return m_session.database().audit().history(caseFile->id, itemKey);
}

} // namespace sagstjek
