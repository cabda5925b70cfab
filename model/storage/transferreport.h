#pragma once

#include "storage/audittrail.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sagstjek {

// What a move of a whole database between a file and a team server did (`server import-file`, `server
// export-file`), and its proof: the rows of every table on both sides, and the audit trail verified on both.
struct TransferReport {
    struct Table {
        QString name;
        qint64 source = 0; // rows where they came from
        qint64 target = 0; // rows where they went (users and settings: with those the target kept)
    };
    QString source; // a file path, or a server's location
    QString target;
    QList<Table> tables;
    AuditVerification sourceAudit;
    AuditVerification targetAudit;
    // Users the server already had and kept (their role and whether they may work there are the server's).
    QStringList usersKept;
    qint64 milliseconds = 0;
};

} // namespace sagstjek
