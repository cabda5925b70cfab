#pragma once

#include "core/result.h"
#include "storage/audittrail.h"

#include <QCoreApplication>

#include <functional>

namespace sagstjek {

class Session;

// Reading the audit trail: verifying its hash chain and a case's history, each with the permission it needs
// and, for a history (a look at a case), its access-log entry.
class AuditService {
    Q_DECLARE_TR_FUNCTIONS(sagstjek::AuditService)
public:
    explicit AuditService(Session &session);

    // Recomputes the chain (VerifyAudit). A broken chain is a result, not an error.
    Result<AuditVerification> verify();
    // The chain head anchored on this computer now (advanced when the chain extends the checkpoint), for a report
    // or a backup to print. Needs no permission: it names no person and no case.
    Result<AuditCheckpoint> checkpoint();
    // The audit records of case `caseNumber` (or of one answer, `itemKey`), oldest first, for a user who may open
    // the case; the look-up is logged ("history").
    Result<QList<AuditRecord>> caseHistory(const QString &caseNumber, const QString &itemKey = {});
    // The same, handed to `record` one by one as they are read, a keyset page at a time (constant memory): only the
    // records after the record `afterId` (0: from the first), at most `limit` of them (0: all). One look-up, one
    // access-log entry, however many pages.
    Status caseHistory(const QString &caseNumber, const QString &itemKey, qint64 afterId, qint64 limit,
                       const std::function<void(const AuditRecord &)> &record);

private:
    Session &m_session;
};

} // namespace sagstjek
