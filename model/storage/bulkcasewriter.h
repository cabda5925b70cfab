#pragma once

#include "core/result.h"
#include "domain/casefile.h"

#include <QList>

namespace sagstjek {

class Database;

// The one writer of cases: imports, the demo data and the case form all go through it, so the rules a case
// must satisfy (a unique case number, dates by field) are enforced in one place; CaseRepository has no insert
// or update. Use it inside a unit of work (Database::beginWork or Database::transaction), after begin().
//
// Deferred indexes (PERF_RELIABILITY.md §A: "build indexes after a bulk load"): when asked, begin() drops the
// secondary indexes of cases and the full-text name index, and finish() re-creates them. A rollback of the
// unit of work brings every one back.
class BulkCaseWriter {
public:
    virtual ~BulkCaseWriter();

    virtual Status begin(bool deferIndexes) = 0;
    // Whether begin(true) drops the indexes at all (a shared server keeps them).
    virtual bool canDeferIndexes() const { return true; }
    virtual Result<qint64> caseCount() = 0;
    // The largest case id before begin(): ids above it were created by this writer.
    virtual qint64 maxCaseId() const = 0;
    // 0 when there is no case with this number (case-insensitive, as the column is).
    virtual Result<qint64> idForNumber(const QString &caseNumber) = 0;
    // The case's fields and dates (no events).
    virtual Result<CaseFile> loadFields(qint64 id) = 0;
    // Inserts a case with its dates, events and list status (caseListStatus of its reviewStatus). An existing case
    // number gives an InvalidInput error.
    virtual Result<qint64> insert(const CaseFile &caseFile) = 0;
    // Inserts several new cases, as insert() does, with a few multi-row statements (the per-statement cost
    // dominates single-row inserts). Returns each case's id, or 0 for a case whose number already exists (then the
    // others are still inserted, one by one).
    virtual Result<QList<qint64>> insertMany(const QList<CaseFile> &cases) = 0;
    // Replaces fields and dates (events are left alone).
    virtual Status update(qint64 id, const CaseFile &caseFile) = 0;
    // Re-creates what begin() dropped. Call before committing.
    virtual Status finish() = 0;
    // The same in steps, so a GUI can repaint between them: each call re-creates one index (the full-text index
    // last) and returns true while there was something to do.
    virtual Result<bool> finishStep() = 0;
    virtual bool deferred() const = 0;
};

// Adds a few new cases (the demo data, tests) through db.caseWriter() in one unit of work, joining the caller's if
// there is one: all of them, or none when one is refused (an existing case number: InvalidInput). Returns their
// ids in the order given.
Result<QList<qint64>> addCases(Database &db, const QList<CaseFile> &cases);

} // namespace sagstjek
