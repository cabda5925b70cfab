#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <utility>

namespace sagstjek {

class AccessPolicy;
class Database;

// Operations on a citizen's personal data that the access log must show: revealing a CPR number, finding a
// citizen's cases for an insight request, and deleting a case for real.
namespace personaldata {

// The case's full CPR number ("DDMMYY-SSSS"), for a user who may open the case; the reveal is logged.
Result<QString> revealCpr(AccessPolicy &policy, const QString &caseNumber, const QString &purpose);

// The cases (id, case number) of the citizen with the CPR number `cpr` (hyphen optional).
Result<QList<std::pair<qint64, QString>>> casesOfCitizen(Database &db, const QString &cpr);

struct Deletion {
    QString caseNumber;
    int redactedAuditRecords = 0;
    bool walTruncated = false; // false when a reader kept the checkpoint from finishing (it finishes later)
};

// Deletes a case and everything about it (dates, events, reviews, answers, defects), erases the content of
// its audit records (who/when/what stay, chained), logs the deletion, and checkpoints the WAL with TRUNCATE
// so the old pages do not linger in the -wal file. With secure_delete on, the freed pages are overwritten
// with zeros. `reason` is required. Copies in backups made before the deletion are not touched (see
// SECURITY.md).
Result<Deletion> deleteCase(Database &db, AccessPolicy &policy, const QString &caseNumber, const QString &reason);

} // namespace personaldata
} // namespace sagstjek
