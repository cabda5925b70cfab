#pragma once

#include "storage/audittrail.h"

#include <QSqlDatabase>
#include <QVariant>

namespace sagstjek::auditlog {

// The SQLite audit trail's statements (sqliteaudittrail.cpp and auditchain.cpp).
Status record(QSqlDatabase &db, const AuditEntry &entry);
// The hash of a record's content and its predecessor's hash (SHA-256, hex).
QString hashOf(const QString &prevHash, const QString &at, const QString &user, const QString &action,
               const QString &entity, const QString &entityId, const QVariant &caseId, const QString &before,
               const QString &after, const QString &reason);
Result<AuditVerification> verify(QSqlDatabase &db);
Result<QList<AuditRecord>> history(QSqlDatabase &db, qint64 caseId, const QString &itemKey = {});
Result<QList<qint64>> redactCase(QSqlDatabase &db, qint64 caseId);

} // namespace sagstjek::auditlog

namespace sagstjek {

class SqliteAuditTrail final : public AuditTrail {
public:
    explicit SqliteAuditTrail(QSqlDatabase &db)
        : m_db(db)
    {
    }
    Status record(const AuditEntry &entry) override { return auditlog::record(m_db, forTrail(entry)); }
    Result<AuditVerification> verify() override { return auditlog::verify(m_db); }
    Result<QList<AuditRecord>> history(qint64 caseId, const QString &itemKey) override
    {
        return auditlog::history(m_db, caseId, itemKey);
    }
    Result<QList<qint64>> redactCase(qint64 caseId) override { return auditlog::redactCase(m_db, caseId); }
    Result<int> workRecordCount() override;

private:
    QSqlDatabase &m_db;
};

} // namespace sagstjek
