#pragma once

#include "storage/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sagstjek {

// The result of recomputing the audit chain.
struct AuditVerification {
    bool intact = false;
    int records = 0;     // records read
    int redacted = 0;    // records whose content was erased when their case was deleted
    int headRecords = 0; // what the chain head says
    qint64 headId = 0;
    QString headHash;    // record this elsewhere (a report, an e-mail) to detect a wholesale rewrite later
    qint64 brokenId = 0; // the first broken record (0 when the chain is intact)
    QString problem;     // what is wrong there, for the user
};

// One audit record as shown in a history.
struct AuditRecord {
    qint64 id = 0;
    QString at;
    QString user;
    QString action;
    QString entity;
    QString entityId;
    qint64 caseId = 0;
    QJsonObject before;
    QJsonObject after;
    QString reason;
    bool redacted = false;
};

namespace auditlog {

// Recomputes every record's hash and every link, checks the chain head (so deleting the newest records is
// caught too) and that every redacted record is accounted for by a later, chained case deletion.
Result<AuditVerification> verify(QSqlDatabase &db);

// A case's records, oldest first; `entityIdSuffix` ("/item.key") narrows to one answer.
Result<QList<AuditRecord>> history(QSqlDatabase &db, qint64 caseId, const QString &itemKey = {});

// Erases the content (before, after, reason) of a case's audit records, keeping who/when/what and the chain.
// Must run inside the transaction that deletes the case; returns the ids of the records it redacted, which
// the caller must list in the chained "case.delete" record.
Result<QList<qint64>> redactCase(QSqlDatabase &db, qint64 caseId);

} // namespace auditlog
} // namespace sagstjek
