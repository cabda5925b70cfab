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

Result<QList<AuditRecord>> AuditService::caseHistory(const QString &caseNumber, const QString &itemKey)
{
    Database &db = m_session.database();
    AccessPolicy &policy = m_session.policy();
    CaseRepository &cases = db.cases();
    auto id = cases.idForNumber(caseNumber);
    if (!id)
        return id.error();
    auto caseFile = cases.load(id.value());
    if (!caseFile)
        return caseFile.error();
    if (auto allowed = policy.check(ReviewPolicy::Action::Open, caseFile.value(), policy.user().name); !allowed)
        return allowed.error();
    if (auto logged = policy.recordAccess(QStringLiteral("history"), caseFile->id, caseFile->caseNumber); !logged)
        return logged.error();
    return db.audit().history(id.value(), itemKey);
}

} // namespace sagstjek
