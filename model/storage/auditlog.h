#pragma once

#include "storage/result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace sagstjek {

// One change, written in the same transaction as the change itself.
struct AuditEntry {
    QString user;
    QString action;   // "answer.set", "defect.update", "case.import", …
    QString entity;   // "answer", "defect", "review", "case", "template"
    QString entityId; // e.g. "12/integration.contract.goal"
    qint64 caseId = 0;
    QJsonObject before; // empty for a creation
    QJsonObject after;  // empty for a deletion
    QString reason;
};

namespace auditlog {

// Appends `entry`, chained to the previous record by hash, so an edit or deletion made with other tools
// is detectable. Must be called inside the caller's transaction.
Status record(QSqlDatabase &db, const AuditEntry &entry);

// The hash of a record's content and its predecessor's hash (SHA-256, hex).
QString hashOf(const QString &prevHash, const QString &at, const QString &user, const QString &action,
               const QString &entity, const QString &entityId, const QVariant &caseId, const QString &before,
               const QString &after, const QString &reason);

} // namespace auditlog
} // namespace sagstjek
