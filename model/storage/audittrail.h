#pragma once

#include "core/result.h"
#include "domain/cpr.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sagstjek {

// One change, written in the same unit of work as the change itself.
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

// The chain head as anchored outside the database: kept in this computer's configuration folder, sealed
// (HMAC-SHA-256) with this computer's audit key. Print it on reports and backups: a later chain that does not
// extend it was cut short or rewritten.
struct AuditCheckpoint {
    bool anchored = false; // a checkpoint is kept here for this database file
    int records = 0;
    qint64 lastId = 0;
    QString lastHash;
    QString at;     // UTC, when it was written
    QString keyId;  // the id of the key that sealed it
    QString seal;   // its MAC
    QString text;   // "records N, last id I, hash H, sealed K:M", for a report or a backup's output
    QString notice; // why no checkpoint could be written (no key, the folder cannot be written), else empty
};
// What the trail keeps of an entry: every CPR number in its free text (a note, a description, a reason) masked
// with the one masking function (cpr::maskInText), so the trail, the history built from it and its exports never
// hold one (issue 14). The answers and defects themselves keep what the user wrote. Every implementation's
// record() stores forTrail(entry).
inline AuditEntry forTrail(AuditEntry entry)
{
    entry.entityId = cpr::maskInText(entry.entityId);
    entry.before = cpr::maskInJson(entry.before);
    entry.after = cpr::maskInJson(entry.after);
    entry.reason = cpr::maskInText(entry.reason);
    return entry;
}

// The result of recomputing the audit chain.
struct AuditVerification {
    enum class Anchor {
        NotChecked, // an in-memory database
        Anchored,   // the chain extends the checkpoint kept on this computer
        NotAnchored // no checkpoint for this file on this computer (another machine, a copy): nothing to compare
    };
    bool intact = false;
    int records = 0;        // records read
    int redacted = 0;       // records whose content was erased when their case was deleted
    int legacyRecords = 0;  // records written before the audit scheme 2 (hash without id; content not separable)
    int foreignRecords = 0; // records sealed with a key this computer does not have (another computer, or forged)
    qint64 firstForeignId = 0;
    int unsealedRecords = 0;     // scheme-2 records written where no key could be made (no seal to check)
    int serverSealedRecords = 0; // records a team server sealed with its own key (schema 14), their seals checked by it
    int rowsChecked = 0;         // answers, defects and reviews rows compared with the state the trail gives them
    int headRecords = 0;         // what the chain head says
    qint64 headId = 0;
    QString headHash;
    Anchor anchor = Anchor::NotChecked;
    AuditCheckpoint checkpoint; // the checkpoint compared with (before this verification advanced it)
    qint64 brokenId = 0;        // the first broken record (0 when the chain is intact or nothing names one)
    QString problem;            // what is wrong there, for the user
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

// A page of a case's history (keyset on the record id, index audit_log_case): the records after `afterId` (0: from
// the first), at most `limit` of them (0: all).
struct AuditHistoryPage {
    qint64 afterId = 0;
    int limit = 0;
};

// The hash-chained audit trail of every change.
class AuditTrail {
public:
    virtual ~AuditTrail();

    // Appends `entry`, chained to the previous record by hash, so an edit or deletion made with other tools
    // is detectable. Must be called inside the caller's unit of work.
    virtual Status record(const AuditEntry &entry) = 0;
    // Recomputes every record's hash and every link, checks the chain head (so deleting the newest records is
    // caught too) and that every redacted record is accounted for by a later, chained case deletion.
    virtual Result<AuditVerification> verify() = 0;
    // A case's records, oldest first; `itemKey` narrows to one answer; `page` reads them a page at a time.
    virtual Result<QList<AuditRecord>> history(qint64 caseId, const QString &itemKey = {},
                                               const AuditHistoryPage &page = {}) = 0;
    // Erases the content (before, after, reason) of a case's audit records, keeping who/when/what and the
    // chain. Must run inside the unit of work that deletes the case; returns the ids of the records it
    // redacted, which the caller must list in the chained "case.delete" record.
    virtual Result<QList<qint64>> redactCase(qint64 caseId) = 0;
    // Records that are not "template.store" or the schema's "audit.scheme" (a database nobody has worked in has
    // none).
    virtual Result<int> workRecordCount() = 0;

    enum class CheckpointMode {
        Extend, // only when the chain extends the checkpoint kept here (never hides a cut)
        Replace // after a restore: the restored chain is the database's chain from now on
    };
    // Anchors the current chain head outside the database (see AuditCheckpoint) and returns it; `reason` is kept
    // with it ("close", "backup", "verify", "restore"). With Extend, a chain that does not extend the checkpoint
    // leaves it as it is and returns it with `notice` saying so. An in-memory database has no checkpoint.
    virtual Result<AuditCheckpoint> checkpoint(const QString &reason, CheckpointMode mode = CheckpointMode::Extend) = 0;
};

} // namespace sagstjek
